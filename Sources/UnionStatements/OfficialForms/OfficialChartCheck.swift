import LedgerCore
import UnionCore

/// Refuses to fill an official form from books whose chart gives one of the form's codes another
/// meaning: the forms' formulas read 2021 codes (211 应付上级经费), which in a 2009 or provisional
/// chart are different accounts (211 借入款).
enum OfficialChartCheck {
    /// Official name of every code of the 2021 charts (both levels).
    static let officialNames: [AccountCode: String] = {
        var names: [AccountCode: String] = [:]
        for profile in [ChartProfile.Name.official2021Grassroots, .official2021County] {
            guard let chart = try? ChartProfile(profile) else { continue }
            for entry in chart.entries { names[entry.account.code] = entry.account.name }
        }
        return names
    }()

    /// - Throws: `StatementError.statementMustUseOfficialChart` for the first code that differs.
    static func require(chart: [Account], form: StatementForm, organisation: String) throws(StatementError) {
        let byCode = Dictionary(chart.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var read = Set<AccountCode>()
        for line in form.lines { read.formUnion(line.formula?.accountCodes ?? []) }
        for code in read.sorted() {
            guard let account = byCode[code], let official = officialNames[code] else { continue }
            guard account.name == official else {
                throw .statementMustUseOfficialChart(code: code.rawValue, name: account.name, official: official)
            }
        }
    }
}
