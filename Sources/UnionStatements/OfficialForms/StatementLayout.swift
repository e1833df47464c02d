import LedgerCore
import LedgerStore
import Reporting

/// Which layout a statement takes: the official form (工会01表/02表) for books on the 2021 chart,
/// or, for books on another chart (2009, a provisional chart), the statement by account with a note
/// that it is not the official form — those books cannot be read by the form's codes.
public enum StatementLayout {
    public enum Filled: Sendable {
        case official(OfficialStatement)
        case accountBalanceSheet(BalanceSheet, organisationName: String)
        case accountIncomeStatement(IncomeStatement, organisationName: String)

        /// 资产 = 负债 + 净资产 (balance sheets), true otherwise.
        public var balances: Bool {
            switch self {
            case .official(let statement): statement.balances
            case .accountBalanceSheet(let sheet, _): sheet.balances
            case .accountIncomeStatement: true
            }
        }
    }

    /// Fills the statement for `period` (the account layout reads an annual period as December).
    public static func statement(_ kind: StatementForm.Kind, books: any Books, period: OfficialStatement.Period,
                                 detail: Bool, language: Language) throws -> Filled {
        do {
            return .official(try OfficialStatement.make(books: books, form: kind, period: period, detail: detail, language: language))
        } catch StatementError.statementMustUseOfficialChart where !kind.isAnnex {
            let month: YearMonth = switch period {
            case .month(let month): month
            case .year(let year): YearMonth(ordinal: year * 12 + 11)
            }
            switch kind {
            case .balanceSheet:
                return .accountBalanceSheet(try BalanceSheet(books: books, month: month, language: language),
                                            organisationName: books.organisation.name)
            case .incomeExpenditure:
                return .accountIncomeStatement(try IncomeStatement(books: books, month: month, language: language),
                                               organisationName: books.organisation.name)
            case .fiscalAppropriations, .stateAssets, .costs:
                preconditionFailure("the 附表 have no account layout (the catch clause excludes them)")
            }
        }
    }

    /// The report of a filled statement.
    /// - Throws: `StatementError.unitMustBeYuanOnAccountLayout` when 万元 is asked of the account layout.
    public static func report(_ filled: Filled, unit: StatementUnit, language: Language) throws -> Report {
        let l = language
        let note = l.pick("注：本账套未按《工会会计制度》（财会〔2021〕7号）科目设置，以下按科目列示，并非官方报表格式。",
                          "Note: these books do not use the 2021 chart (财会〔2021〕7号); the statement lists accounts and is not the official form.")
        switch filled {
        case .official(let statement):
            return Report.officialStatement(statement, unit: unit, language: l)
        case .accountBalanceSheet(let sheet, let name):
            guard unit == .yuan else { throw StatementError.unitMustBeYuanOnAccountLayout }
            var report = Report.balanceSheet(sheet, organisationName: name, language: l)
            report.notes.insert(note, at: 0)
            return report
        case .accountIncomeStatement(let statement, let name):
            guard unit == .yuan else { throw StatementError.unitMustBeYuanOnAccountLayout }
            var report = Report.incomeStatement(statement, organisationName: name, language: l)
            report.notes.insert(note, at: 0)
            return report
        }
    }
}
