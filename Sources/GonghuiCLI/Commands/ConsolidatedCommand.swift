import ArgumentParser
import LedgerCore
import Reporting
import UnionCore
import UnionSQLite
import UnionStatements

extension ReportCommand {
    struct ConsolidatedCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "consolidated",
            abstract: "汇总会计报表（含抵销明细表）(consolidated 01表 and 02表 of a federation and the unions below it in this store).",
            discussion: """
            The federation (--org) and every organisation below it in the register whose books are in this store, \
            down --levels levels (default: all): their 资产负债表 and 收入支出表 added up account by account, with \
            应收下级经费/应付上级经费, 补助下级支出/上级补助收入, 应付下级补助/应收上级补助 and 应付下级转拨经费/应收上级转拨经费 \
            between them eliminated. The schedule lists each pair; a difference between the two sides is a finding and \
            is not eliminated. Organisations below without books here are listed as not in the store. Exit 1 when the \
            consolidated balance sheet does not balance.
            """)
        @OptionGroup var global: GlobalOptions

        @Option(help: "The year, YYYY.")
        var year: Int

        @Option(help: "How many levels below the federation to take in (default: all).")
        var levels: Int?

        @Option(help: "Amounts in yuan (元, exact) or wan (万元 to 0.01).")
        var unit: StatementUnitOption = .yuan

        func validate() throws {
            if let levels, levels < 0 { throw ValidationError("--levels 不能为负 (--levels cannot be negative): \(levels)") }
        }

        func run() throws {
            guard YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year)") }
            let database = try global.openDatabase()
            let register = try UnionSQLiteStores(database: database).organisations.organisations()
            let federation = try global.org ?? Self.onlyFederation(in: register)
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
