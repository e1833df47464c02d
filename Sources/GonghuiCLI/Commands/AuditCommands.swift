import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionAudit
import UnionCore
import UnionSQLite

/// `gonghui audit …`: the rule checks, the funds-review committee's report, the departure audit of
/// a chair, the standards self-assessment, and the findings register (整改).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "审计 (audit): checks, review report, departure audit, self-assessment, findings register.",
        subcommands: [Checks.self, Check.self, Review.self, Departure.self, SelfAssess.self,
                      AuditFindingsCommand.self, AuditRectifyCommand.self, AuditCloseCommand.self, AuditCommentCommand.self]
    )

    /// The books, their stores and the audit's context under the file's policy.
    struct Opened {
        let books: any Books
        let stores: UnionSQLiteStores
        let context: AuditContext

        init(_ global: GlobalOptions) throws {
            let database = try global.openDatabase()
            books = try database.books(for: global.org, user: global.userName)
            stores = UnionSQLiteStores(database: database)
            context = try stores.auditContext(books: books)
        }
    }

    struct Checks: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出审计检查项目及其依据 (list the checks and their basis).")
        @OptionGroup var global: GlobalOptions

        func run() throws { try global.emit(AuditCatalogue.report(language: global.language)) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "运行审计检查 (run the checks over a period).",
            discussion: "Exits 1 when any finding at or above --min-severity (default info) exists, so it can run in a script.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "First month: YYYY-MM or its first day (default: January of --to's year).") var from: String?
        @Option(help: "Last month: YYYY-MM or its last day (default: the last month with vouchers).") var to: String?
        @Option(name: .customLong("check"), help: "Run only this check (repeatable; `audit checks` lists the ids).") var checks: [String] = []
        @Option(name: .customLong("min-severity"), help: "info, warning or violation.") var minSeverity: String = "info"
        @Flag(help: "Record the run and its findings in the findings register.") var record = false

        func run() throws {
            guard let minimum = Severity(key: minSeverity) else {
                throw ValidationError(global.language.pick("--min-severity 须为 info、warning 或 violation：\(minSeverity)",
                                                           "--min-severity must be info, warning or violation: \(minSeverity)"))
            }
            let opened = try Opened(global)
            let period = try AuditPeriod.parse(from: from, to: to, books: try opened.books.activeRange())
            let selected = try checks.isEmpty ? AuditCatalogue.all : checks.map { try AuditCatalogue.check(id: $0) }
            let run = try AuditRun(context: opened.context, period: period, checks: selected)
            if record {
                _ = try opened.stores.findingsRegister.record(.check, organisation: opened.books.organisation.code, months: period, tenure: nil,
                                                              findings: run.findings, user: global.userName)
            }
            try global.emit(run.report(organisationName: opened.books.organisation.name, books: opened.books, minimum: minimum,
                                       language: global.language))
            if !run.findings(atLeast: minimum).isEmpty { throw CommandFailed(exitCode: 1) }
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "经审会审查报告 (the funds-review committee's report; --format docx for Word).",
            discussion: "The period may span several years. Needs books on the 2021 chart (the official forms).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "First month: YYYY-MM or its first day (default: January of --to's year).") var from: String?
        @Option(help: "Last month: YYYY-MM or its last day (default: the last month with vouchers).") var to: String?
        @Flag(help: "Record the review and its findings in the findings register.") var record = false

        func run() throws {
            let opened = try Opened(global)
            let period = try AuditPeriod.parse(from: from, to: to, books: try opened.books.activeRange())
            let review = try ReviewReport(context: opened.context, period: period, language: global.language)
            if record {
                _ = try opened.stores.findingsRegister.record(.review, organisation: opened.books.organisation.code, months: period, tenure: nil,
                                                              findings: review.findings, user: global.userName)
            }
            try global.emit(review.report(language: global.language, books: opened.books))
        }
    }

    struct Departure: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "主席离任经济责任审计 (departure audit of a chair; --format docx for Word).",
            discussion: "The period is the chair's term as far as the books reach. `org show` lists the terms and their ids.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The term's id.") var tenure: Int64?
        @Option(help: "Or the chair's name: the latest term of that person as chair.") var person: String?
        @Flag(help: "Record the audit and its findings in the findings register.") var record = false

        func validate() throws {
            if (tenure == nil) == (person == nil) {
                throw ValidationError(global.language.pick("须给出 --tenure 或 --person 之一", "give one of --tenure or --person"))
            }
        }

        func run() throws {
            let opened = try Opened(global)
            let code = opened.books.organisation.code
            let term = try DepartureAudit.tenure(id: tenure, person: person, organisation: code,
                                                 in: try opened.stores.organisations.tenures(organisation: code))
            let audit = try DepartureAudit(context: opened.context, tenure: term, language: global.language)
            if record {
                _ = try opened.stores.findingsRegister.record(.departure, organisation: code, months: audit.period, tenure: term.id,
                                                              findings: audit.findings, user: global.userName)
            }
            try global.emit(audit.report(language: global.language, books: opened.books))
        }
    }

    struct SelfAssess: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "self-assess", abstract: "规范化建设经费管理自查 (the standards self-assessment, funds items).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Year, YYYY (default: the year of the last month with vouchers).") var year: Int?

        func run() throws {
            let opened = try Opened(global)
            let chosen = try year ?? opened.books.activeRange().to.year
            guard YearMonth.yearRange.contains(chosen) else { throw LedgerError.monthMustBeValid(value: "\(chosen)") }
            try global.emit(SelfAssessment(context: opened.context, year: chosen, language: global.language).report(language: global.language))
        }
    }
}
