import ArgumentParser
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionStatements
import UnionSQLite
import UnionStores

struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: L("预算、预算调整、审批、执行与决算", "Budgets, adjustments, approval, execution, final accounts"),
            discussion: helpDiscussion("预算由文件导入为草稿（budget import），按政策规定的审批流程登记（budget approve：默认为经审会审查 → 委员会审议通过 → 上级工会备案），之后锁定。预算调整（budget adjust）走同样的流程，每年不超过政策规定的次数。记账时按批准的预算控制支出（政策中的 control：stop 拒绝、warn 提示或 off 不控制）。budget final 编制年度决算，走同样的流程；report final-accounts 打印决算报表。",
                                   "A budget is drafted from a file (budget import), goes through the approval chain of the policy (budget approve: by default\nthe funds-review committee → committee approval → higher-union filing), and is then locked. Adjustments (budget adjust) go through the\nsame chain, at most the policy's number a year. Spending is held to the approved budget on the posting path (policy control:\nstop, warn or off). budget final prepares the year's final accounts for the same chain; report final-accounts prints them.",
                                   examples: ["gonghui budget import 2026年预算.csv --year 2026", "gonghui budget execution --month 2026-06"]),
        subcommands: [Import.self, Adjust.self, Approve.self, Show.self, History.self, Execution.self, Final.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: L("导入年初预算草稿", "Draft the year's budget from a CSV or XLSX file"),
            discussion: helpDiscussion("列（中英文均可，顺序不限）：科目编码/code、类别/category（收入/基本支出/项目支出 或 revenue/basic/project）、项目/project（仅项目支出）、本年预算数/budget、说明/note。科目名称和上年决算数从账套读取；没有科目编码和类别的行（合计行）跳过，因此 budget show --format csv|xlsx 的输出可以读回。尚无任何审批步骤的草稿会被新的导入替换。",
                                   "Columns (either language, any order): code, category (revenue/basic/project or the Chinese names),\nproject (project spending only), budget, note. Account names and last year's actuals are read from the books; rows without a\ncode and a category (total rows) are skipped, so budget show --format csv|xlsx reads back. A draft no step has approved\nyet is replaced by a new import.",
                                   examples: ["gonghui budget import 2026年预算.csv --year 2026", "gonghui budget import 预算.xlsx --sheet 预算表"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("预算文件（UTF-8 或 GB18030 编码的 CSV，或 XLSX）。", "The budget file (CSV in UTF-8 or GB18030, or XLSX).")) var file: String
        @Option(help: L("预算年度（默认今年）。", "The budget year (default: this year).")) var year: Int?

        func run() throws {
            let (book, policy, year) = try global.openBudget(year: year)
            let sheet = try book.draft(rows: try BudgetFile.readAny(path: file, displayName: file, encoding: global.encoding.encoding),
                                       file: file, year: year, reason: nil, policy: policy)
            try global.emit(try .budgetSheet(sheet, language: global.language))
        }
    }

    struct Adjust: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "adjust",
            abstract: L("导入预算调整草稿（须说明理由）", "Draft an adjustment of the approved budget, with its reason"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui budget adjust 2026年调整预算.csv --reason 追加职工困难帮扶 --year 2026"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("调整后的预算（调整后整份预算，列与 budget import 相同）。", "The adjusted budget (the whole budget as it should stand, same columns as budget import).")) var file: String
        @Option(help: L("调整预算的理由。", "Why the budget is adjusted.")) var reason: String
        @Option(help: L("预算年度（默认今年）。", "The budget year (default: this year).")) var year: Int?

        func run() throws {
            let (book, policy, year) = try global.openBudget(year: year)
            let sheet = try book.draft(rows: try BudgetFile.readAny(path: file, displayName: file, encoding: global.encoding.encoding),
                                       file: file, year: year, reason: reason, policy: policy)
            try global.emit(try .budgetSheet(sheet, language: global.language))
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve",
            abstract: L("登记审批步骤：经审会审查、委员会审议通过、上级工会备案或批复", "Record the next step of the approval chain"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui budget approve --step review_committee --by 李华 --meeting 第三届第5次经审会会议 --date 2026-01-10 --year 2026", "gonghui budget approve --step committee --by 王明 --meeting 第三届第5次委员会会议 --date 2026-01-12 --final --year 2026"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("review_committee 经审会、committee 工会委员会、higher_union 上级工会。", "review_committee (the funds-review committee), committee (the union committee), higher_union (the higher union).")) var step: ApprovalStepOption
        @Option(help: L("代表该机构签字的人。", "Who signed for the body.")) var by: String
        @Option(help: L("会议：届次/会议，如 第三届第5次委员会会议。", "The meeting (term and session), e.g. 第三届第5次委员会会议.")) var meeting: String
        @Option(help: L("作出决定的日期，YYYY-MM-DD。", "The day of the decision, YYYY-MM-DD.")) var date: String
        @Option(help: L("记录的意见。", "The opinion recorded.")) var opinion: String = ""
        @Option(help: L("预算年度（默认今年）。", "The budget year (default: this year).")) var year: Int?
        @Flag(help: L("审批年度决算而非预算。", "Approve the year's final accounts instead of its budget.")) var final = false

        func run() throws {
            let (book, policy, year) = try global.openBudget(year: year)
            let outcome = try book.approve(year: year, subject: final ? .finalAccounts : .budget, step: step.step,
                                           date: try LocalDate(parsing: date), signer: by, meeting: meeting, opinion: opinion, policy: policy)
            let l = global.language
            let what = final ? l.pick("\(year) 年决算（第 \(outcome.number) 稿）", "\(year) final accounts (revision \(outcome.number))")
                             : outcome.number == 0 ? l.pick("\(year) 年年初预算", "\(year) original budget")
                                                   : l.pick("\(year) 年第 \(outcome.number) 次预算调整", "\(year) adjustment \(outcome.number)")
            let label = BudgetApproval(step: step.step, date: try LocalDate(parsing: date), signer: by, meeting: meeting, opinion: opinion,
                                       mode: step.step == .higherUnion ? policy.higherUnionMode : nil).stepLabel(.zh)
            global.say("\(what)：已登记“\(label)”\(outcome.approved ? "，审批完成，已锁定" : "")",
                       "\(what): \(step.step.rawValue) recorded\(outcome.approved ? "; approval complete, locked" : "")")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show",
            abstract: L("预算表（上年决算数、本年预算数；调整后含年初数与调整数）", "A budget version as its form prints it"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui budget show --year 2026", "gonghui budget show --year 2026 --budget-version 0 --format xlsx --output 预算表.xlsx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("预算年度（默认今年）。", "The budget year (default: this year).")) var year: Int?
        @Option(name: .customLong("budget-version"),
                help: L("预算版本：0 为年初预算，n 为第 n 次调整（默认最新）。", "The budget version: 0 the original, n the nth adjustment (default: the latest)."))
        var budgetVersion: Int?
        /// The option's earlier name, still accepted; hidden so the help lists `--version` once
        /// (ArgumentParser's: the program's version).
        @Option(name: .customLong("version"), help: ArgumentHelp(visibility: .private)) var version: Int?

        func validate() throws {
            if budgetVersion != nil && version != nil {
                throw ValidationError(L("--budget-version 与 --version 只能给一个", "give --budget-version or --version, not both"))
            }
        }

        func run() throws {
            let (book, policy, year) = try global.openBudget(year: year)
            try global.emit(try .budgetSheet(try book.sheet(year: year, number: budgetVersion ?? version, policy: policy), language: global.language))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: L("预算版本与审批记录", "Every version and approval step of a year"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui budget history --year 2026"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("预算年度（默认今年）。", "The budget year (default: this year).")) var year: Int?

        func run() throws {
            let (book, _, year) = try global.openBudget(year: year)
            try global.emit(try .budgetHistory(try book.versions(year: year), finalAccounts: try book.store.finalAccounts(books: book.books.organisation, year: year),
                                               organisationName: book.books.organisation.name, year: year, language: global.language))
        }
    }

    struct Execution: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "execution",
            abstract: L("预算执行情况：年初数、调整后数、执行数、余额、执行率、逐月执行", "Budget execution through a month or for a year"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui budget execution --month 2026-06", "gonghui budget execution --year 2026 --format xlsx --output 预算执行.xlsx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("截至此月，YYYY-MM（默认有凭证的最后一个月）。", "Through this month, YYYY-MM (default: the last month with vouchers).")) var month: String?
        @Option(help: L("全年，YYYY。", "The whole year, YYYY.")) var year: Int?

        func validate() throws {
            if month != nil && year != nil { throw ValidationError(L("--month 与 --year 只能选一个", "give --month or --year, not both")) }
        }

        func run() throws {
            let books = try global.openBooks()
            let through: YearMonth
            if let year {
                guard YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year)") }
                through = YearMonth(ordinal: year * 12 + 11)
            } else {
                through = try books.reportRange(from: nil, to: month).to
            }
            let (book, policy, _) = try global.openBudget(year: through.year, books: books)
            let execution = try book.execution(through: through, policy: policy, language: global.language)
            try global.emit(try .budgetExecution(execution, flags: try book.flags(through: through), organisationName: books.organisation.name,
                                                 language: global.language))
        }
    }

    struct Final: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "final",
            abstract: L("编制年度决算（报经审会审查、委员会通过）", "Prepare the year's final accounts for the approval chain"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui budget final --year 2026"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("年度，YYYY。", "The year, YYYY.")) var year: Int

        func run() throws {
            let (book, policy, year) = try global.openBudget(year: year)
            let record = try book.prepareFinalAccounts(year: year, policy: policy)
            global.say("\(year) 年决算第 \(record.revision) 稿已编制：收入 \(record.figures.revenue.formatted())，支出 \(record.figures.spending.formatted())，年末结转结余 \(record.figures.closingBalance.formatted())；待审批",
                       "\(year) final accounts revision \(record.revision) prepared: revenue \(record.figures.revenue.formatted()), spending \(record.figures.spending.formatted()), closing balance \(record.figures.closingBalance.formatted()); awaiting approval")
        }
    }
}

enum ApprovalStepOption: String, ExpressibleByArgument, CaseIterable {
    case reviewCommittee = "review_committee", committee, higherUnion = "higher_union"
    var step: ApprovalStep { ApprovalStep(rawValue: rawValue) ?? .committee }
}

extension GlobalOptions {
    /// The budgets of the chosen books, the policy's `budget` section for the year, and the year
    /// (given, or the current one).
    func openBudget(year: Int?, books: (any Books)? = nil) throws -> (book: BudgetBook, policy: BudgetPolicy, year: Int) {
        let stores = try openStores()
        let database = stores.booksStore
        let chosen = try year ?? clock.today().year
        guard YearMonth.yearRange.contains(chosen) else { throw LedgerError.monthMustBeValid(value: "\(chosen)") }
        let policy = try BudgetPolicy.inForce(policy: try stores.policies.current(), year: chosen)
        let books = try books ?? database.books(for: org, user: userName)
        return (BudgetBook(store: stores.budgets, books: books), policy, chosen)
    }

    /// What `close --year` asks before it locks a year: its prepared final accounts still agree
    /// with the books (`finalAccountsMustAgreeWithBooks`).
    func requireFinalAccountsAgree(year: Int, books: any Books) throws {
        let (book, policy, _) = try openBudget(year: year, books: books)
        try book.requireFinalAccountsAgree(year: year, policy: policy, language: language)
    }
}
