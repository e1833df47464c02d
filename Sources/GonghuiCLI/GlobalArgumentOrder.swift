import InputFiles
import LedgerCore

/// Lets global options come before the subcommand (`gonghui --db books.sqlite verify`), as users
/// write them. ArgumentParser only accepts a subcommand's options after its name, so the leading
/// global options are moved behind the rest.
enum GlobalArgumentOrder {
    static let optionsWithValues: Set<String> = ["--db", "--org", "--user", "--format", "--lang", "--encoding", "--output", "--sheet"]
    /// Global flags, which may lead too.
    static let flags: Set<String> = ["--quiet"]

    static func normalised(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if flags.contains(argument) {
                leading.append(argument)
                index += 1
                continue
            }
            guard optionsWithValues.contains(name) else { break }
            leading.append(argument)
            if !argument.contains("="), index + 1 < arguments.count {
                leading.append(arguments[index + 1])
                index += 1
            }
            index += 1
        }
        return joiningNegativeValues(Array(arguments[index...]) + leading)
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
