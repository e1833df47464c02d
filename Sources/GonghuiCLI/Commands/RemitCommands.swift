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

struct RemitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remit", abstract: "经费缴款登记 (receipts of the 2% from units, the tax office or the budget).",
        subcommands: [Record.self, Import.self, Refund.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一笔缴款 (record one receipt).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Unit code.") var unit: String
        @Option(help: "Amount in yuan.") var amount: String
        @Option(help: "Date received, YYYY-MM-DD.") var date: String
        @Option(help: "The payroll month it pays (default: the oldest unpaid).") var month: String?
        @Option(help: "Receipt or bank reference (recorded once per unit).") var ref: String = ""
        @Option(help: "Who paid: unit, tax, fiscal (default: from the unit's channel).") var payer: String?

        func run() throws {
            let book = RemittanceBook(store: UnionSQLiteStores(database: try global.openDatabase()).allocation, user: global.userName)
            guard !ref.hasControlCharacters else { throw AllocationError.textMustBeSingleLine(field: "--ref") }
            let entry = RemittanceEntry(unit: unit, date: try LocalDate(parsing: date), amount: try Money(parsing: amount),
                                        month: try month.map { try YearMonth(parsing: $0) }, reference: ref,
                                        payer: try payer.map { try Payer(parsing: $0) })
            let returned = try book.record(entry)
            global.say("已登记 \(unit) 缴款 \(entry.amount.formatted()) 元" + (returned.fen > 0 ? "，转拨留成 \(returned.formatted()) 元" : ""),
                       "Recorded \(entry.amount.formatted()) from \(unit)" + (returned.fen > 0 ? "; \(returned.formatted()) retained share passed down" : ""))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "导入银行或税务缴款明细 (import receipts: unit_code,date,amount[,month][,ref][,payer]).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "CSV: unit_code,date,amount[,month][,ref][,payer] or 单位编码,日期,金额[,所属期][,单据号][,缴款方].") var file: String

        func run() throws {
            let book = RemittanceBook(store: UnionSQLiteStores(database: try global.openDatabase()).allocation, user: global.userName)
            switch try book.importFile(path: file, displayName: file, encoding: global.encoding.encoding) {
            case .imported(let receipts, let total):
                global.say("导入 \(receipts) 笔缴款，合计 \(total.formatted()) 元", "\(receipts) receipts, \(total.formatted()) in all")
            case .alreadyImported(let name, let at):
                global.say("该文件已于 \(at) 导入（\(name)），未做任何改动", "This file was imported at \(at) (\(name)); nothing done")
            }
        }
    }

    struct Refund: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "单位建会后返还筹备金 (a preparatory-fund employer formed its union: refund the fund).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Unit code.") var unit: String
        @Option(help: "Date of the refund, YYYY-MM-DD.") var date: String
        @Option(help: "How the new union's 2% is collected from now on: self, tax-40, tax-full, fiscal.") var channel: String = "self"

        func run() throws {
            let book = RemittanceBook(store: UnionSQLiteStores(database: try global.openDatabase()).allocation, user: global.userName)
            let refund = try book.refundPreparatoryFund(unit: unit, on: try LocalDate(parsing: date),
                                                        newChannel: try CollectionChannel(parsingNameOrCode: channel))
            global.say("已返还 \(unit) 建会筹备金 \(refund.formatted()) 元", "Refunded \(refund.formatted()) of preparatory fund to \(unit)")
        }
    }
}
