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

struct DuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues",
        abstract: "会费 (member dues): assess, collect, arrears.",
        subcommands: [Assess.self, Collect.self, Show.self, Arrears.self]
    )

    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "核定一个月的会费 (assess a month's dues).",
            discussion: """
            Dues = ⌊wage base ÷ 10⌋ × 10 × 0.5% (per the policy in force), half-up to the fen; retained members pay nothing.
            Assessing a month twice changes nothing, except that unpaid assessments follow a back-dated wage or status change.
            Nothing is posted: dues revenue is booked when collected.
            """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "The month, YYYY-MM.") var month: String

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
        static let configuration = CommandConfiguration(abstract: "会费核定表：应缴、已缴、未缴 (a month's dues per member).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The month, YYYY-MM.") var month: String

        func run() throws {
            let (dues, policies) = try global.openDues()
            let period = try YearMonth(parsing: month)
            try global.emit(try .duesAssessment(nil, lines: try dues.lines(month: period), month: period,
                                                rule: try DuesRule.inForce(policies: policies, month: period),
                                                organisationName: dues.books.organisation.name, language: global.language))
        }
    }

    struct Collect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "收缴会费并记账 (record dues paid and post them).",
            discussion: """
            Without --file: a payroll-deduction batch of everything assessed and unpaid for the month.
            With --file: the payments listed, header member_no,amount,method[,paid_on][,month] or
            会员编号,金额,缴费方式[,缴费日期][,所属月份]; method payroll/bank (银行存款) or cash (库存现金).
            Posts 借 银行存款/库存现金 贷 会费收入, one voucher per payment date, in one transaction.
            """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "The month the dues are for, YYYY-MM.") var month: String
        @Option(help: "A CSV of actual payments.") var file: String?
        @Option(help: "Voucher date, YYYY-MM-DD (default: the month's last day).") var date: String?
        @Option(help: "Bank account code (default: the chart's 银行存款, role bank).") var bank: String?
        @Option(help: "Cash account code (default: the chart's 库存现金, role cash).") var cash: String?

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
        static let configuration = CommandConfiguration(
            abstract: "会费欠缴：每人欠缴月份与金额，连续6个月未缴提示 (unpaid dues per member).")
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("as-of"), help: "Date, YYYY-MM-DD (default: today); months ended by then count.") var asOf: String?

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
        let database = try openDatabase()
        let stores = UnionSQLiteStores(database: database)
        return (MemberDues(store: stores.dues, books: try database.books(for: org, user: userName)), stores.policies)
    }
}
