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
import UnionStores

struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: L("单位名册与任职记录", "Organisations and officers' terms"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org list", "gonghui org tenure list"]),
        subcommands: [Add.self, Import.self, List.self, Show.self, SetDetails.self, TenureCommand.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add",
            abstract: L("登记一个单位（不在本文件记账，如联合会的下属单位）", "Register an organisation without books here"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org add --code U001 --name 示例机械厂工会 --kind enterprise --parent ZGH --channel tax-40"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("单位编码。", "Organisation code.")) var code: String
        @Option(help: L("单位名称。", "Organisation name.")) var name: String
        @Option(help: L("单位类型：编码或中文名称（enterprise 企业、institution 事业单位、county-federation 县级总工会……）。", "Kind: a code or its Chinese name (enterprise, institution, county-federation, …).")) var kind: String
        @Option(help: L("上级单位编码（上一级工会）。", "Parent organisation's code (the next union up).")) var parent: String?
        @Option(name: .customLong("bank-name"), help: L("开户行。", "Bank name.")) var bankName: String = ""
        @Option(name: .customLong("bank-account"), help: L("账号。", "Bank account number.")) var bankAccount: String = ""
        @Option(help: L("2% 经费的缴纳方式：self 自行缴纳、tax-40 税务代收四成、tax-full 税务全额代收、fiscal 财政划拨、prep 筹备金（默认按政策中该类型的方式）。", "How the 2% is collected: self, tax-40, tax-full, fiscal, prep (default: the policy's for the kind)."))
        var channel: String?

        func run() throws {
            let stores = try global.openStores()
            let register = OrganisationRegister(store: stores.organisations, user: global.userName)
            for (option, value) in [("--code", code), ("--name", name), ("--kind", kind)] {
                guard !value.trimmingSpaces().isEmpty else { throw LedgerError.fieldMustBePresent(field: option) }
            }
            try register.add(code: code.trimmingSpaces(), name: name.trimmingSpaces(), kind: kind.trimmingSpaces(),
                             parent: try global.organisationCode(parent, in: stores), bankName: bankName, bankAccount: bankAccount,
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
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("单位名册", "List organisations"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org list", "gonghui org list --format csv --output 单位名册.csv"]))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let register = OrganisationRegister(store: try global.openStores().organisations,
                                                user: global.userName)
            try global.emit(.organisationList(try register.list(), language: global.language))
        }
    }

    struct SetDetails: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: L("修改上级单位、银行账户、缴费方式或职工人数", "Change parent, bank account, channel or employees"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org set --unit U001 --channel self", "gonghui org set --unit U001 --employees 320 --employees-from 2026-01"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("要修改的单位编码。", "The code of the organisation to change.")) var unit: String?
        /// The old spelling, kept hidden for scripts: every other command names an organisation with `--unit`.
        @Option(name: .customLong("code"), help: .hidden) var deprecatedCode: String?

        var code: String { unit ?? deprecatedCode ?? "" }

        func validate() throws {
            guard (unit ?? deprecatedCode) != nil else {
                throw ValidationError(L("缺少必填项：--unit 单位编码", "required: --unit CODE"))
            }
        }
        @Option(help: L("新的上级单位编码。", "New parent's code.")) var parent: String?
        @Option(name: .customLong("bank-name"), help: L("开户行。", "Bank name.")) var bankName: String?
        @Option(name: .customLong("bank-account"), help: L("账号。", "Bank account number.")) var bankAccount: String?
        @Option(help: L("self 自行缴纳、tax-40 税务代收四成、tax-full 税务全额代收、fiscal 财政划拨、prep 筹备金。", "self, tax-40, tax-full, fiscal, prep.")) var channel: String?
        @Option(help: L("职工人数，用于计算入会率（以工资总额申报为准）。", "The unit's employees, for the membership rate (payroll declarations take precedence)."))
        var employees: String?
        @Option(name: .customLong("employees-from"), help: L("职工人数自哪个月起适用，YYYY-MM（默认本月）。", "Month the employee count applies from, YYYY-MM (default: the current month)."))
        var employeesFrom: String?

        func run() throws {
            let stores = try global.openStores()
            let register = OrganisationRegister(store: stores.organisations, user: global.userName)
            let names = OrganisationNames(stores)
            let code = try names.code(code) ?? code
            let parent = try names.code(parent)
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
            commandName: "tenure", abstract: L("任职记录：主席、副主席、财务负责人、会计、出纳", "Officers' terms"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org tenure add --role chair --person 王明 --from 2024-01-01", "gonghui org tenure list"]),
            subcommands: [AddTenure.self, EndTenure.self, ListTenures.self])
    }

    struct AddTenure: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: L("登记任职", "Record a term"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org tenure add --role chair --person 王明 --from 2024-01-01", "gonghui org tenure add --role 出纳 --person 赵敏 --from 2024-03-01"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("chair 主席、vice-chair 副主席、finance-head 财务负责人、accountant 会计、cashier 出纳（也可写中文）。", "chair, vice-chair, finance-head, accountant, cashier (or their Chinese names).")) var role: String
        @Option(help: L("任职人姓名。", "The officer's name.")) var person: String
        @Option(help: L("任职起始日，YYYY-MM-DD。", "First day in office, YYYY-MM-DD.")) var from: String
        @Option(help: L("任职截止日，YYYY-MM-DD（在任时省略）。", "Last day in office, YYYY-MM-DD (omit while in office).")) var to: String?

        func run() throws {
            let stores = try global.openStores()
            let books = try stores.booksStore.books(for: global.org, user: global.userName)
            guard !person.trimmingSpaces().isEmpty, !person.hasControlCharacters else {
                throw LedgerError.fieldMustBePresent(field: "--person")
            }
            let register = OrganisationRegister(store: stores.organisations, user: global.userName)
            let id = try register.addTenure(
                organisation: books.organisation.code, role: try OfficerRole(parsing: role), person: person.trimmingSpaces(),
                start: try LocalDate(parsing: from), end: try to.map { try LocalDate(parsing: $0) })
            global.say("已登记任职（ID \(id)）", "Term recorded (ID \(id))")
        }
    }

    struct EndTenure: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "end", abstract: L("登记离任", "End a term"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org tenure end 1 --date 2026-06-30 --reason 任期届满"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("任职记录编号（见 gonghui org tenure list）。", "Tenure ID (see gonghui org tenure list).")) var id: Int64
        @Option(help: L("离任日期（最后在任日），YYYY-MM-DD。", "Last day in office, YYYY-MM-DD.")) var date: String?
        /// The old spelling, kept hidden for scripts: every other command's day is `--date`.
        @Option(name: .customLong("on"), help: .hidden) var deprecatedOn: String?

        func validate() throws {
            guard (date ?? deprecatedOn) != nil else {
                throw ValidationError(L("缺少必填项：--date YYYY-MM-DD", "required: --date YYYY-MM-DD"))
            }
        }
        @Option(help: L("离任原因（任期届满、调离……）。", "Why (end of term, transferred, …).")) var reason: String

        func run() throws {
            let register = OrganisationRegister(store: try global.openStores().organisations,
                                                user: global.userName)
            try register.endTenure(id: id, on: try LocalDate(parsing: date ?? deprecatedOn ?? ""), reason: reason)
            global.say("已登记离任（ID \(id)）", "Term ended (ID \(id))")
        }
    }

    struct ListTenures: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("任职记录", "List terms"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui org tenure list"]))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let stores = try global.openStores()
            let books = try stores.booksStore.books(for: global.org, user: global.userName)
            let tenures = try stores.organisations.tenures(organisation: books.organisation.code)
            try global.emit(.tenureList(tenures, organisationName: books.organisation.name, language: global.language))
        }
    }
}
