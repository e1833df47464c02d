import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite

struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "单位名册与任职记录 (organisations and officers' terms).",
        subcommands: [Add.self, Import.self, List.self, Show.self, SetDetails.self, TenureCommand.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "登记一个单位（不在本文件记账，如联合会的下属单位）(register an organisation without books here).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organisation code.") var code: String
        @Option(help: "Organisation name.") var name: String
        @Option(help: "Kind: a code or its Chinese name (enterprise 企业, institution 事业单位, county-federation 县级总工会, …).") var kind: String
        @Option(help: "Parent organisation's code (the next union up).") var parent: String?
        @Option(name: .customLong("bank-name"), help: "开户行.") var bankName: String = ""
        @Option(name: .customLong("bank-account"), help: "账号.") var bankAccount: String = ""
        @Option(help: "How the 2% is collected: self, tax-40, tax-full, fiscal, prep (default: the policy's for the kind).")
        var channel: String?

        func run() throws {
            let stores = UnionSQLiteStores(database: try global.openDatabase())
            let register = OrganisationRegister(store: stores.organisations, user: global.userName)
            for (option, value) in [("--code", code), ("--name", name), ("--kind", kind)] {
                guard !value.trimmingSpaces().isEmpty else { throw LedgerError.fieldMustBePresent(field: option) }
            }
            try register.add(code: code.trimmingSpaces(), name: name.trimmingSpaces(), kind: kind.trimmingSpaces(),
                             parent: parent, bankName: bankName, bankAccount: bankAccount,
                             channel: try channel.map { try CollectionChannel(parsing: $0) } ?? defaultChannel(stores.policies),
                             firstPeriod: try YearMonth(year: global.clock.today().year, month: 1))
            global.say("已登记单位 \(code) \(name)", "Registered \(code) \(name)")
        }

        /// The policy's channel for this kind of organisation, as `org import` gives a row without one.
        private func defaultChannel(_ policies: any PolicyStore) throws -> CollectionChannel {
            let policy = try AllocationPolicy(document: try policies.current())
            return try policy.channelTerms(on: global.clock.today())
                .channel(forKind: try OrganisationKind.resolve(kind))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "单位名册 (list organisations).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let register = OrganisationRegister(store: UnionSQLiteStores(database: try global.openDatabase()).organisations,
                                                user: global.userName)
            try global.emit(.organisationList(try register.list(), language: global.language))
        }
    }

    struct SetDetails: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "修改上级单位、银行账户、缴费方式或职工人数 (change parent, bank account, channel or employees).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organisation code.") var code: String
        @Option(help: "New parent's code.") var parent: String?
        @Option(name: .customLong("bank-name"), help: "开户行.") var bankName: String?
        @Option(name: .customLong("bank-account"), help: "账号.") var bankAccount: String?
        @Option(help: "self, tax-40, tax-full, fiscal, prep.") var channel: String?
        @Option(help: "职工人数: the unit's employees, for the membership rate (payroll declarations take precedence).")
        var employees: String?
        @Option(name: .customLong("employees-from"), help: "Month the employee count applies from, YYYY-MM (default: the current month).")
        var employeesFrom: String?

        func run() throws {
            let stores = UnionSQLiteStores(database: try global.openDatabase())
            let register = OrganisationRegister(store: stores.organisations, user: global.userName)
            var count: Int?
            if let employees {
                guard let parsed = Int(employees.trimmingSpaces()), parsed >= 0 else {
                    throw MembershipError.employeeCountMustBeWhole(value: NationalID.maskingNumbers(in: employees))
                }
                count = parsed
            }
            let from = try employeesFrom.map { try YearMonth(parsing: $0) } ?? global.currentMonth()
            let changesRegister = parent != nil || bankName != nil || bankAccount != nil || channel != nil
            if changesRegister || count == nil {
                try register.update(code: code, parent: parent, bankName: bankName, bankAccount: bankAccount,
                                    channel: try channel.map { try CollectionChannel(parsing: $0) })
            }
            if let count {
                try MemberRegister(store: stores.members, user: global.userName).setEmployees(unit: code, count: count, from: from)
            }
            global.say("已更新 \(code)", "Updated \(code)")
        }
    }

    struct TenureCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tenure", abstract: "任职记录：主席、副主席、财务负责人、会计、出纳 (officers' terms).",
            subcommands: [AddTenure.self, EndTenure.self, ListTenures.self])
    }

    struct AddTenure: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "登记任职 (record a term).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "chair, vice-chair, finance-head, accountant, cashier (or 主席 … 出纳).") var role: String
        @Option(help: "The officer's name.") var person: String
        @Option(help: "First day in office, YYYY-MM-DD.") var from: String
        @Option(help: "Last day in office, YYYY-MM-DD (omit while in office).") var to: String?

        func run() throws {
            let database = try global.openDatabase()
            let books = try database.books(for: global.org, user: global.userName)
            guard !person.trimmingSpaces().isEmpty, !person.hasControlCharacters else {
                throw LedgerError.fieldMustBePresent(field: "--person")
            }
            let register = OrganisationRegister(store: UnionSQLiteStores(database: database).organisations, user: global.userName)
            let id = try register.addTenure(
                organisation: books.organisation.code, role: try OfficerRole(parsing: role), person: person.trimmingSpaces(),
                start: try LocalDate(parsing: from), end: try to.map { try LocalDate(parsing: $0) })
            global.say("已登记任职（ID \(id)）", "Term recorded (ID \(id))")
        }
    }

    struct EndTenure: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "end", abstract: "登记离任 (end a term).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Tenure ID (see org tenure list).") var id: Int64
        @Option(help: "Last day in office, YYYY-MM-DD.") var on: String
        @Option(help: "Why (任期届满, 调离, …).") var reason: String

        func run() throws {
            let register = OrganisationRegister(store: UnionSQLiteStores(database: try global.openDatabase()).organisations,
                                                user: global.userName)
            try register.endTenure(id: id, on: try LocalDate(parsing: on), reason: reason)
            global.say("已登记离任（ID \(id)）", "Term ended (ID \(id))")
        }
    }

    struct ListTenures: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "任职记录 (list terms).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let database = try global.openDatabase()
            let books = try database.books(for: global.org, user: global.userName)
            let tenures = try UnionSQLiteStores(database: database).organisations.tenures(organisation: books.organisation.code)
            try global.emit(.tenureList(tenures, organisationName: books.organisation.name, language: global.language))
        }
    }
}
