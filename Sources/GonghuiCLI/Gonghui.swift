import InputFiles
import ArgumentParser

/// The `gonghui` command: parses arguments, calls the library, renders. No business logic here.
struct Gonghui: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gonghui",
        abstract: "工会经费与会费核算引擎 Gonghui — trade-union dues and fund accounting.",
        discussion: """
        Exit codes: 0 ok; 1 rule violation or failed verify; 2 bad usage or bad input; 3 storage error.
        """,
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
