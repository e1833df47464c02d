import ArgumentParser
import LedgerCore
import Reporting
import UnionCore
import UnionSQLite
import UnionStores
import UnionStatements

extension ReportCommand {
    struct ConsolidatedCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "consolidated",
            abstract: L("汇总会计报表：联合会及其下级工会的资产负债表、收入支出表（含抵销明细表）。",
                        "Consolidated balance sheet and revenue and expenditure statement of a federation and the unions below it in this store, with the elimination schedule."),
            discussion: helpDiscussion("""
            联合会（--org）及登记在其下、账套在本文件中的各级工会（--levels 限定层数，默认全部），按科目逐项相加，\
            抵销上下级之间的 应收下级经费/应付上级经费、补助下级支出/上级补助收入、应付下级补助/应收上级补助、\
            应付下级转拨经费/应收上级转拨经费。抵销明细表逐对列示；双方不一致的差额作为发现列出，不抵销。\
            下级账套不在本文件的，列为"未在本账簿中"。汇总资产负债表不平衡时退出码为 1。
            """, """
            The federation (--org) and every organisation below it in the register whose books are in this store, \
            down --levels levels (default: all): their balance sheets and revenue and expenditure statements added up \
            account by account, with receivables from lower unions against payables to higher unions, grants to lower \
            unions against grants from higher unions, grants payable against grants receivable, and pass-downs payable \
            against pass-downs receivable between them eliminated. The schedule lists each pair; a difference between the two sides is a finding and \
            is not eliminated. Organisations below without books here are listed as not in the store. Exit 1 when the \
            consolidated balance sheet does not balance.
            """, examples: ["gonghui report consolidated --org XF --year 2026",
                            "gonghui report consolidated --org XF --year 2026 --levels 1 --format xlsx --output 汇总报表.xlsx"]))
        @OptionGroup var global: GlobalOptions

        @Option(help: L("年度，YYYY。", "The year, YYYY."))
        var year: Int

        @Option(help: L("汇总到联合会以下几级（默认全部）。", "How many levels below the federation to take in (default: all)."))
        var levels: Int?

        @Option(name: .customLong("amount-unit"),
                help: L("金额单位：yuan 元（精确）或 wan 万元（精确到 0.01）。", "Amounts in yuan (exact) or wan (ten thousand yuan, to 0.01)."))
        var amountUnit: StatementUnitOption?

        /// The old spelling, kept hidden for scripts: `--unit` names a unit (an organisation) everywhere else.
        @Option(name: .customLong("unit"), help: .hidden)
        var deprecatedUnit: StatementUnitOption?

        var unit: StatementUnitOption { amountUnit ?? deprecatedUnit ?? .yuan }

        func validate() throws {
            if let levels, levels < 0 { throw ValidationError(L("--levels 不能为负：\(levels)", "--levels cannot be negative: \(levels)")) }
        }

        func run() throws {
            guard YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year)") }
            let stores = try global.openStores()
            let database = stores.booksStore
            let register = try stores.organisations.organisations()
            let federation = try global.organisationCode(global.org, in: stores) ?? Self.onlyFederation(in: register)
            let statements = try ConsolidatedStatements.make(store: database, register: register, federation: federation, year: year,
                                                             levels: levels, user: global.userName, language: global.language)
            try global.emit(.consolidated(statements, unit: unit.unit, language: global.language))
            if !statements.balances { throw CommandFailed(exitCode: 1) }
        }

        /// Without --org: the store's only federation keeping books.
        static func onlyFederation(in register: [RegisteredOrganisation]) throws -> String {
            let federations = register.filter { $0.keepsBooks && FederationKind.isFederation($0.kind) }.map(\.code).sorted()
            guard federations.count == 1, let only = federations.first else {
                throw LedgerError.organisationMustBeChosen(available: register.filter(\.keepsBooks).map(\.code).sorted().joined(separator: ", "))
            }
            return only
        }
    }
}
