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

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "统计 (statistics): membership.", subcommands: [Membership.self])

    struct Membership: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "入会率与实名制率，按单位与用工形式，对照目标 (membership and real-name rates against targets).",
            discussion: """
            Employees per unit: payroll declarations' headcount where imported, else `org set --code C --employees N`.
            Targets per organisation kind come from the policy in force (membership_targets).
            """)
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("as-of"), help: "Date, YYYY-MM-DD (default: today).") var asOf: String?
        @Option(help: "Only this unit.") var unit: String?

        func run() throws {
            let stores = UnionSQLiteStores(database: try global.openDatabase())
            let date = try asOf.map { try LocalDate(parsing: $0) } ?? global.clock.today()
            let targets = try MembershipTargets.inForce(policies: stores.policies, on: date)
            if let unit, try !stores.organisations.organisations().contains(where: { $0.code == unit }) {
                throw MembershipError.unitMustBeRegistered(code: NationalID.maskingNumbers(in: unit))
            }
            let statistics = try MembershipStatistics.compute(members: stores.members, organisations: stores.organisations,
                                                              asOf: date, unit: unit) { targets[$0] }
            try global.emit(.membershipStatistics(statistics, language: global.language))
        }
    }
}
