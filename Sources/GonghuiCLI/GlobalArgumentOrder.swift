import InputFiles
import LedgerCore

/// Lets global options come before the subcommand (`gonghui --db books.sqlite verify`), as users
/// write them. ArgumentParser only accepts a subcommand's options after its name, so the leading
/// global options are moved behind the rest.
enum GlobalArgumentOrder {
    static let optionsWithValues: Set<String> = ["--db", "--org", "--user", "--format", "--lang", "--encoding", "--output"]

    static func normalised(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            guard optionsWithValues.contains(name) else { break }
            leading.append(argument)
            if !argument.contains("="), index + 1 < arguments.count {
                leading.append(arguments[index + 1])
                index += 1
            }
            index += 1
        }
        return Array(arguments[index...]) + leading
    }

    /// The language asked for, known before parsing so even usage errors come out in it.
    static func language(in arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" { return .en }
            if argument == "--lang", index + 1 < arguments.count, arguments[index + 1] == "en" { return .en }
        }
        return .zh
    }
}
