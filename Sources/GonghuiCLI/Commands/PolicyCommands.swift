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

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "经费政策：拨缴比例、分成、滞纳金、会费等 (the policy the books are kept under).",
        subcommands: [Show.self, SetPolicy.self, History.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "显示现行政策 (show the policy in force).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this section (e.g. allocation, late_fee, dues).") var section: String?
        @Flag(help: "Show a built-in policy by name instead of the file's (no --db needed).") var builtin = false
        @Argument(help: "With --builtin: the policy name (default, beijing, chongqing).") var name: String?

        func run() throws {
            let document: PolicyDocument
            if builtin {
                document = try BuiltinPolicies.load(name ?? "default")
            } else {
                document = try UnionSQLiteStores(database: try global.openDatabase()).policies.current()
            }
            if let section, !PolicyDocument.knownSections.contains(section) {
                throw UnionFundsError.policyMustBeValid(source: document.source, path: section, detail: "no such section")
            }
            try global.emit(.policy(document, section: section, language: global.language))
        }
    }

    struct SetPolicy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "更换政策（保留历史）(put a policy in force; earlier ones stay on record).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A built-in name (default, beijing, chongqing) or a JSON file.") var policy: String

        func run() throws {
            let document = try BuiltinPolicies.load(policy)
            try UnionSQLiteStores(database: try global.openDatabase()).policies.storePolicy(document, user: global.userName)
            global.say("现行政策：\(document.name) \(document.title)（\(document.source)）",
                       "Policy in force: \(document.name) \(document.titleEnglish) (\(document.source))")
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "政策变更记录 (every policy the file was kept under).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let records = try UnionSQLiteStores(database: try global.openDatabase()).policies.policyHistory()
            try global.emit(.policyHistory(records, language: global.language))
        }
    }
}
