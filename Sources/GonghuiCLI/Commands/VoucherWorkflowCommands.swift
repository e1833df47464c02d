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
    @Option(name: .customLong("signoff-by"), help: L("签批：签批该笔支出的主席。", "Sign-off: the chair who signed the expenditure."))
    var signoffBy: String?

    @Option(name: .customLong("signoff-date"), help: L("签批日期，YYYY-MM-DD（默认凭证日期）。", "Sign-off date, YYYY-MM-DD (default: the voucher's date)."))
    var signoffDate: String?

    @Option(help: L("集体研究：作出决定的会议（如 工会委员会2026年第3次会议）。", "Collective decision: the meeting that decided it (e.g. 工会委员会2026年第3次会议)."))
    var decision: String?

    @Option(name: .customLong("decision-date"), help: L("集体研究日期，YYYY-MM-DD。", "Date of the collective decision, YYYY-MM-DD."))
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
        static let configuration = CommandConfiguration(commandName: "review",
            abstract: L("审核凭证（以 --user 的身份；审核人不得是制单人）", "Review drafts as --user; the reviewer must not be the preparer"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher review 1 2 --user 复核人", "gonghui voucher review --month 2026-01 --user 复核人"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("草稿编号（见 voucher drafts）。", "Draft numbers (see voucher drafts).")) var ids: [Int64] = []
        @Option(help: L("审核此月所有已填制的草稿，YYYY-MM。", "Review every entered draft of this month, YYYY-MM.")) var month: String?

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
            abstract: L("登记主席签批或集体研究决定", "Record the chair's sign-off or a collective decision on an entered draft"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher signoff 1 --signoff-by 王明 --signoff-date 2026-01-14", "gonghui voucher signoff 2 --decision 工会委员会2026年第3次会议 --decision-date 2026-01-10"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("草稿编号。", "Draft number.")) var id: Int64
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
        static let configuration = CommandConfiguration(commandName: "post",
            abstract: L("记账：已审核的草稿按日期顺序编号，全部成功或全部不记", "Post reviewed drafts, numbered in date order; all or nothing"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher post 1 2", "gonghui voucher post --month 2026-01"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("草稿编号；或用 --month。", "Draft numbers; or use --month.")) var ids: [Int64] = []
        @Option(help: L("记账此月所有已审核的草稿，YYYY-MM。", "Post every reviewed draft of this month, YYYY-MM.")) var month: String?

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
        static let configuration = CommandConfiguration(commandName: "drafts", abstract: L("未记账凭证：已填制、已审核（--status posted 查看已记账的流转记录）", "Drafts: entered, reviewed (--status posted for the trail)"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher drafts", "gonghui voucher drafts --status posted --month 2026-01"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("entered 已填制、reviewed 已审核或 posted 已记账，写代码或中文均可（默认已填制和已审核）。", "entered, reviewed or posted, or their Chinese names (default: entered and reviewed).")) var status: String?
        @Option(help: L("只看此月，YYYY-MM。", "Only this month, YYYY-MM.")) var month: String?

        func run() throws {
            let books = try global.openBooks()
            let period = try month.map { try YearMonth(parsing: $0) }
            var drafts: [DraftVoucher]
            if let status {
                let chosen = try StatusOption.parse(status, as: DraftVoucher.Status.self, option: "--status", global.language)
                drafts = try books.drafts(status: chosen, month: period)
            } else {
                drafts = try books.drafts(status: nil, month: period).filter { $0.status != .posted }
            }
            try global.emit(.draftList(drafts, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct CancelReview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel-review", abstract: L("取消审核", "Return a reviewed draft to entered, to change it"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher cancel-review 1"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("草稿编号。", "Draft number.")) var id: Int64

        func run() throws {
            let draft = try global.openBooks().cancelReview(draftID: id)
            global.say("已取消审核：草稿 \(draft.id)", "Review cancelled: draft \(draft.id)")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete",
            abstract: L("作废一张未审核的草稿", "Delete an entered draft; the event log keeps it"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui voucher delete 1 --reason 重复填制"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("草稿编号。", "Draft number.")) var id: Int64
        @Option(help: L("原因。", "Why.")) var reason: String

        func run() throws {
            let reason = reason.trimmingSpaces()
            guard !reason.isEmpty, !reason.hasControlCharacters else { throw LedgerError.fieldMustBePresent(field: "--reason") }
            try global.openBooks().deleteDraft(id: id, reason: reason)
            global.say("已作废：草稿 \(id)", "Deleted: draft \(id)")
        }
    }
}
