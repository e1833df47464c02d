import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite
import UnionStores

struct ArrearsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrears", abstract: L("下级单位欠缴经费、滞纳金与催缴状态", "Units' arrears, late fees and enforcement"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui arrears show --as-of 2026-06-30 --aging", "gonghui arrears status --unit U001 --set notice --date 2026-07-01"]),
        subcommands: [Show.self, Status.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("欠缴经费表", "Arrears by unit, with totals"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui arrears show --as-of 2026-06-30", "gonghui arrears show --unit U001 --aging"]))
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("as-of"), help: L("日期，YYYY-MM-DD（默认今天）。", "Date, YYYY-MM-DD (default today).")) var asOf: String?
        @Flag(help: L("加列账龄表（≤3、4–6、7–12、>12 个月）。", "Add the aging table (≤3, 4–6, 7–12, >12 months).")) var aging = false
        @Option(help: L("只看一个单位（单位编码）。", "One unit's code.")) var unit: String?
        @Option(help: L("只看此单位以下的单位（如街道、乡镇总工会）。", "Only units below this organisation (a street or town federation, say).")) var level: String?
        @Option(help: L("排列：amount 按欠缴额从大到小（默认）；register 按单位登记顺序，边算边输出（大名册不必等全部算完）。",
                        "Order: amount, largest outstanding first (default); register, the order units were registered, written as they are worked out (a large register need not wait for all of them).")) var order: ArrearsOrder = .amount

        func run() throws {
            let stores = try global.openStores()
            let ledger = try arrearsLedger(global, stores)
            let date = try global.asOfDate(asOf)
            let names = OrganisationNames(stores)
            let federationName = try ledger.federationName(code: try names.code(global.org))
            let under = try names.code(level)
            if order == .register, unit == nil {
                // Checked before the first byte goes out: the feed itself runs as the report is written.
                try ledger.checkArrears(under: under)
                try global.emit(.arrearsInRegisterOrder(asOf: date, federationName: federationName, aging: aging, language: global.language) { emit in
                    try ledger.forEachUnitArrears(asOf: date, under: under, emit)
                })
                return
            }
            let summary = try ledger.arrears(asOf: date, unit: try names.code(unit), under: under)
            try global.emit(.arrears(summary, federationName: federationName, aging: aging, language: global.language))
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status",
            abstract: L("登记催缴进度：未催缴、已发催缴通知、已申请支付令、已申请强制执行", "Record enforcement: none, notice, payment-order, enforced"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui arrears status --unit U001 --set notice --date 2026-07-01"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("单位编码。", "Unit code.")) var unit: String
        @Option(name: .customLong("set"), help: L("none 未催缴、notice 已发催缴通知、payment-order 已申请支付令、enforced 已申请强制执行（代码或中文）。", "none, notice, payment-order, enforced (or their Chinese names).")) var status: String
        @Option(help: L("该步骤的日期，YYYY-MM-DD。", "Date of the step, YYYY-MM-DD.")) var date: String

        func run() throws {
            let stores = try global.openStores()
            let ledger = try arrearsLedger(global, stores)
            let unit = try global.organisationCode(unit, in: stores) ?? unit
            let parsed = try EnforcementStatus(parsing: status)
            try ledger.setStatus(unit: unit, to: parsed, on: try LocalDate(parsing: date))
            global.say("已登记 \(unit)：\(parsed.name(in: .zh))（\(date)）", "Recorded for \(unit): \(parsed.name(in: .en)) (\(date))")
        }
    }
}

/// How `arrears show` orders its units.
enum ArrearsOrder: String, ExpressibleByArgument, CaseIterable {
    case amount, register
}

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: L("工会经费催缴通知书（Markdown 或 HTML）", "Dunning notices, Markdown or HTML"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui notice --unit U001 --format html --output 催缴通知书.html", "gonghui notice --all --min-outstanding 1000 --dir 通知书 --format md"]))
    @OptionGroup var global: GlobalOptions
    @Option(help: L("只看一个单位（单位编码）。", "One unit's code.")) var unit: String?
    @Flag(help: L("欠缴额不低于 --min-outstanding 的每个单位；每个单位一个文件，写入 --dir。", "Every unit owing at least --min-outstanding; one file per unit in --dir.")) var all = false
    @Option(name: .customLong("min-outstanding"), help: L("与 --all 同用：最低欠缴额，单位元。", "With --all: the least outstanding amount, in yuan.")) var minOutstanding: String = "0.01"
    @Option(help: L("与 --all 同用：通知书存放的文件夹。", "With --all: the folder for the notices.")) var dir: String?
    @Option(name: .customLong("as-of"), help: L("日期，YYYY-MM-DD（默认今天）。", "Date, YYYY-MM-DD (default today).")) var asOf: String?

    func validate() throws {
        guard (unit != nil) != all else { throw ValidationError(L("请给出 --unit 单位编码或 --all 之一", "give --unit C or --all")) }
        if all && dir == nil { throw ValidationError(L("--all 须与 --dir 一起使用", "--all needs --dir")) }
    }

    func run() throws {
        if let dir { try OutputTarget.prepareFolder(dir, creating: false) }
        let stores = try global.openStores()
        let ledger = try arrearsLedger(global, stores)
        let date = try global.asOfDate(asOf)
        let rule = ledger.lateFeeRule(on: date, language: global.language)
        if let unit = try global.organisationCode(unit, in: stores) {
            let arrears = try ledger.notice(unit: unit, asOf: date)
            try global.emit(.dunningNotice(arrears, asOf: date, payee: try ledger.payee(of: unit), lateFeeRule: rule, language: global.language))
            return
        }
        guard let dir else { return }
        let least = try Money(parsing: minOutstanding)
        let format: OutputFormat = global.format == .html ? .html : .md
        try OutputTarget.prepareFolder(dir)
        var paths: [String: String] = [:]
        var payees: NoticePayees?
        // Every path checked before the first notice is written: a refusal leaves the folder as it was.
        let written = try ledger.forEachNotice(asOf: date, least: least, codes: { codes, payeeAccounts in
            let names = NoticeFileNames.names(for: codes, suffix: format == .html ? "html" : "md")
            for code in codes {
                let path = (dir as NSString).appendingPathComponent(names[code, default: code])
                try ReportFile.check(path, protecting: [global.databasePath])
                paths[code] = path
            }
            payees = payeeAccounts
        }) { arrears in
            // Only the codes just named and checked come back.
            guard let path = paths[arrears.code] else {
                throw StoreError.storage(message: "notice for \(arrears.code): no file was named for it")
            }
            let report = try Report.dunningNotice(arrears, asOf: date, payee: try payees?.payee(of: arrears.code), lateFeeRule: rule,
                                                  language: global.language)
            try ReportFile.write(Data(try report.rendered(as: format).utf8), to: path, protecting: [global.databasePath])
        }
        global.say("已生成 \(written) 份催缴通知书：\(dir)", "\(written) notices written to \(dir)")
    }
}

/// The arrears ledger over the file named by the global options, under the file's policy.
func arrearsLedger(_ global: GlobalOptions, _ stores: (any UnionStores)? = nil) throws -> ArrearsLedger {
    let store = try (stores ?? global.openStores()).allocation
    return ArrearsLedger(store: store, user: global.userName, policy: try store.policy())
}
