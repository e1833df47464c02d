import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite
import UnionStores

struct PayrollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payroll", abstract: L("工资总额申报", "Payroll declarations"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui payroll import 工资总额申报-2026-03.csv"]), subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: L("导入工资总额申报", "Import payroll declarations"),
            discussion: helpDiscussion("列：单位编码,单位名称,所属期,职工人数,工资总额[,缴费方式] 或 unit_code,unit_name,month,headcount,wage_total[,channel]。",
                                   "Columns: unit_code,unit_name,month,headcount,wage_total[,channel] (or the Chinese headers).",
                                   examples: ["gonghui payroll import 工资总额申报-2026-03.csv"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("CSV：单位编码,单位名称,所属期,职工人数,工资总额[,缴费方式] 或 unit_code,unit_name,month,headcount,wage_total[,channel]。", "CSV: unit_code,unit_name,month,headcount,wage_total[,channel] (or the Chinese headers)."))
        var file: String

        func run() throws {
            let stores = try global.openStores()
            let database = stores.booksStore
            // The window the posting path uses, from the same read of the policy.
            let window = DateWindow(today: try global.clock.today(), yearsAhead: database.dateWindowYearsAhead)
            let register = PayrollRegister(store: stores.allocation, user: global.userName, latestMonth: window.latest.yearMonth)
            let outcome = try register.importFile(path: file, displayName: file, encoding: global.encoding.encoding)
            let document = OutcomeDocument.PayrollImport(file: file, outcome)
            switch outcome {
            case .imported(let rows, let new, let corrected, let unchanged):
                try global.done(document, "导入 \(rows) 行：新申报 \(new)，更正 \(corrected)（分配时过调整凭证），与已申报一致 \(unchanged)",
                           "\(rows) rows: \(new) new, \(corrected) corrected (adjusted at allocate), \(unchanged) as already declared")
            case .alreadyImported(let name, let at):
                try global.done(document, "该文件已于 \(LocalTime.shown(at)) 导入（\(name)），未做任何改动", "This file was imported at \(LocalTime.shown(at)) (\(name)); nothing done")
            }
        }
    }
}

struct AllocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: L("按工资总额申报计提 2% 工会经费，记入本文件每一套账", "Allocate the 2% of a payroll month into every set of books in the file"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui allocate --month 2026-03"]))
    @OptionGroup var global: GlobalOptions
    @Option(help: L("工资所属期，YYYY-MM；凭证日期为其缴纳期限。", "The payroll month, YYYY-MM; vouchers are dated its due date.")) var month: String

    func run() throws {
        let store = try global.openStores().allocation
        let allocator = PayrollAllocator(store: store, user: global.userName, policy: try store.policy())
        let outcome = try allocator.allocate(month: try YearMonth(parsing: month))
        let vouchers = outcome.vouchers.values.reduce(0, +)
        let document = OutcomeDocument.Allocate(outcome)
        if outcome.allocated == 0 && outcome.adjusted == 0 {
            try global.done(document, "\(outcome.month) 没有待分配的申报，未做任何改动", "Nothing left to allocate for \(outcome.month); nothing done")
            return
        }
        try global.done(document, "\(outcome.month)：分配 \(outcome.allocated) 户，调整 \(outcome.adjusted) 户，应缴合计 \(outcome.due.formatted()) 元，记账凭证 \(vouchers) 张（\(outcome.vouchers.count) 套账）",
                   "\(outcome.month): \(outcome.allocated) allocated, \(outcome.adjusted) adjusted, due \(outcome.due.formatted()), \(vouchers) vouchers in \(outcome.vouchers.count) sets of books")
    }
}
