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

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: L("经费政策：拨缴比例、分成、滞纳金、会费等", "The policy the books are kept under"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui policy show", "gonghui policy set beijing"]),
        subcommands: [Show.self, SetPolicy.self, History.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("显示现行政策", "Show the policy in force"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui policy show", "gonghui policy show --section allocation", "gonghui policy show --builtin chongqing"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("只看此部分（如 allocation、late_fee、dues）。", "Only this section (e.g. allocation, late_fee, dues).")) var section: String?
        @Flag(help: L("显示内置政策而非本文件的政策（无需 --db）。", "Show a built-in policy by name instead of the file's (no --db needed).")) var builtin = false
        @Argument(help: L("与 --builtin 同用：政策名称（default、beijing、chongqing）。", "With --builtin: the policy name (default, beijing, chongqing).")) var name: String?

        func run() throws {
            let document: PolicyDocument
            if builtin {
                document = try BuiltinPolicies.load(name ?? "default")
            } else {
                document = try global.openStores().policies.current()
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
            abstract: L("更换政策（保留历史）", "Put a policy in force; earlier ones stay on record"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui policy set beijing", "gonghui policy set 本单位政策.json"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("内置名称（default、beijing、chongqing）或 JSON 文件。", "A built-in name (default, beijing, chongqing) or a JSON file.")) var policy: String

        func run() throws {
            let document = try BuiltinPolicies.load(policy)
            try global.openStores().policies.storePolicy(document, user: global.userName)
            global.say("现行政策：\(document.name) \(document.title)（\(document.source)）",
                       "Policy in force: \(document.name) \(document.titleEnglish) (\(document.source))")
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: L("政策变更记录", "Every policy the file was kept under"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui policy history"]))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let records = try global.openStores().policies.policyHistory()
            try global.emit(.policyHistory(records, language: global.language))
        }
    }
}
