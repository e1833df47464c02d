import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements

/// 签批 and 集体研究 as typed on `voucher add` and `voucher signoff`.
struct ApprovalOptions: ParsableArguments {
    @Option(name: .customLong("signoff-by"), help: "签批: the chair who signed the expenditure.")
    var signoffBy: String?

    @Option(name: .customLong("signoff-date"), help: "签批日期 YYYY-MM-DD (default: the voucher's date).")
    var signoffDate: String?

    @Option(help: "集体研究: the meeting that decided it (e.g. 工会委员会2026年第3次会议).")
    var decision: String?

    @Option(name: .customLong("decision-date"), help: "集体研究日期 YYYY-MM-DD.")
    var decisionDate: String?

    func signoff(defaultDate: LocalDate) throws -> VoucherApproval.SignOff? {
        guard let signoffBy else {
            if signoffDate != nil { throw WorkflowError.personMustBeNamed(role: "--signoff-by") }
            return nil
        }
        let name = signoffBy.trimmingSpaces()
        guard !name.isEmpty else { throw WorkflowError.personMustBeNamed(role: "--signoff-by") }
        return VoucherApproval.SignOff(by: name, date: try signoffDate.map { try LocalDate(parsing: $0) } ?? defaultDate)
    }

    func collectiveDecision() throws -> VoucherApproval.CollectiveDecision? {
        guard let decision else {
            if decisionDate != nil { throw WorkflowError.personMustBeNamed(role: "--decision") }
            return nil
        }
        guard let decisionDate else { throw WorkflowError.personMustBeNamed(role: "--decision-date") }
        let reference = decision.trimmingSpaces()
        guard !reference.isEmpty else { throw WorkflowError.personMustBeNamed(role: "--decision") }
        return VoucherApproval.CollectiveDecision(reference: reference, date: try LocalDate(parsing: decisionDate))
    }
}

extension VoucherCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "审核凭证 (review drafts as --user; the reviewer must not be the preparer).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Draft numbers (see voucher drafts).") var ids: [Int64] = []
        @Option(help: "Review every entered draft of this month, YYYY-MM.") var month: String?

        func run() throws {
            let books = try global.openBooks()
            var targets = ids
            if let month {
                targets += try books.drafts(status: .entered, month: try YearMonth(parsing: month)).map(\.id)
            }
            guard !targets.isEmpty else { throw WorkflowError.personMustBeNamed(role: "DRAFT… or --month") }
            let reviewed = try books.review(draftIDs: targets, rules: try global.approvalRules(for: books))
            for draft in reviewed {
                let marker = draft.singleOperator ? global.language.pick("（单人操作）", " (single operator)") : ""
                global.say("已审核：草稿 \(draft.id) \(draft.summary)，审核人 \(global.userName)\(marker)",
                           "Reviewed: draft \(draft.id) \(draft.summary) by \(global.userName)\(marker)")
            }
        }
    }

    struct SignOff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signoff",
            abstract: "登记主席签批或集体研究决定 (record the chair's sign-off or a collective decision on an entered draft).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Draft number.") var id: Int64
        @OptionGroup var approval: ApprovalOptions

        func run() throws {
            let books = try global.openBooks()
            let current = try books.draft(id: id)
            let signoff = try approval.signoff(defaultDate: current.date)
            let decision = try approval.collectiveDecision()
            guard signoff != nil || decision != nil else { throw WorkflowError.personMustBeNamed(role: "--signoff-by or --decision") }
            let draft = try books.signOff(draftID: id, signoff: signoff, decision: decision, rules: try global.approvalRules(for: books))
            global.say("已登记：草稿 \(draft.id)" + (draft.signoff.map { " 签批 \($0.by) \($0.date)" } ?? "")
                       + (draft.decision.map { " 集体研究 \($0.reference) \($0.date)" } ?? ""),
                       "Recorded on draft \(draft.id)" + (draft.signoff.map { ": signed off by \($0.by) on \($0.date)" } ?? "")
                       + (draft.decision.map { "; collective decision \($0.reference) of \($0.date)" } ?? ""))
        }
    }

    struct Post: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "记账 (post reviewed drafts, numbered in date order; all or nothing).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Draft numbers; or use --month.") var ids: [Int64] = []
        @Option(help: "Post every reviewed draft of this month, YYYY-MM.") var month: String?

        func run() throws {
            let books = try global.openBooks()
            let period = try month.map { try YearMonth(parsing: $0) }
            guard !ids.isEmpty || period != nil else { throw WorkflowError.personMustBeNamed(role: "DRAFT… or --month") }
            let posted = try books.postDrafts(ids: ids.isEmpty ? nil : ids, month: ids.isEmpty ? period : nil,
                                              rules: try global.approvalRules(for: books))
            for voucher in posted {
                global.say("已记账：\(voucher.label)（ID \(voucher.id)），金额 \(voucher.total.formatted())",
                           "Posted \(voucher.label) (ID \(voucher.id)), amount \(voucher.total.formatted())")
            }
            if posted.isEmpty { global.say("没有待记账的已审核凭证", "No reviewed drafts to post") }
            if let period {
                let waiting = try books.drafts(status: .entered, month: period).count
                if waiting > 0 {
                    global.say("\(period) 还有 \(waiting) 张凭证未审核", "\(period) still has \(waiting) drafts awaiting review")
                }
            }
        }
    }

    struct Drafts: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "未记账凭证 (drafts: entered, reviewed; --status posted for the trail).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "entered, reviewed or posted (default: entered and reviewed).") var status: String?
        @Option(help: "Only this month, YYYY-MM.") var month: String?

        func run() throws {
            let books = try global.openBooks()
            let period = try month.map { try YearMonth(parsing: $0) }
            var drafts: [DraftVoucher]
            if let status {
                guard let chosen = DraftVoucher.Status(rawValue: status) else {
                    throw LedgerError.fieldMustBePresent(field: "--status entered|reviewed|posted (\(status))")
                }
                drafts = try books.drafts(status: chosen, month: period)
            } else {
                drafts = try books.drafts(status: nil, month: period).filter { $0.status != .posted }
            }
            try global.emit(.draftList(drafts, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct CancelReview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel-review", abstract: "取消审核 (return a reviewed draft to entered, to change it).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Draft number.") var id: Int64

        func run() throws {
            let draft = try global.openBooks().cancelReview(draftID: id)
            global.say("已取消审核：草稿 \(draft.id)", "Review cancelled: draft \(draft.id)")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "作废一张未审核的草稿 (delete an entered draft; the event log keeps it).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Draft number.") var id: Int64
        @Option(help: "Why.") var reason: String

        func run() throws {
            let reason = reason.trimmingSpaces()
            guard !reason.isEmpty, !reason.hasControlCharacters else { throw LedgerError.fieldMustBePresent(field: "--reason") }
            try global.openBooks().deleteDraft(id: id, reason: reason)
            global.say("已作废：草稿 \(id)", "Deleted: draft \(id)")
        }
    }
}
