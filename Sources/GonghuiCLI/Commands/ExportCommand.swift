import ArgumentParser
import Foundation
import LedgerCore
import LedgerExport

/// `gonghui export`: the whole journal as an hledger journal, a beancount ledger or a CSV file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L("导出全部记账凭证分录：hledger、beancount 或 CSV 格式", "Export the journal to hledger, beancount or CSV"),
            discussion: helpDiscussion("每张凭证的每条分录，附凭证号（记-2026-01-003）、日期、摘要、专项资金、预算项目、往来单位；红字冲销保持负数。hledger 账户名为「资产:102 银行存款:10201 …」，beancount 为「Assets:102:10201」（中文名在 open 的元数据里）。各账户分录合计等于科目余额表的期末余额（借减贷）。",
                                   "Every posting of every voucher, with its label, date, summary, fund, budget line and counterparty;\nred-ink reversals stay negative. Account names end in their codes, so `voucher import` maps\n`hledger print -O csv` output back.",
                                   examples: ["gonghui export --to hledger --output 账本.journal", "gonghui export --to beancount --year 2026 --output books.beancount"]))

    @OptionGroup var global: GlobalOptions

    @Argument(help: L("目标格式：hledger、beancount、csv（也可写 --to FORMAT）。", "Target format: hledger, beancount, csv (or --to FORMAT)."))
    var target: String?

    @Option(name: .long, parsing: .singleValue,
            help: L("目标格式 hledger|beancount|csv，或最后一个月 YYYY-MM。", "Target format hledger|beancount|csv, or the last month YYYY-MM."))
    var to: [String] = []

    @Option(help: L("第一个月，YYYY-MM（默认有凭证的第一个月）。", "First month, YYYY-MM (default: the first with vouchers)."))
    var from: String?

    @Option(help: L("一个年度，YYYY（一月至十二月）。", "One year, YYYY (January to December)."))
    var year: Int?

    func run() throws {
        let language = global.language
        let formats = ([target].compactMap { $0 } + to).compactMap { JournalFormat(rawValue: $0.lowercased()) }
        let months = to.filter { JournalFormat(rawValue: $0.lowercased()) == nil }
        guard formats.count == 1 else {
            throw ValidationError(language.pick("请用 --to 指定一种导出格式：hledger、beancount 或 csv",
                                                "give one export format with --to: hledger, beancount or csv"))
        }
        if let target, JournalFormat(rawValue: target.lowercased()) == nil {
            throw ValidationError(language.pick("未知的导出格式：\(target)（可选 hledger、beancount、csv）",
                                                "unknown export format: \(target) (hledger, beancount or csv)"))
        }
        guard months.count <= 1 else {
            throw ValidationError(language.pick("--to 只能给一个月份", "--to takes one month"))
        }
        var first = try from.map { try YearMonth(parsing: $0) }
        var last = try months.first.map { try YearMonth(parsing: $0) }
        if let year {
            guard first == nil, last == nil else {
                throw ValidationError(language.pick("--year 不能与 --from/--to 月份同用", "--year cannot be combined with --from/--to months"))
            }
            first = try YearMonth(year: year, month: 1)
            last = try YearMonth(year: year, month: 12)
        }
        let books = try global.openBooks()
        let sink = try global.output.map { try ExportSink(path: $0) } ?? ExportSink()
        // Progress only while the journal goes to a file or a pipe: on the terminal it would tear the text.
        let observer = global.output == nil && isatty(STDOUT_FILENO) != 0 ? nil : ImportProgress.observer
        let summary = try ImportProgress.scope.withValue(observer) {
            try JournalExport.write(formats[0], books: books, from: first, to: last, into: sink)
        }
        if let output = global.output {
            global.say("已导出 \(summary.vouchers) 张凭证、\(summary.postings) 条分录到 \(output)",
                       "exported \(summary.vouchers) vouchers, \(summary.postings) postings to \(output)")
        }
    }
}
