import ArgumentParser
import LedgerCore
import LedgerStore
import Reporting

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "报表 (reports).",
        subcommands: [TrialBalanceCommand.self]
    )

    struct TrialBalanceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trial-balance",
            abstract: "科目余额表 (trial balance).",
            discussion: "Default range: January of the last month with vouchers through that month."
        )
        @OptionGroup var global: GlobalOptions

        @Option(help: "First month, YYYY-MM.")
        var from: String?

        @Option(help: "Last month, YYYY-MM.")
        var to: String?

        func run() throws {
            let books = try global.openBooks()
            let active = try books.activeRange()
            let last = try to.map { try YearMonth(parsing: $0) } ?? active.to
            let first = try from.map { try YearMonth(parsing: $0) } ?? YearMonth(year: last.year, month: 1)
            let balance = try books.trialBalance(from: first, to: last)
            try global.emit(.trialBalance(balance, organisationName: books.organisation.name, language: global.language))
        }
    }
}
