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
        for line in form.lines { read.formUnion(line.allFormulas.flatMap(\.accountCodes)) }
        for code in read.sorted() {
            guard let account = byCode[code], let official = officialNames[code] else { continue }
            guard account.name == official else {
                throw .statementMustUseOfficialChart(code: code.rawValue, name: account.name, official: official)
            }
        }
    }

    /// Primary codes of the county-and-above chart that the grassroots chart does not have (502
    /// 职工活动组织支出, 506 行政支出, 331 财政拨款结转 …): books without them are not county+ books.
    static let countyOnlyCodes: [AccountCode] = {
        guard let county = try? ChartProfile(.official2021County), let grassroots = try? ChartProfile(.official2021Grassroots) else { return [] }
        let grassrootsCodes = Set(grassroots.entries.map(\.account.code))
        return county.entries.map(\.account.code).filter { $0.parent == nil && !grassrootsCodes.contains($0) }.sorted()
    }()

    /// The 附表 are prepared by county-and-above unions only (第四部分 编制主体 县级以上工会).
    /// - Throws: `StatementError.statementMustBeCountyLevel` naming the first county+ account missing.
    static func requireCountyLevel(chart: [Account], form: StatementForm.Kind) throws(StatementError) {
        let codes = Set(chart.map(\.code))
        if let missing = countyOnlyCodes.first(where: { !codes.contains($0) }) {
            throw .statementMustBeCountyLevel(form: form, code: missing.rawValue, name: officialNames[missing] ?? "")
        }
    }
}
