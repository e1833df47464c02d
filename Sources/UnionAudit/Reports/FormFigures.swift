import LedgerCore
import LedgerStore
import UnionCore
import UnionStatements

/// The official forms' figures over any run of months: every figure of the review report and the
/// departure audit is read from 工会01表 and 工会02表 (`OfficialStatement.make`), so they tie to
/// the statements by construction and the tests compare them line by line.
///
/// ```
/// position at the start of month M  = 01表 of M, 年初余额      (M is January)
///                                   = 01表 of M − 1, 期末余额  (otherwise)
/// position at the end of month M    = 01表 of M, 期末余额
/// activity over months a…b of a year = 02表 of b, 本年累计数 − 02表 of a − 1, 本年累计数 (a after January)
/// ```
public struct FormFigures: Sendable {
    /// One line of a form with its value.
    public struct Line: Sendable, Hashable {
        public var number: Int
        public var label: String
        public var section: String
        public var indent: Int
        /// The account the line reads, when it reads exactly one (`amt(501)`, `bal(211)`).
        public var account: AccountCode?
        public var value: Money
    }

    public let books: any Books
    public let language: Language

    public init(books: any Books, language: Language) {
        self.books = books
        self.language = language
    }

    /// 01表 at the start of `month` (before any of its vouchers).
    public func position(atStartOf month: YearMonth) throws -> [Line] {
        month.month == 1 ? try balanceSheet(month, column: 0) : try balanceSheet(month.previous, column: 1)
    }

    /// 01表 at the end of `month`.
    public func position(atEndOf month: YearMonth) throws -> [Line] {
        try balanceSheet(month, column: 1)
    }

    /// 02表 over `months`, which lie in one calendar year.
    public func activity(_ months: ClosedRange<YearMonth>) throws -> [Line] {
        precondition(months.lowerBound.year == months.upperBound.year, "activity is read one year at a time")
        let through = try incomeStatement(months.upperBound)
        guard months.lowerBound.month > 1 else { return through }
        let before = Dictionary(uniqueKeysWithValues: try incomeStatement(months.lowerBound.previous).map { ($0.number, $0.value) })
        return try through.map { line in
            var line = line
            line.value = try line.value.subtracting(before[line.number] ?? .zero)
            return line
        }
    }

    /// The months of `period` split by calendar year, in order.
    public static func years(of period: ClosedRange<YearMonth>) -> [ClosedRange<YearMonth>] {
        (period.lowerBound.year...period.upperBound.year).map { year in
            let first = max(period.lowerBound, YearMonth(ordinal: year * 12))
            let last = min(period.upperBound, YearMonth(ordinal: year * 12 + 11))
            return first...last
        }
    }

    private func balanceSheet(_ month: YearMonth, column: Int) throws -> [Line] {
        let form = try OfficialStatement.make(books: books, form: .balanceSheet, period: .month(month), detail: false, language: language)
        return lines(form, column: column)
    }

    /// 02表 of `month`, 本年累计数; lines the monthly form leaves blank (年初/年末) are left out.
    private func incomeStatement(_ month: YearMonth) throws -> [Line] {
        let form = try OfficialStatement.make(books: books, form: .incomeExpenditure, period: .month(month), detail: false, language: language)
        return lines(form, column: 1)
    }

    private func lines(_ form: OfficialStatement, column: Int) -> [Line] {
        form.rows.compactMap { row in
            guard column < row.values.count, let value = row.values[column] else { return nil }
            return Line(number: row.line.number, label: row.line.label(in: language), section: row.line.section, indent: row.line.indent,
                        account: row.line.formula?.singleAccount, value: value)
        }
    }
}

extension Array where Element == FormFigures.Line {
    /// The line reading exactly `code`, if the form has one.
    public func line(reading code: AccountCode?) -> FormFigures.Line? {
        guard let code else { return nil }
        return first { $0.account == code }
    }

    /// The first line of a section at indent 0 that is filled (a total: 资产总计, 收入合计 …).
    public func total(of section: String) -> FormFigures.Line? {
        first { $0.section == section && $0.indent == 0 }
    }
}
