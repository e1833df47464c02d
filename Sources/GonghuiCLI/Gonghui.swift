import InputFiles
import ArgumentParser

/// The `gonghui` command: parses arguments, calls the library, renders. No business logic here.
struct Gonghui: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gonghui",
        abstract: L("工会经费与会费核算引擎 Gonghui", "Gonghui: trade-union dues and fund accounting"),
            discussion: helpDiscussion("退出码：0 成功；1 违反规则或校验未通过；2 用法或输入有误；3 存储错误。\n全局选项（--db、--org、--format、--lang 等）可写在子命令前或后。",
                                   "Exit codes: 0 ok; 1 rule violation or failed verify; 2 bad usage or bad input; 3 storage error.\nGlobal options (--db, --org, --format, --lang, …) go before or after the subcommand.",
                                   examples: ["gonghui tour", "gonghui init --org-code GH001 --org-name 示例公司工会 --kind enterprise", "gonghui report trial-balance --lang en"]),
        version: GonghuiVersion.current,
        subcommands: [
            TourCommand.self, InitCommand.self, AccountCommand.self, VoucherCommand.self,
            OrgCommand.self, ReportCommand.self, CloseCommand.self, ReopenCommand.self, VerifyCommand.self, SealCommand.self, BackupCommand.self,
            ChangeoverCommand.self, OpeningCommand.self, PolicyCommand.self,
            PayrollCommand.self, AllocateCommand.self, RemitCommand.self, ArrearsCommand.self, NoticeCommand.self,
            MemberCommand.self, DuesCommand.self, StatsCommand.self, BudgetCommand.self,
            AuditCommand.self, ExportCommand.self, CopyCommand.self, ManualCommand.self,
        ]
    )
}
