import ArgumentParser
import InputFiles
import LedgerCore

/// Lets global options come before the subcommand (`gonghui --db books.sqlite verify`) or between a
/// group and its subcommand (`gonghui voucher --db books.sqlite list`), as users write them.
/// ArgumentParser only accepts a command's options after its name, so the global options met on
/// the way down the command path are moved to just after it. A path that ends at a group (`gonghui
/// --db b.sqlite voucher`) drops them: the group only shows its help, which takes no options.
enum GlobalArgumentOrder {
    static let optionsWithValues: Set<String> = ["--db", "--org", "--user", "--format", "--lang", "--encoding", "--output", "--sheet"]
    /// Global flags, which may lead too.
    static let flags: Set<String> = ["--quiet"]

    static func normalised(_ arguments: [String]) -> [String] {
        var path: [String] = []
        var globals: [String] = []
        var command: any ParsableCommand.Type = Gonghui.self
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if flags.contains(argument) {
                globals.append(argument)
                index += 1
            } else if optionsWithValues.contains(name) {
                globals.append(argument)
                if !argument.contains("="), index + 1 < arguments.count {
                    globals.append(arguments[index + 1])
                    index += 1
                }
                index += 1
            } else if let next = command.configuration.subcommands.first(where: { SubcommandSuggestion.name(of: $0) == argument }) {
                path.append(argument)
                command = next
                index += 1
            } else {
                break
            }
        }
        let rest = Array(arguments[index...])
        let isGroup = !command.configuration.subcommands.isEmpty && command.configuration.defaultSubcommand == nil
        // A group followed by an unknown word: the globals go last, after the word the error is about.
        if isGroup { return joiningNegativeValues(path + rest + (rest.first?.hasPrefix("-") == false ? globals : [])) }
        return joiningNegativeValues(path + globals + rest)
    }

    /// `--attachments -1` reads to ArgumentParser as an option `-1` and a missing value; joined
    /// as `--attachments=-1`, the value reaches the command, which says what is wrong with it.
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return result + arguments[index...] }
            if argument.hasPrefix("--"), !argument.contains("="), index + 1 < arguments.count, looksNegative(arguments[index + 1]) {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
                continue
            }
            result.append(argument)
            index += 1
        }
        return result
    }

    private static func looksNegative(_ text: String) -> Bool {
        guard text.hasPrefix("-"), let second = text.dropFirst().first else { return false }
        return second.isASCII && (second.isNumber || second == ".")
    }

    /// The workbook sheet asked for (`--sheet`), set for the whole run of the command.
    static func sheet(in arguments: [String]) -> String? {
        var found: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--sheet=") { found = String(argument.dropFirst("--sheet=".count)) }
            if argument == "--sheet", index + 1 < arguments.count { found = arguments[index + 1] }
        }
        return found
    }

    /// `--quiet`: no progress line (known before parsing, as the progress observer is set up before the command runs).
    static func quiet(in arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--quiet")
    }

    /// The language asked for, known before parsing so even usage errors come out in it.
    static func language(in arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" { return .en }
            if argument == "--lang=zh" { return .zh }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
        }
        return LanguageChoice.default
    }
}
