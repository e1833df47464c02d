import UnionCore
import InputFiles
import LedgerCore

/// Opening 2021 books from the 2009 books' closing trial balance (财会〔2021〕16号: draw up the old
/// trial balance at 2021-12-31, open new books on 2022-01-01, carry each balance to its new
/// account by the map).
public enum Changeover {
    /// One line of the old trial balance: an account and its closing balance, signed by the
    /// account's normal side (as `report trial-balance` prints it).
    public struct Balance: Sendable, Hashable {
        public var code: AccountCode
        public var closing: Money
        /// The 2021 account a person chose for this line (a 新科目编码/target column), if any.
        public var target: AccountCode?

        public init(code: AccountCode, closing: Money, target: AccountCode? = nil) {
            self.code = code
            self.closing = closing
            self.target = target
        }
    }

    /// The opening voucher's date when none is given: the first day of the new books' first month
    /// (the new system's books open on 1 January, 财会〔2021〕16号).
    public static func openingDate(firstPeriod: YearMonth) throws -> LocalDate {
        try LocalDate(year: firstPeriod.year, month: firstPeriod.month, day: 1)
    }

    /// The opening voucher (建账凭证) of the new books: each old balance on its new account, on
    /// the side its sign says, merged per new account.
    /// - Parameters:
    ///   - balances: the 2009 closing balances (zero lines are ignored), each with the 2021
    ///     account a person chose where the table asks for a decision.
    ///   - legacy: the 2009 chart, for each old account's normal side.
    ///   - level: the new books' chart (grassroots or county and above): the table's targets differ.
    ///   - assignments: whole old accounts assigned by a person (`--assign 331=32205`).
    /// - Throws: `UnionFundsError.legacyAccountMustBeMapped` (no line, or no account at this level),
    ///   `.changeoverMustBeDecided` (a split the table leaves to a person), `.openingBalancesMustNotBeEmpty`;
    ///   the posting path then checks the voucher like any other (balanced, leaf accounts of the new books).
    public static func openingVoucher(balances: [Balance], legacy: ChartProfile, mapping: ChartMapping, level: ChartLevel,
                                      assignments: [AccountCode: AccountCode] = [:], date: LocalDate,
                                      sourceName: String) throws -> VoucherDraft {
        let sides = Dictionary(uniqueKeysWithValues: legacy.accounts.map { ($0.code, $0.normalSide) })
        var netDebit: [AccountCode: Money] = [:]   // debit − credit per new account
        var order: [AccountCode] = []
        for balance in balances where !balance.closing.isZero {
            guard let side = sides[balance.code] else { throw UnionFundsError.legacyAccountMustBeMapped(code: balance.code.rawValue) }
            let target: AccountCode
            if let chosen = balance.target ?? assignments[balance.code] {
                target = chosen
            } else {
                guard let line = mapping.line(of: balance.code) else {
                    throw UnionFundsError.legacyAccountMustBeMapped(code: balance.code.rawValue)
                }
                if line.needsDecision {
                    throw UnionFundsError.changeoverMustBeDecided(code: line.from.rawValue, name: line.name, note: line.note)
                }
                guard let mapped = line.target(at: level) else {
                    throw UnionFundsError.legacyAccountMustBeMapped(code: balance.code.rawValue)
                }
                target = mapped
            }
            let signed = side == .debit ? balance.closing : balance.closing.negated
            if netDebit[target] == nil { order.append(target) }
            netDebit[target] = try (netDebit[target] ?? .zero).adding(signed)
        }
        let postings: [Posting] = order.compactMap { code in
            guard let net = netDebit[code], !net.isZero else { return nil }
            return Posting(account: code, side: net.isPositive ? .debit : .credit,
                           amount: net.isPositive ? net : net.negated)
        }
        guard !postings.isEmpty else { throw UnionFundsError.openingBalancesMustNotBeEmpty(file: sourceName) }
        return VoucherDraft(date: date, summary: "新旧制度衔接：2009 年制度期末余额转入 2021 年制度（财会〔2021〕16号）",
                            postings: postings, kind: .opening, source: sourceName)
    }

    /// Reads a trial balance CSV as `report trial-balance --format csv` writes it (or any CSV with
    /// the columns code/科目编码 and closing/期末余额). The totals row and blank codes are skipped.
    /// - Throws: `UnionFundsError.trialBalanceMustNameColumns`, or `ChartFileRejected` naming
    ///   every bad line.
    public static func balances(fromCSV text: String, fileName: String) throws -> [Balance] {
        let records = try CSVRecordParser.checkedRecords(of: text, fileName: fileName)
        guard let header = records.first else {
            throw UnionFundsError.trialBalanceMustNameColumns(file: fileName)
        }
        let names = header.fields.map { $0.lowercased() }
        guard let codeColumn = names.firstIndex(where: { ["code", "科目编码"].contains($0) }),
              let closingColumn = names.firstIndex(where: { ["closing", "期末余额"].contains($0) }) else {
            throw UnionFundsError.trialBalanceMustNameColumns(file: fileName)
        }
        let targetColumn = names.firstIndex(where: { ["target", "新科目编码", "2021科目编码"].contains($0) })
        var balances: [Balance] = []
        var problems: [InputProblem] = []
        for record in records.dropFirst() {
            let code = codeColumn < record.fields.count ? record.fields[codeColumn] : ""
            let closing = closingColumn < record.fields.count ? record.fields[closingColumn] : ""
            if code.isEmpty || ["合计", "total"].contains(code.lowercased()) { continue }
            do {
                let target = targetColumn.flatMap { $0 < record.fields.count ? record.fields[$0].trimmingSpaces() : nil } ?? ""
                balances.append(Balance(code: try AccountCode(code), closing: try Money(parsing: closing),
                                        target: target.isEmpty ? nil : try AccountCode(target)))
            } catch {
                let field = (try? AccountCode(code)) == nil ? header.fields[codeColumn] : header.fields[closingColumn]
                problems.append(InputProblem(file: fileName, line: record.line, field: field,
                                             value: field == header.fields[codeColumn] ? code : closing, error: error))
            }
        }
        guard problems.isEmpty else { throw ChartFileRejected(problems: problems) }
        return balances
    }
}
