import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionAudit
import UnionCore
import UnionSQLite
import UnionStores

/// `gonghui audit …`: the rule checks, the funds-review committee's report, the departure audit of
/// a chair, the standards self-assessment, and the findings register (整改).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: L("审计：检查项目、经审会审查报告、离任审计、自查、发现问题台账", "Audit: checks, review report, departure audit, self-assessment, findings register"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit checks", "gonghui audit check --from 2026-01 --to 2026-06"]),
        subcommands: [Checks.self, Check.self, Review.self, Departure.self, SelfAssess.self,
                      AuditFindingsCommand.self, AuditRectifyCommand.self, AuditCloseCommand.self, AuditCommentCommand.self]
    )

    /// The books, their stores and the audit's context under the file's policy.
    struct Opened {
        let books: any Books
        let stores: any UnionStores
        let context: AuditContext

        init(_ global: GlobalOptions) throws {
            stores = try global.openStores()
            books = try stores.booksStore.books(for: global.org, user: global.userName)
            context = try stores.auditContext(books: books)
        }
    }

    struct Checks: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "checks", abstract: L("列出审计检查项目及其依据", "List the checks and their basis"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit checks"]))
        @OptionGroup var global: GlobalOptions

        func run() throws { try global.emit(AuditCatalogue.report(language: global.language)) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check",
            abstract: L("运行审计检查", "Run the checks over a period"),
            discussion: helpDiscussion("有任何不低于 --min-severity（默认 info）的发现时退出码为 1，便于在脚本中运行。",
                                   "Exits 1 when any finding at or above --min-severity (default info) exists, so it can run in a script.",
                                   examples: ["gonghui audit check --from 2026-01 --to 2026-06", "gonghui audit check --min-severity warning --record"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("起始月份：YYYY-MM 或该月第一天（默认 --to 所在年度的一月）。", "First month: YYYY-MM or its first day (default: January of --to's year).")) var from: String?
        @Option(help: L("截止月份：YYYY-MM 或该月最后一天（默认有凭证的最后一个月）。", "Last month: YYYY-MM or its last day (default: the last month with vouchers).")) var to: String?
        @Option(name: .customLong("check"), help: L("只运行此检查项（可重复；`audit checks` 列出编号）。", "Run only this check (repeatable; `audit checks` lists the ids).")) var checks: [String] = []
        @Option(name: .customLong("min-severity"), help: L("info 提示、warning 警告或 violation 违规。", "info, warning or violation.")) var minSeverity: String = "info"
        @Flag(help: L("把本次检查及其发现记入发现问题台账。", "Record the run and its findings in the findings register.")) var record = false

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
        static let configuration = CommandConfiguration(commandName: "review",
            abstract: L("经审会审查报告（--format docx 生成 Word 文档）", "The funds-review committee's report (--format docx for Word)"),
            discussion: helpDiscussion("期间可以跨年度。须为 2021 年制度科目表的账套（官方格式）。",
                                   "The period may span several years. Needs books on the 2021 chart (the official forms).",
                                   examples: ["gonghui audit review --from 2026-01 --to 2026-12 --format docx --output 审查报告.docx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("起始月份：YYYY-MM 或该月第一天（默认 --to 所在年度的一月）。", "First month: YYYY-MM or its first day (default: January of --to's year).")) var from: String?
        @Option(help: L("截止月份：YYYY-MM 或该月最后一天（默认有凭证的最后一个月）。", "Last month: YYYY-MM or its last day (default: the last month with vouchers).")) var to: String?
        @Flag(help: L("把本次审查及其发现记入发现问题台账。", "Record the review and its findings in the findings register.")) var record = false

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
        static let configuration = CommandConfiguration(commandName: "departure",
            abstract: L("主席离任经济责任审计（--format docx 生成 Word 文档）", "Departure audit of a chair (--format docx for Word)"),
            discussion: helpDiscussion("期间为该主席的任期（以账套覆盖的范围为限）。`org show` 列出各任期及其编号。",
                                   "The period is the chair's term as far as the books reach. `org show` lists the terms and their ids.",
                                   examples: ["gonghui audit departure --person 王明", "gonghui audit departure --tenure 1 --format docx --output 离任审计.docx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("任职记录编号。", "The term's id.")) var tenure: Int64?
        @Option(help: L("或主席姓名：取此人最近一次担任主席的任期。", "Or the chair's name: the latest term of that person as chair.")) var person: String?
        @Flag(help: L("把本次审计及其发现记入发现问题台账。", "Record the audit and its findings in the findings register.")) var record = false

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
            commandName: "self-assess", abstract: L("规范化建设经费管理自查", "The standards self-assessment, funds items"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui audit self-assess --year 2026"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("年度，YYYY（默认有凭证的最后一个月所在年度）。", "Year, YYYY (default: the year of the last month with vouchers).")) var year: Int?

        func run() throws {
            let opened = try Opened(global)
            let chosen = try year ?? opened.books.activeRange().to.year
            guard YearMonth.yearRange.contains(chosen) else { throw LedgerError.monthMustBeValid(value: "\(chosen)") }
            try global.emit(SelfAssessment(context: opened.context, year: chosen, language: global.language).report(language: global.language))
        }
    }
}
