import LedgerStore
import Foundation
import LedgerCore
import Testing
@testable import LedgerSQLite

@Suite("voucher workflow: enter → review → post")
struct VoucherWorkflowTests {
    static let strict = ApprovalRules(singleOperatorAllowed: false, signoffRequiredForExpenditure: true,
                                      collectiveDecisionThreshold: yuan("50,000.00"))

    /// The same books as another person: reviewers and posters are whoever runs the command.
    func books(_ file: TestBooks, as user: String) throws -> Books {
        try file.database.books(for: "GH001", user: user)
    }

    func spending(_ amount: String = "1,580.00", day: String = "2026-01-26") -> VoucherDraft {
        var draft = simpleVoucher(day, "50102", "102", amount, summary: "购买文体活动用品")
        draft.attachments = 2
        return draft
    }

    @Test("a voucher counts in no balance until posted, then carries who entered, reviewed and signed it")
    func wholeWorkflow() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let entered = try file.books.enterVoucher(spending(), signoff: .init(by: "王明", date: date("2026-01-25")), rules: Self.strict)
        #expect(entered.status == .entered)
        #expect(try file.books.trialBalance(from: month("2026-01"), to: month("2026-01")).rows.isEmpty)

        _ = try books(file, as: "李审核").review(draftIDs: [entered.id], rules: Self.strict)
        #expect(try file.books.draft(id: entered.id).status == .reviewed)
        let posted = try file.books.postDrafts(ids: [entered.id], month: nil, rules: Self.strict)
        #expect(posted.map(\.label) == ["记-2026-01-001"])
        let stored = try file.books.voucher(id: posted[0].id)
        #expect(stored.attachments == 2)
        #expect(stored.approval == VoucherApproval(preparedBy: "tester", reviewedBy: "李审核", reviewedAt: stored.approval?.reviewedAt ?? "",
                                                   singleOperator: false, signoff: .init(by: "王明", date: date("2026-01-25"))))
        #expect(try file.books.draft(id: entered.id).postedVoucherID == posted[0].id)
        #expect(try file.database.verify().isEmpty)
    }

    @Test("the preparer cannot review; a single-operator policy allows it and marks the voucher")
    func reviewerIsNotPreparer() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let entered = try file.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "100.00"), rules: Self.strict)
        #expect(throws: WorkflowError.reviewerMustNotBePreparer(person: "tester")) {
            try file.books.review(draftIDs: [entered.id], rules: Self.strict)
        }
        var oneperson = Self.strict
        oneperson.singleOperatorAllowed = true
        let reviewed = try file.books.review(draftIDs: [entered.id], rules: oneperson)
        #expect(reviewed[0].singleOperator)
        let posted = try file.books.postDrafts(ids: nil, month: month("2026-01"), rules: oneperson)
        #expect(try file.books.voucher(id: posted[0].id).approval?.singleOperator == true)
    }

    @Test("expenditure needs the chair's sign-off, and a collective decision at the threshold")
    func signoffAndDecision() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let reviewer = try books(file, as: "李审核")
        let unsigned = try file.books.enterVoucher(spending(), rules: Self.strict)
        _ = try reviewer.review(draftIDs: [unsigned.id], rules: Self.strict)
        #expect(throws: WorkflowError.expenditureMustBeSignedOff(id: unsigned.id)) {
            try file.books.postDrafts(ids: [unsigned.id], month: nil, rules: Self.strict)
        }
        // Sign-off comes before review: a reviewed draft must be returned first.
        #expect(throws: WorkflowError.draftMustNotBeReviewed(id: unsigned.id, reviewer: "李审核")) {
            try file.books.signOff(draftID: unsigned.id, signoff: .init(by: "王明", date: date("2026-01-26")), decision: nil, rules: Self.strict)
        }

        let large = try file.books.enterVoucher(spending("50,000.00"), signoff: .init(by: "王明", date: date("2026-01-26")),
                                                rules: Self.strict)
        _ = try reviewer.review(draftIDs: [large.id], rules: Self.strict)
        #expect(throws: WorkflowError.collectiveDecisionMustBeRecorded(id: large.id, total: "50,000.00", threshold: "50,000.00")) {
            try file.books.postDrafts(ids: [large.id], month: nil, rules: Self.strict)
        }
        _ = try file.books.cancelReview(draftID: large.id)
        _ = try file.books.signOff(draftID: large.id, signoff: nil,
                                   decision: .init(reference: "工会委员会第3次会议", date: date("2026-01-20")), rules: Self.strict)
        _ = try reviewer.review(draftIDs: [large.id], rules: Self.strict)
        #expect(try file.books.postDrafts(ids: [large.id], month: nil, rules: Self.strict).count == 1)

        // Income needs neither.
        let income = try file.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "60,000.00"), rules: Self.strict)
        _ = try reviewer.review(draftIDs: [income.id], rules: Self.strict)
        #expect(try file.books.postDrafts(ids: [income.id], month: nil, rules: Self.strict).count == 1)
    }

    @Test("a sign-off must come from the chair in office that day, when tenures say who it was")
    func chairMustSign() throws {
        let file = try TestBooks()
        defer { file.remove() }
        var rules = Self.strict
        rules.chairs = [.init(person: "王明", from: date("2021-03-01"), to: date("2025-12-31")),
                        .init(person: "李红", from: date("2026-01-01"), to: nil)]
        #expect(throws: WorkflowError.signoffMustBeByChair(person: "王明", chair: "李红", date: "2026-01-25")) {
            try file.books.enterVoucher(spending(), signoff: .init(by: "王明", date: date("2026-01-25")), rules: rules)
        }
        #expect(try file.books.enterVoucher(spending(), signoff: .init(by: "李红", date: date("2026-01-25")), rules: rules).id == 1)
    }

    @Test("posting is all or nothing, numbered in date order")
    func allOrNothing() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let reviewer = try books(file, as: "李审核")
        let late = try file.books.enterVoucher(simpleVoucher("2026-01-20", "102", "401", "10.00"), rules: Self.strict)
        let early = try file.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "20.00"), rules: Self.strict)
        let unsigned = try file.books.enterVoucher(spending(), rules: Self.strict)
        _ = try reviewer.review(draftIDs: [late.id, early.id, unsigned.id], rules: Self.strict)
        let before = try file.fileBytes()
        #expect(throws: WorkflowError.expenditureMustBeSignedOff(id: unsigned.id)) {
            try file.books.postDrafts(ids: nil, month: month("2026-01"), rules: Self.strict)
        }
        #expect(try file.fileBytes() == before)
        _ = try file.books.cancelReview(draftID: unsigned.id)
        try file.books.deleteDraft(id: unsigned.id, reason: "重复录入")
        let posted = try file.books.postDrafts(ids: nil, month: month("2026-01"), rules: Self.strict)
        #expect(posted.map(\.total) == [yuan("20.00"), yuan("10.00")])
        #expect(posted.map(\.number) == [1, 2])
        #expect(throws: WorkflowError.draftMustNotBePosted(id: late.id, voucher: "记-2026-01-002")) {
            try file.books.deleteDraft(id: late.id, reason: "x")
        }
    }

    @Test("a month with unposted drafts cannot close")
    func closeNeedsEverythingPosted() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let draft = try file.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "10.00"), rules: Self.strict)
        #expect(throws: WorkflowError.monthMustHaveNothingUnposted(period: "2026-01", drafts: [draft.id])) {
            try file.books.closeMonth(month("2026-01"))
        }
        try file.books.deleteDraft(id: draft.id, reason: "作废")
        try file.books.closeMonth(month("2026-01"))
        #expect(throws: LedgerError.periodMustBeOpen(period: "2026-01")) {
            try file.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "10.00"), rules: Self.strict)
        }
    }

    @Test("an approval record changed behind the engine's back breaks the chain at its voucher")
    func approvalIsInTheChain() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let entered = try file.books.enterVoucher(spending(), signoff: .init(by: "王明", date: date("2026-01-25")), rules: Self.strict)
        _ = try books(file, as: "李审核").review(draftIDs: [entered.id], rules: Self.strict)
        let posted = try file.books.postDrafts(ids: [entered.id], month: nil, rules: Self.strict)[0]
        #expect(try file.database.verify().isEmpty)
        try file.tamper("""
            DROP TRIGGER voucher_approval_is_immutable_update;
            UPDATE voucher_approval SET signoff_by = '李红' WHERE voucher_id = \(posted.id);
            """)
        let findings = try LedgerDatabase.open(at: file.path).verify()
        #expect(findings.contains { $0.kind == .chainBroken && $0.voucherID == posted.id })
    }

    typealias Scenario = @Sendable (TestBooks) throws -> Void

    static let scenarios: [(Scenario, WorkflowError.Rule)] = [
        ({ f in
            let d = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), rules: strict)
            _ = try f.books.review(draftIDs: [d.id], rules: strict)
        }, .reviewerMustNotBePreparer),
        ({ f in _ = try f.books.review(draftIDs: [42], rules: strict) }, .draftMustExist),
        ({ f in
            let d = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), rules: strict)
            _ = try f.books.postDrafts(ids: [d.id], month: nil, rules: strict)
        }, .draftMustBeReviewed),
        ({ f in
            let d = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), rules: strict)
            let other = try f.database.books(for: "GH001", user: "李审核")
            _ = try other.review(draftIDs: [d.id], rules: strict)
            _ = try other.review(draftIDs: [d.id], rules: strict)
        }, .draftMustNotBeReviewed),
        ({ f in
            let d = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), rules: strict)
            _ = try f.database.books(for: "GH001", user: "李审核").review(draftIDs: [d.id], rules: strict)
            _ = try f.books.postDrafts(ids: [d.id], month: nil, rules: strict)
            _ = try f.books.cancelReview(draftID: d.id)
        }, .draftMustNotBePosted),
        ({ f in
            let d = try f.books.enterVoucher(simpleVoucher("2026-01-05", "508", "102", "1.00"), rules: strict)
            _ = try f.database.books(for: "GH001", user: "李审核").review(draftIDs: [d.id], rules: strict)
            _ = try f.books.postDrafts(ids: [d.id], month: nil, rules: strict)
        }, .expenditureMustBeSignedOff),
        ({ f in
            let d = try f.books.enterVoucher(simpleVoucher("2026-01-05", "508", "102", "50,000.00"),
                                             signoff: .init(by: "王明", date: date("2026-01-05")), rules: strict)
            _ = try f.database.books(for: "GH001", user: "李审核").review(draftIDs: [d.id], rules: strict)
            _ = try f.books.postDrafts(ids: [d.id], month: nil, rules: strict)
        }, .collectiveDecisionMustBeRecorded),
        ({ f in
            _ = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), rules: strict)
            try f.books.closeMonth(month("2026-01"))
        }, .monthMustHaveNothingUnposted),
        ({ f in
            _ = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), signoff: .init(by: "", date: date("2026-01-05")),
                                         rules: strict)
        }, .personMustBeNamed),
        ({ f in
            _ = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"),
                                         decision: .init(reference: "会议\n纪要", date: date("2026-01-05")), rules: strict)
        }, .textMustBePlain),
        ({ f in
            var rules = strict
            rules.chairs = [.init(person: "李红", from: date("2020-01-01"), to: nil)]
            _ = try f.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), signoff: .init(by: "王明", date: date("2026-01-05")),
                                         rules: rules)
        }, .signoffMustBeByChair),
    ]

    @Test("each workflow rule refuses its scenario with its own message", arguments: scenarios.indices)
    func refuses(_ index: Int) throws {
        let (scenario, expected) = Self.scenarios[index]
        let file = try TestBooks()
        defer { file.remove() }
        do {
            try scenario(file)
            Issue.record("\(expected) was not triggered")
        } catch let error as WorkflowError {
            #expect(error.ruleKey == expected)
            #expect(!error.message(in: .zh).isEmpty && error.message(in: .zh) != error.message(in: .en))
        }
    }

    @Test("the scenarios cover every WorkflowError case")
    func catalogueIsComplete() {
        #expect(Set(Self.scenarios.map(\.1)) == Set(WorkflowError.Rule.allCases))
    }
}
