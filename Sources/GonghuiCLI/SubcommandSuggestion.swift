import ArgumentParser
import LedgerCore

/// "Did you mean …?" for a mistyped subcommand (`gonghui vocher` → voucher), at any depth
/// (`gonghui voucher lst` → list). Consulted only after parsing failed.
enum SubcommandSuggestion {
    /// The message for the first word that names no subcommand where one is expected, or nil.
    static func message(for arguments: [String], language: Language) -> String? {
        var command: any ParsableCommand.Type = Gonghui.self
        var path = ["gonghui"]
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !argument.hasPrefix("-") else { return nil }
            if let next = subcommands.first(where: { name(of: $0) == argument }) {
                command = next
                path.append(argument)
                continue
            }
            // A group with a default subcommand takes other words as that subcommand's arguments.
            guard command.configuration.defaultSubcommand == nil else { return nil }
            let names = subcommands.filter { $0.configuration.shouldDisplay }.map(name(of:))
            let where_ = path.joined(separator: " ")
            if let best = closest(to: argument, among: names) {
                return language.pick("未知的子命令「\(argument)」，您是不是要输入：\(where_) \(best)？",
                                     "unknown subcommand '\(argument)'; did you mean '\(where_) \(best)'?")
            }
            return language.pick("未知的子命令「\(argument)」；\(where_) 的子命令有：\(names.joined(separator: "、"))",
                                 "unknown subcommand '\(argument)'; \(where_) has: \(names.joined(separator: ", "))")
        }
        return nil
    }

    /// For `gonghui help WORDS…`: the message when the words name no command, or nil.
    static func forHelp(_ arguments: [String], language: Language) -> String? {
        guard arguments.first == "help" else { return nil }
        let words = Array(arguments.dropFirst().prefix { !$0.hasPrefix("-") })
        // `gonghui help help` is ArgumentParser's own help command.
        guard !words.isEmpty, words != ["help"] else { return nil }
        return message(for: words, language: language)
    }

    static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    /// The nearest name within a third of its length in edits (at least one), or one it starts.
    static func closest(to word: String, among names: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = names.map { ($0, distance(lowered, $0)) }.sorted { $0.1 < $1.1 }
        if let (name, edits) = scored.first, edits <= max(1, name.count / 3) { return name }
        return names.first { lowered.count >= 2 && $0.hasPrefix(lowered) }
    }

    /// Edit distance with adjacent transpositions (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
