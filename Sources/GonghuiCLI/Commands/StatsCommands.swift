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

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: L("统计：入会率", "Statistics: membership"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui stats membership --as-of 2026-06-30"]), subcommands: [Membership.self])

    struct Membership: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "membership",
            abstract: L("入会率与实名制率，按单位与用工形式，对照目标", "Membership and real-name rates against targets"),
            discussion: helpDiscussion("各单位职工人数：已导入工资总额申报的取申报人数，否则取 `org set --unit C --employees N`。各类单位的目标来自现行政策（membership_targets）。",
                                   "Employees per unit: payroll declarations' headcount where imported, else `org set --unit C --employees N`.\nTargets per organisation kind come from the policy in force (membership_targets).",
                                   examples: ["gonghui stats membership --as-of 2026-06-30", "gonghui stats membership --unit U001"]))
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("as-of"), help: L("日期，YYYY-MM-DD（默认今天）。", "Date, YYYY-MM-DD (default: today).")) var asOf: String?
        @Option(help: L("只看此单位。", "Only this unit.")) var unit: String?

        func run() throws {
            let stores = try global.openStores()
            let date = try asOf.map { try LocalDate(parsing: $0) } ?? global.clock.today()
            let targets = try MembershipTargets.inForce(policies: stores.policies, on: date)
            let unit = try global.organisationCode(unit, in: stores)
            if let unit, try !stores.organisations.organisations().contains(where: { $0.code == unit }) {
                throw MembershipError.unitMustBeRegistered(code: NationalID.maskingNumbers(in: unit))
            }
            let statistics = try MembershipStatistics.compute(members: stores.members, organisations: stores.organisations,
                                                              asOf: date, unit: unit) { targets[$0] }
            try global.emit(.membershipStatistics(statistics, language: global.language))
        }
    }
}
