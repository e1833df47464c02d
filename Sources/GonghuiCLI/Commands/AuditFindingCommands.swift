import ArgumentParser
import LedgerCore
import LedgerSQLite
import Reporting
import UnionAudit
import UnionSQLite
import UnionStores

/// `audit findings`: the findings register with each finding's rectification status.
struct AuditFindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "findings", abstract: L("审计发现问题台账", "The findings register"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit findings", "gonghui audit findings --status open"]))
    @OptionGroup var global: GlobalOptions
    @Option(help: L("只看此状态的问题：open 未整改、rectificationNoted 已整改待核、closed 已销号（代码或中文）。", "Only findings with this status: open, rectificationNoted, closed (or their Chinese names).")) var status: String?

    func run() throws {
        let opened = try AuditCommand.Opened(global)
        let wanted = try status.map { try StatusOption.parse($0, as: FindingStatus.self, option: "--status", global.language) }
        let findings = try opened.stores.findingsRegister.registeredFindings(organisation: opened.books.organisation.code)
            .filter { wanted == nil || $0.status == wanted }
        try global.emit(findings.report(organisationName: opened.books.organisation.name, language: global.language))
    }
}

/// `audit rectify ID --note T`: the union records what it did (open → rectificationNoted).
struct AuditRectifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rectify", abstract: L("登记整改情况", "Record the rectification of a finding"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit rectify 1 --note 已补齐签批手续"]))
    @OptionGroup var global: GlobalOptions
    @Argument(help: L("问题在台账中的编号。", "The finding's number in the register.")) var id: Int64
    @Option(help: L("整改情况。", "What was done.")) var note: String

    func run() throws {
        try AuditCloseCommand.move(global, id: id, to: .rectificationNoted, note: note)
    }
}

/// `audit close ID`: the committee confirms the rectification (rectificationNoted → closed), or
/// with `--reject` sends it back (→ open).
struct AuditCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: L("整改销号", "Close a rectified finding, or --reject it"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit close 1 --note 经审会复核属实", "gonghui audit close 1 --reject --note 未见整改材料"]))
    @OptionGroup var global: GlobalOptions
    @Argument(help: L("问题在台账中的编号。", "The finding's number in the register.")) var id: Int64
    @Option(help: L("经审会核查的情况。", "What the committee checked.")) var note: String = ""
    @Flag(help: L("整改不予认可：问题重新打开。", "The rectification is not accepted: the finding is open again.")) var reject = false

    func run() throws {
        try Self.move(global, id: id, to: reject ? .open : .closed, note: note)
    }

    static func move(_ global: GlobalOptions, id: Int64, to status: FindingStatus, note: String) throws {
        guard !note.hasControlCharacters else { throw LedgerError.fieldMustBePresent(field: "--note") }
        let opened = try AuditCommand.Opened(global)
        let moved = try opened.stores.findingsRegister.setStatus(finding: id, organisation: opened.books.organisation.code, to: status,
                                                                 note: note.trimmingSpaces(), user: global.userName)
        global.say("问题 \(moved.id)：\(moved.status.label(in: .zh))", "finding \(moved.id): \(moved.status.label(in: .en))")
    }
}

/// `audit comment --tenure ID --received D --text T`: the audited person's written comments on
/// their departure audit, printed in its last section.
struct AuditCommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "comment", abstract: L("登记被审计人书面意见", "Record the audited person's comments"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit comment --tenure 1 --received 2026-07-10 --text 对审计结论无异议"]))
    @OptionGroup var global: GlobalOptions
    @Option(help: L("被审计的任期。", "The term audited.")) var tenure: Int64
    @Option(help: L("收到书面意见的日期，YYYY-MM-DD。", "The day the comments were received, YYYY-MM-DD.")) var received: String
    @Option(help: L("书面意见内容。", "The comments.")) var text: String

    func run() throws {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, !trimmed.hasControlCharacters else { throw LedgerError.fieldMustBePresent(field: "--text") }
        let stores = try global.openStores()
        try stores.findingsRegister.recordComment(AuditeeComment(tenure: tenure, received: try LocalDate(parsing: received), text: trimmed),
                                                  user: global.userName)
        global.say("已登记任职记录 \(tenure) 的书面意见", "comments recorded for term \(tenure)")
    }
}
