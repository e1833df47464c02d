import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionCore
import UnionStatements

/// `BudgetBook` over each store: drafting, adjusting, the approval chain, execution, final
/// accounts and their approvals, and the store's own refusals — the same results on both.
@Suite("budget book on both stores")
struct BudgetBookStoreTests {
    @Test("a draft is replaced until a step is recorded, then approved step by step and read back whole", arguments: BudgetStoreKind.available)
    func draftAndApprove(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        try books.draft("402,收入,,90000.00\n501,基本支出,,60000.00\n")
        try books.draft()                                            // replaces the unapproved draft
        var versions = try books.book.versions(year: 2026)
        #expect(versions.count == 1)
        #expect(versions.first?.lines.count == 6)
        #expect(versions.first?.lines.map(\.account.rawValue) == ["402", "401", "501", "504", "50102", "510"])
        #expect(versions.first?.lines.first { $0.project == "运动会" }?.amount == budgetMoney("5000.00"))
        #expect(versions.first?.status == .draft)

        _ = try books.book.approve(year: 2026, subject: .budget, step: .reviewCommittee, date: try budgetDay("2026-01-10"), signer: "张",
                                   meeting: "经审会", opinion: "同意", policy: .standard)
        #expect(throws: BudgetError.draftMustBeOpenToChange(year: 2026, version: 0)) { try books.draft() }
        _ = try books.book.approve(year: 2026, subject: .budget, step: .committee, date: try budgetDay("2026-01-11"), signer: "王",
                                   meeting: "委员会", opinion: "", policy: .standard)
        let last = try books.book.approve(year: 2026, subject: .budget, step: .higherUnion, date: try budgetDay("2026-01-12"),
                                          signer: "上级", meeting: "上级工会", opinion: "", policy: .standard)
        #expect(last.number == 0 && last.approved)
        versions = try books.book.versions(year: 2026)
        #expect(versions.first?.status == .approved)
        #expect(versions.first?.approvals.map(\.step) == [.reviewCommittee, .committee, .higherUnion])
        #expect(versions.first?.approvals.map(\.mode) == [nil, nil, BudgetPolicy.standard.higherUnionMode])
        #expect(versions.first?.approvals.first?.recordedBy == "会计")
    }

    @Test("an adjustment is numbered after the approved version, and the policy's limit holds", arguments: BudgetStoreKind.available)
    func adjustments(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
        let sheet = try books.draft(BudgetStores.standard.replacingOccurrences(of: "501,基本支出,,60000.00", with: "501,基本支出,,55000.00")
            .replacingOccurrences(of: "504,基本支出,,10000.00", with: "504,基本支出,,15000.00"), reason: "追加活动")
        #expect(sheet.version.number == 1)
        #expect(sheet.lines.first { $0.line.account.rawValue == "501" }?.original == budgetMoney("60000.00"))
        try books.approveAll(from: "2026-06-01")
        #expect(try books.book.versions(year: 2026).map(\.status) == [.approved, .approved])
        #expect(try books.book.versions(year: 2026).last?.reason == "追加活动")
        #expect(throws: BudgetError.adjustmentsMustNotExceedLimit(year: 2026, limit: BudgetPolicy.standard.adjustmentsPerYear)) {
            try books.draft(reason: "第二次")
        }
        #expect(throws: BudgetError.originalBudgetMustBeUnique(year: 2026)) { try books.draft() }
    }

    @Test("execution reads the year's actuals per line, tag and month, without closing vouchers", arguments: BudgetStoreKind.available)
    func execution(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
        try books.post("2026-02-01", [("102", .debit, "30000.00"), ("402", .credit, "30000.00")])
        try books.spend("2026-02-03", "50105", "1200.00")
        try books.spend("2026-03-05", "50101", "800.00")
        try books.spend("2026-03-06", "50102", "2000.00", project: "运动会")
        let actuals = try books.budgets.actuals(books: books.books.organisation, from: YearMonth(ordinal: 2026 * 12),
                                                to: YearMonth(ordinal: 2026 * 12 + 11))
        #expect(actuals.map { "\($0.account) \($0.project) \($0.month)" } == [
            "402  2026-02", "50101  2026-03", "50102 运动会 2026-03", "50105  2026-02",
        ])
        #expect(actuals.first?.credit == budgetMoney("30000.00"))
        let execution = try books.book.execution(through: YearMonth(year: 2026, month: 3), policy: .standard, language: .zh)
        #expect(execution.lines.first { $0.key.account.rawValue == "501" }?.actual == budgetMoney("2000.00"))
        #expect(execution.lines.first { $0.key.project == "运动会" }?.actual == budgetMoney("2000.00"))
        #expect(execution.revenueActual == budgetMoney("30000.00"))
        #expect(try books.book.flags(through: YearMonth(year: 2026, month: 12)).isEmpty)
    }

    @Test("final accounts: prepared, replaced until a step, a new revision after one, approved and then locked",
          arguments: BudgetStoreKind.available)
    func finalAccounts(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
        try books.spend("2026-02-03", "50105", "1200.00")
        let first = try books.book.prepareFinalAccounts(year: 2026, policy: .standard)
        #expect(first.revision == 1)
        try books.spend("2026-03-03", "50105", "300.00")
        #expect(try books.book.prepareFinalAccounts(year: 2026, policy: .standard).revision == 1, "replaced: no step yet")
        _ = try books.book.approve(year: 2026, subject: .finalAccounts, step: .reviewCommittee, date: try budgetDay("2027-03-01"),
                                   signer: "张", meeting: "经审会", opinion: "", policy: .standard)
        try books.spend("2026-04-03", "50105", "100.00")
        let second = try books.book.prepareFinalAccounts(year: 2026, policy: .standard)
        #expect(second.revision == 2)
        try books.approveAll(.finalAccounts, from: "2027-03-10")
        let stored = try books.budgets.finalAccounts(books: books.books.organisation, year: 2026)
        #expect(stored.map(\.revision) == [1, 2])
        #expect(stored.map(\.status) == [.draft, .approved])
        #expect(stored.map { $0.approvals.count } == [1, 3])
        #expect(stored.last?.figures == second.figures)
        #expect(stored.last?.figures.spending == budgetMoney("1600.00"))
        #expect(stored.last?.figures.lines.first { $0.key.account.rawValue == "501" }?.budget == budgetMoney("60000.00"))
        #expect(try books.book.latestFinalAccounts(year: 2026)?.revision == 2)
        try books.book.requireFinalAccountsAgree(year: 2026, policy: .standard, language: .zh)
        for sql in ["UPDATE final_accounts SET closing_fen = 0 WHERE revision = 2", "DELETE FROM final_accounts WHERE revision = 2",
                    "DELETE FROM final_accounts WHERE revision = 1", "UPDATE final_accounts_line SET actual_fen = 1",
                    "DELETE FROM final_accounts_line WHERE final_id = (SELECT id FROM final_accounts WHERE revision = 2)"] {
            #expect(throws: (any Error).self, "\(sql)") { try books.execute(sql) }
        }
        #expect(try books.budgets.finalAccounts(books: books.books.organisation, year: 2026) == stored)
    }

    @Test("an approved version, its lines and approval steps cannot be changed, even behind the engine's back",
          arguments: BudgetStoreKind.available)
    func approvedIsImmutable(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
        let before = try books.book.versions(year: 2026)
        for sql in ["UPDATE budget_version SET carried_forward_fen = 0", "DELETE FROM budget_line", "UPDATE budget_line SET amount_fen = 1",
                    "DELETE FROM budget_version", "UPDATE budget_approval SET signer = 'x'", "DELETE FROM budget_approval"] {
            #expect(throws: (any Error).self, "\(sql)") { try books.execute(sql) }
        }
        #expect(try books.book.versions(year: 2026) == before)
    }

    @Test("a draft under approval cannot be deleted behind the engine's back; a plain draft's lines are replaced, never edited",
          arguments: BudgetStoreKind.available)
    func draftGuards(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        try books.draft()
        #expect(throws: (any Error).self) { try books.execute("UPDATE budget_line SET amount_fen = 1") }
        _ = try books.book.approve(year: 2026, subject: .budget, step: .reviewCommittee, date: try budgetDay("2026-01-10"), signer: "张",
                                   meeting: "经审会", opinion: "", policy: .standard)
        try books.execute("DELETE FROM budget_line")                 // a draft's lines may go (the engine replaces them)
        #expect(throws: (any Error).self) { try books.execute("DELETE FROM budget_version") }
        #expect(try books.book.versions(year: 2026).count == 1)
    }

    @Test("a budget command is one transaction: a failure mid-way leaves nothing written", arguments: BudgetStoreKind.available)
    func oneTransaction(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        struct Interrupted: Error {}
        let version = BudgetVersion(organisation: "GH", year: 2026, number: 0,
                                    lines: [BudgetLine(account: try AccountCode("402"), category: .revenue, amount: budgetMoney("1.00"))],
                                    carriedForward: .zero, reason: "", source: "x.csv", createdBy: "会计", createdAt: "2026-01-05T09:00:00Z")
        #expect(throws: Interrupted.self) {
            try books.budgets.withBudgetTransaction(books: books.books.organisation, user: "会计") { transaction in
                try transaction.insertVersion(version)
                try transaction.recordEvent(action: "budget.draft", detail: "x")
                #expect(try transaction.versions(year: 2026).count == 1, "the transaction sees its own write")
                throw Interrupted()
            }
        }
        #expect(try books.book.versions(year: 2026).isEmpty)
        #expect(try books.number("SELECT count(*) AS n FROM budget_line") == 0)
        #expect(try books.number("SELECT count(*) AS n FROM event WHERE action = 'budget.draft'") == 0)
        // The same version twice in one transaction breaks UNIQUE(org_id, year, number): the first goes too.
        #expect(throws: (any Error).self) {
            try books.budgets.withBudgetTransaction(books: books.books.organisation, user: "会计") { transaction in
                try transaction.insertVersion(version)
                try transaction.insertVersion(version)
            }
        }
        #expect(try books.book.versions(year: 2026).isEmpty)
        #expect(throws: BudgetError.draftMustBeOpenToChange(year: 2026, version: 0)) {
            try books.budgets.withBudgetTransaction(books: books.books.organisation, user: "会计") { try $0.replaceDraft(version) }
        }
    }

    @Test("a stored value that does not read is a storage error naming the row, the same on both stores",
          arguments: BudgetStoreKind.available)
    func strictReading(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        try books.draft()
        try books.dropTrigger("budget_line_approved_update", on: "budget_line")
        try books.execute("UPDATE budget_line SET account = '05010' WHERE line = 3")
        #expect(throws: StoreError.storage(message: "budget_line row 1/3: account '05010' is not an account code")) {
            try books.book.versions(year: 2026)
        }
        try books.execute("UPDATE budget_line SET account = '501' WHERE line = 3")
        #expect(try books.book.versions(year: 2026).first?.lines.count == 6)
        _ = try books.book.approve(year: 2026, subject: .budget, step: .reviewCommittee, date: try budgetDay("2026-01-10"), signer: "张",
                                   meeting: "经审会", opinion: "", policy: .standard)
        // The CHECK lets a month 19 through; reading it does not.
        try books.dropTrigger(kind == .sqlite ? "budget_approval_is_immutable_update" : "budget_approval_is_immutable", on: "budget_approval")
        try books.execute("UPDATE budget_approval SET decided_on = '2026-19-39'")
        #expect(throws: StoreError.storage(message: "budget_approval row 1: decided_on '2026-19-39' is not a date")) {
            try books.book.versions(year: 2026)
        }
    }
}
