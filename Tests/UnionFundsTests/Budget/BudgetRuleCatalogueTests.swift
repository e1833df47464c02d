import Foundation
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionStatements

/// One scenario per `BudgetError` rule, on real books with the budget control installed, and a
/// test that none is missing.
@Suite("budget rules catalogue")
struct BudgetRuleCatalogueTests {
    typealias Scenario = (String, @Sendable (BudgetBooks) throws -> Void, BudgetError.Rule)

    /// A county union's budget: revenue 402 100,000.00 and 411 as given; spending 502 and 521 as given.
    static func countyBudget(_ books: BudgetBooks, draw: String, spending: String = "100000.00") throws {
        try books.draft("402,收入,,100000.00\n411,收入,,\(draw)\n502,基本支出,,\(spending)\n")
    }

    static let scenarios: [Scenario] = [
        ("category", { books in try books.draft("401,其它,,1.00\n") }, .budgetCategoryMustBeKnown),
        ("no such account", { books in try books.draft("599,基本支出,,1.00\n") }, .budgetAccountMustBeInChart),
        ("revenue account as spending", { books in try books.draft("401,基本支出,,1.00\n") }, .budgetCategoryMustMatchAccount),
        ("project without a name", { books in try books.draft("50102,项目支出,,1.00\n") }, .projectMustMatchCategory),
        ("twice", { books in try books.draft("401,收入,,1.00\n401,收入,,2.00\n") }, .budgetLineMustBeUnique),
        ("nested", { books in try books.draft("402,收入,,9.00\n501,基本支出,,1.00\n50102,基本支出,,1.00\n") }, .budgetLinesMustNotNest),
        ("negative", { books in try books.draft("501,基本支出,,-1.00\n") }, .budgetAmountMustNotBeNegative),
        ("empty file", { books in try books.draft("") }, .budgetMustHaveLines),
        ("no table in the workbook", { _ in _ = try BudgetFile.parse(records: [(1, ["标题"]), (2, ["说明"])], file: "b.xlsx") },
         .workbookMustHoldBudgetTable),
        ("spending beyond its means", { books in try books.draft("402,收入,,1.00\n501,基本支出,,2.00\n") }, .budgetMustBalance),
        ("drawing more than the shortfall", { _ in
            let county = try BudgetBooks(profile: .official2021County, kind: "county-federation")
            defer { county.remove() }
            try countyBudget(county, draw: "20000.00", spending: "110000.00")
        }, .stabilisationDrawMustCoverShortfall),
        ("no such version", { books in _ = try books.book.sheet(year: 2026, number: 3, policy: .standard) }, .budgetMustExist),
        ("the original again", { books in
            try books.draft()
            try books.approveAll()
            try books.draft()
        }, .originalBudgetMustBeUnique),
        ("a draft under review", { books in
            try books.draft()
            _ = try books.book.approve(year: 2026, subject: .budget, step: .reviewCommittee, date: day("2026-01-10"), signer: "张",
                                       meeting: "经审会", opinion: "", policy: .standard)
            try books.draft()
        }, .draftMustBeOpenToChange),
        ("an adjustment before approval", { books in
            try books.draft()
            try books.draft(reason: "追加")
        }, .approvedBudgetMustExist),
        ("a second adjustment", { books in
            try books.draft()
            try books.approveAll()
            try books.draft(reason: "第一次")
            try books.approveAll(from: "2026-09-01")
            try books.draft(reason: "第二次")
        }, .adjustmentsMustNotExceedLimit),
        ("an adjustment without its reason", { books in try books.draft(reason: "  ") }, .adjustmentMustGiveReason),
        ("the committee before the review", { books in
            try books.draft()
            _ = try books.book.approve(year: 2026, subject: .budget, step: .committee, date: day("2026-01-10"), signer: "王",
                                       meeting: "委员会", opinion: "", policy: .standard)
        }, .approvalStepMustBeNext),
        ("no meeting", { books in
            try books.draft()
            _ = try books.book.approve(year: 2026, subject: .budget, step: .reviewCommittee, date: day("2026-01-10"), signer: "张",
                                       meeting: " ", opinion: "", policy: .standard)
        }, .approvalMustNameSignerAndMeeting),
        ("a step dated before the last", { books in
            try books.draft()
            _ = try books.book.approve(year: 2026, subject: .budget, step: .reviewCommittee, date: day("2026-01-10"), signer: "张",
                                       meeting: "经审会", opinion: "", policy: .standard)
            _ = try books.book.approve(year: 2026, subject: .budget, step: .committee, date: day("2026-01-09"), signer: "王",
                                       meeting: "委员会", opinion: "", policy: .standard)
        }, .approvalDateMustNotPrecedePrevious),
        ("spending no line covers", { books in
            try books.draft()
            try books.approveAll()
            try books.spend("2026-02-01", "50703", "1.00")
        }, .spendingMustHaveBudgetLine),
        ("over the line", { books in
            try books.draft()
            try books.approveAll()
            try books.spend("2026-02-01", "50105", "59999.99")
            try books.spend("2026-02-02", "50101", "0.02")
        }, .spendingMustNotExceedBudgetLine),
        ("drawing the stabilisation fund beyond the budget", { _ in
            let county = try BudgetBooks(profile: .official2021County, kind: "county-federation")
            defer { county.remove() }
            try countyBudget(county, draw: "0.00")
            try county.approveAll()
            try county.post("2026-03-01", [("341", .debit, "1.00"), ("411", .credit, "1.00")])
        }, .stabilisationDrawMustBeBudgeted),
        ("arranging the fund from revenue within budget", { _ in
            let county = try BudgetBooks(profile: .official2021County, kind: "county-federation")
            defer { county.remove() }
            try countyBudget(county, draw: "0.00")
            try county.approveAll()
            try county.post("2026-03-01", [("102", .debit, "100000.00"), ("402", .credit, "100000.00")])
            try county.post("2026-12-20", [("521", .debit, "0.01"), ("341", .credit, "0.01")])
        }, .stabilisationFundOnlyFromSurplusRevenue),
        ("final accounts not prepared", { books in
            _ = try books.book.approve(year: 2026, subject: .finalAccounts, step: .reviewCommittee, date: day("2027-03-01"),
                                       signer: "张", meeting: "经审会", opinion: "", policy: .standard)
        }, .finalAccountsMustBePrepared),
        ("books changed after the final accounts", { books in
            try books.draft()
            try books.approveAll()
            _ = try books.book.prepareFinalAccounts(year: 2026, policy: .standard)
            try books.post("2026-12-30", [("102", .debit, "1.00"), ("401", .credit, "1.00")])
            try books.book.requireFinalAccountsAgree(year: 2026, policy: .standard, language: .zh)
        }, .finalAccountsMustAgreeWithBooks),
    ]

    @Test("each rule refuses its scenario", arguments: scenarios.indices)
    func refuses(_ index: Int) throws {
        let (name, scenario, rule) = Self.scenarios[index]
        let books = try BudgetBooks()
        defer { books.remove() }
        // The spending scenarios need money in the bank and the balance rule a carried-forward balance.
        try books.post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        var thrown: BudgetError?
        do { try scenario(books) } catch let error as BudgetError {
            thrown = error
        } catch let rejected as RowsRejected {
            thrown = rejected.problems.first?.error as? BudgetError
        }
        #expect(thrown?.ruleKey == rule, "\(name): \(String(describing: thrown))")
        // The key is the case's own name: the catalogue cannot drift from the enum.
        #expect(thrown.map { $0.rule == String(String(describing: $0).prefix { $0 != "(" }) } == true, "\(name)")
        #expect(thrown.map { !$0.message(in: .zh).isEmpty && !$0.message(in: .en).isEmpty } == true)
    }

    @Test("every rule has a scenario, each once")
    func catalogueIsComplete() {
        let covered = Self.scenarios.map(\.2)
        #expect(Set(covered) == Set(BudgetError.Rule.allCases))
        #expect(covered.count == Set(covered).count)
    }
}
