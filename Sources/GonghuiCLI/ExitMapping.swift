import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements

/// A command that finished its work but must report failure (e.g. `verify` found problems).
struct CommandFailed: Error {
    var exitCode: Int32
}

enum ExitMapping {
    static func run(_ arguments: [String], language: Language) -> Int32 {
        // `gonghui help vocher`: ArgumentParser would print the top-level help and exit 0.
        if let unknown = SubcommandSuggestion.forHelp(arguments, language: language) {
            Output.error(prefix(language) + unknown)
            return 2
        }
        do {
            var command = try Gonghui.parseAsRoot(arguments)
            let progress = ProgressLine.observer(language: language, quiet: GlobalArgumentOrder.quiet(in: arguments))
            defer { progress?.0.finish() }
            try ImportProgress.scope.withValue(progress?.1) {
                try WorkbookSheet.scope.withValue(GlobalArgumentOrder.sheet(in: arguments)) { try command.run() }
            }
            return 0
        } catch let failed as CommandFailed {
            return failed.exitCode
        } catch let error as LedgerError {
            Output.error(prefix(language) + error.message(in: language).visiblyEscaped)
            return error.isMalformedInput ? 2 : 1
        } catch let rejected as RowsRejected {   // also `ImportRejected`, its older name
            return reportRejectedRows(rejected.problems.map { $0.message(in: language) }, truncated: rejected.truncated, language)
        } catch let error as any RuleError {
            Output.error(prefix(language) + error.message(in: language).visiblyEscaped)
            return error.isMalformedInput ? 2 : 1
        } catch let rejected as ChartFileRejected {
            for problem in rejected.problems { Output.error(problem.message(in: language)) }
            return 2
        } catch let error as StoreError {
            Output.error(prefix(language) + error.message(in: language).visiblyEscaped)
            switch error {
            case .fileMustExist, .fileMustNotExist, .commandMustSupportStore: return 2
            case .fileMustBeGonghuiBooks, .storage, .booksMustNotBeBusy, .writersMustNotKeepConflicting, .serverMustBeReachable: return 3
            }
        } catch {
            let code = Gonghui.exitCode(for: error)
            if code == .success {
                let message = Gonghui.fullMessage(for: error)
                // Completion scripts are code, not prose: printed as generated.
                let isScript = arguments.contains { $0.hasPrefix("--generate-completion-script") }
                Output.write((isScript ? message : ArgumentParserMessages.help(message, language)) + "\n")
                return 0
            }
            let suggestion = code == .validationFailure ? SubcommandSuggestion.message(for: arguments, language: language) : nil
            let message = suggestion ?? usageMessage(Gonghui.message(for: error), language).visiblyEscaped
            Output.error(prefix(language) + message)
            // ArgumentParser reports bad usage as EX_USAGE (64); anything else is unexpected.
            return code == .validationFailure ? 2 : 3
        }
    }

    /// An import's bad rows, one line each, then the summary line; always exit 2.
    private static func reportRejectedRows(_ messages: [String], truncated: Bool, _ language: Language) -> Int32 {
        for message in messages { Output.error(message) }
        if truncated {
            Output.error(language.pick("……错误过多，仅列出前 \(messages.count) 条", "… too many problems; the first \(messages.count) are listed"))
        }
        Output.error(language.pick("导入失败：\(messages.count) 处错误，未写入任何数据",
                                   "import failed: \(messages.count) problems; nothing was written"))
        return 2
    }

    private static func prefix(_ language: Language) -> String { language.pick("错误：", "error: ") }

    /// ArgumentParser words its usage errors in English; in Chinese runs its phrases are replaced
    /// (`ArgumentParserMessages`), keeping the option names as typed.
    static func usageMessage(_ message: String, _ language: Language) -> String {
        ArgumentParserMessages.error(oneLine(message), language)
    }

    /// ArgumentParser lists more than five allowed values one per line (`--format` has six);
    /// errors are one line each, so the list is folded: `one of 'table', 'csv', …`.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count > 1 else { return message }
        let items = lines.dropFirst().map { $0.hasPrefix("- ") ? "'\($0.dropFirst(2))'" : $0 }
        return lines[0].replacingOccurrences(of: " the following:", with: "") + " " + items.joined(separator: ", ")
    }
}
