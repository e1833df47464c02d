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

struct RemitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remit", abstract: L("经费缴款登记：单位、税务或财政缴来的 2% 经费", "Receipts of the 2% from units, the tax office or the budget"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui remit record --unit U001 --amount 12,000.00 --date 2026-04-15", "gonghui remit import 银行回单-2026-04.csv"]),
        subcommands: [Record.self, Import.self, Refund.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "record", abstract: L("登记一笔缴款", "Record one receipt"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui remit record --unit U001 --amount 12,000.00 --date 2026-04-15 --month 2026-03 --ref 回单0415"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("单位编码。", "Unit code.")) var unit: String
        @Option(help: L("金额，单位元。", "Amount in yuan.")) var amount: String
        @Option(help: L("收款日期，YYYY-MM-DD。", "Date received, YYYY-MM-DD.")) var date: String
        @Option(help: L("所缴的工资所属期（默认最早未缴的月份）。", "The payroll month it pays (default: the oldest unpaid).")) var month: String?
        @Option(help: L("收据或银行流水号（每个单位只记一次）。", "Receipt or bank reference (recorded once per unit).")) var ref: String = ""
        @Option(help: L("缴款方：unit 单位、tax 税务、fiscal 财政（默认按单位的缴费方式）。", "Who paid: unit, tax, fiscal (default: from the unit's channel).")) var payer: String?

        func run() throws {
            let stores = try global.openStores()
            let book = RemittanceBook(store: stores.allocation, user: global.userName)
            guard !ref.hasControlCharacters else { throw AllocationError.textMustBeSingleLine(field: "--ref") }
            let entry = RemittanceEntry(unit: try global.organisationCode(unit, in: stores) ?? unit, date: try LocalDate(parsing: date), amount: try Money(parsing: amount),
                                        month: try month.map { try YearMonth(parsing: $0) }, reference: ref,
                                        payer: try payer.map { try Payer(parsing: $0) })
            let outcome = try book.record(entry)
            let (returned, refunded) = (outcome.passedDown, outcome.refunded)
            try global.done(OutcomeDocument.RemitRecord(entry, outcome),
                            "已登记 \(unit) 缴款 \(entry.amount.formatted()) 元"
                                + (returned.isPositive ? "，转拨留成 \(returned.formatted()) 元" : "")
                                + (refunded.isPositive ? "，返还建会筹备金 \(refunded.formatted()) 元" : ""),
                            "Recorded \(entry.amount.formatted()) from \(unit)"
                                + (returned.isPositive ? "; \(returned.formatted()) retained share passed down" : "")
                                + (refunded.isPositive ? "; \(refunded.formatted()) of preparatory fund refunded" : ""))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: L("导入银行或税务缴款明细", "Import receipts from the bank or the tax office"),
            discussion: helpDiscussion("列：单位编码,日期,金额[,所属期][,单据号][,缴款方] 或 unit_code,date,amount[,month][,ref][,payer]。",
                                   "Columns: unit_code,date,amount[,month][,ref][,payer] (or the Chinese headers).",
                                   examples: ["gonghui remit import 银行回单-2026-04.csv"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("CSV：单位编码,日期,金额[,所属期][,单据号][,缴款方] 或 unit_code,date,amount[,month][,ref][,payer]。", "CSV: unit_code,date,amount[,month][,ref][,payer] (or the Chinese headers).")) var file: String

        func run() throws {
            let book = RemittanceBook(store: try global.openStores().allocation, user: global.userName)
            let outcome = try book.importFile(path: file, displayName: file, encoding: global.encoding.encoding)
            let document = OutcomeDocument.RemitImport(file: file, outcome)
            switch outcome {
            case .imported(let done):
                try global.done(document,
                                "导入 \(done.receipts) 笔缴款，合计 \(done.amount.formatted()) 元"
                                    + (done.refunded.isPositive ? "，返还建会筹备金 \(done.refunded.formatted()) 元" : ""),
                                "\(done.receipts) receipts, \(done.amount.formatted()) in all"
                                    + (done.refunded.isPositive ? "; \(done.refunded.formatted()) of preparatory fund refunded" : ""))
            case .alreadyImported(let name, let at):
                try global.done(document, "该文件已于 \(LocalTime.shown(at)) 导入（\(name)），未做任何改动", "This file was imported at \(LocalTime.shown(at)) (\(name)); nothing done")
            }
        }
    }

    struct Refund: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "refund",
            abstract: L("单位建会后返还筹备金", "A preparatory-fund employer formed its union: refund the fund"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui remit refund --unit U002 --date 2026-05-20 --channel self"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("单位编码。", "Unit code.")) var unit: String
        @Option(help: L("返还日期，YYYY-MM-DD。", "Date of the refund, YYYY-MM-DD.")) var date: String
        @Option(help: L("新工会 2% 经费此后的缴纳方式：self、tax-40、tax-full、fiscal（建会时适用；之后的返还不改变它）。", "How the new union's 2% is collected from now on: self, tax-40, tax-full, fiscal (on formation; a later refund leaves it)."))
        var channel: String = "self"

        func run() throws {
            let stores = try global.openStores()
            let book = RemittanceBook(store: stores.allocation, user: global.userName)
            let unit = try global.organisationCode(unit, in: stores) ?? unit
            let outcome = try book.refundPreparatoryFund(unit: unit, on: try LocalDate(parsing: date),
                                                         newChannel: try CollectionChannel(parsingNameOrCode: channel))
            let refund = outcome.refunded
            try global.done(OutcomeDocument.RemitRefund(outcome), "已返还 \(unit) 建会筹备金 \(refund.formatted()) 元",
                            "Refunded \(refund.formatted()) of preparatory fund to \(unit)")
        }
    }
}
