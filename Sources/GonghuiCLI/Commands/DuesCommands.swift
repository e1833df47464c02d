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

struct DuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues",
        abstract: L("会费：核定、收缴、欠缴", "Member dues: assess, collect, arrears"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui dues assess --month 2026-03", "gonghui dues collect --month 2026-03"]),
        subcommands: [Assess.self, Collect.self, Show.self, Arrears.self]
    )

    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assess",
            abstract: L("核定一个月的会费", "Assess a month's dues"),
            discussion: helpDiscussion("会费 = ⌊工资基数 ÷ 10⌋ × 10 × 0.5%（以现行政策为准），四舍五入到分；保留会籍的会员不缴。\n同一月份重复核定不改变任何内容，只是未缴的核定数会随追溯的工资或状态变动而更新。\n不记账：会费收入在收缴时入账。",
                                   "Dues = ⌊wage base ÷ 10⌋ × 10 × 0.5% (per the policy in force), half-up to the fen; retained members pay nothing.\nAssessing a month twice changes nothing, except that unpaid assessments follow a back-dated wage or status change.\nNothing is posted: dues revenue is booked when collected.",
                                   examples: ["gonghui dues assess --month 2026-03"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("月份，YYYY-MM。", "The month, YYYY-MM.")) var month: String

        func run() throws {
            let (dues, policies) = try global.openDues()
            let period = try YearMonth(parsing: month)
            let rule = try DuesRule.inForce(policies: policies, month: period)
            let outcome = try dues.assess(month: period, rule: rule)
            try global.emit(try .duesAssessment(outcome, lines: try dues.lines(month: period), month: period, rule: rule,
                                                organisationName: dues.books.organisation.name, language: global.language))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("会费核定表：应缴、已缴、未缴", "A month's dues per member"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui dues show --month 2026-03", "gonghui dues show --month 2026-03 --format xlsx --output 会费.xlsx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("月份，YYYY-MM。", "The month, YYYY-MM.")) var month: String

        func run() throws {
            let (dues, policies) = try global.openDues()
            let period = try YearMonth(parsing: month)
            try global.emit(try .duesAssessment(nil, lines: try dues.lines(month: period), month: period,
                                                rule: try DuesRule.inForce(policies: policies, month: period),
                                                organisationName: dues.books.organisation.name, language: global.language))
        }
    }

    struct Collect: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "collect",
            abstract: L("收缴会费并记账", "Record dues paid and post them"),
            discussion: helpDiscussion("不带 --file：该月所有已核定未缴的会费作为一批工资代扣。\n带 --file：按文件所列缴款记账，表头 会员编号,金额,缴费方式[,缴费日期][,所属月份] 或 member_no,amount,method[,paid_on][,month]；缴费方式 payroll/bank（银行存款）或 cash（库存现金）。\n记 借 银行存款/库存现金 贷 会费收入，每个缴费日期一张凭证，在一个事务中完成。",
                                   "Without --file: a payroll-deduction batch of everything assessed and unpaid for the month.\nWith --file: the payments listed, header member_no,amount,method[,paid_on][,month]\n(or the Chinese headers); method payroll/bank (bank deposits) or cash.\nPosts debit bank or cash, credit dues revenue, one voucher per payment date, in one transaction.",
                                   examples: ["gonghui dues collect --month 2026-03", "gonghui dues collect --month 2026-03 --file 会费缴款.csv"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("会费所属月份，YYYY-MM。", "The month the dues are for, YYYY-MM.")) var month: String
        @Option(help: L("实际缴款明细 CSV。", "A CSV of actual payments.")) var file: String?
        @Option(help: L("凭证日期，YYYY-MM-DD（默认该月最后一天）。", "Voucher date, YYYY-MM-DD (default: the month's last day).")) var date: String?
        @Option(help: L("银行存款科目编码（默认科目表中的银行存款，角色 bank）。", "Bank account code (default: the chart's bank account, role bank).")) var bank: String?
        @Option(help: L("库存现金科目编码（默认科目表中的库存现金，角色 cash）。", "Cash account code (default: the chart's cash account, role cash).")) var cash: String?

        func run() throws {
            let (dues, _) = try global.openDues()
            let period = try YearMonth(parsing: month)
            let day = try date.map { try LocalDate(parsing: $0) } ?? LocalDate(year: period.year, month: period.month, day: period.dayCount)
            let accounts = try DuesAccounts(roles: try dues.books.chartRoles(), bank: try bank.map { try AccountCode($0) },
                                            cash: try cash.map { try AccountCode($0) })
            let outcome = try dues.collect(month: period, date: day, file: file.map { ($0, $0) }, encoding: global.encoding.encoding,
                                           accounts: accounts)
            if let previous = outcome.alreadyImported {
                return global.sayRecognised(previous)
            }
            try global.emit(.duesCollection(outcome, language: global.language))
        }
    }

    struct Arrears: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "arrears",
            abstract: L("会费欠缴：每人欠缴月份与金额，连续6个月未缴提示", "Unpaid dues per member"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui dues arrears --as-of 2026-06-30"]))
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("as-of"), help: L("日期，YYYY-MM-DD（默认今天）；到此日已结束的月份计入。", "Date, YYYY-MM-DD (default: today); months ended by then count.")) var asOf: String?

        func run() throws {
            let (dues, _) = try global.openDues()
            let date = try asOf.map { try LocalDate(parsing: $0) } ?? global.clock.today()
            try global.emit(try .duesArrears(try dues.arrears(asOf: date), asOf: date, organisationName: dues.books.organisation.name,
                                             language: global.language))
        }
    }
}

extension GlobalOptions {
    /// The dues of the chosen books, and the policy store of their file.
    fileprivate func openDues() throws -> (dues: MemberDues, policies: any PolicyStore) {
        let stores = try openStores()
        let database = stores.booksStore
        return (MemberDues(store: stores.dues, books: try database.books(for: org, user: userName)), stores.policies)
    }
}
