import ArgumentParser
import Foundation

/// `gonghui manual`: the man page (gonghui.1), generated from the parser: every command's help,
/// as `--help` prints it, under a heading of its own. ArgumentParser's generate-manual tool drops
/// every non-ASCII character (most of this help is Chinese), so the page is written here.
/// Hidden: `scripts/dist` and `scripts/install` run it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: L("生成 man 手册页 gonghui.1，写到标准输出", "Write the man page, gonghui.1, to standard output"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui manual > gonghui.1"]),
        shouldDisplay: false)

    func run() throws {
        var page = """
        .TH GONGHUI 1 "" "gonghui \(GonghuiVersion.current)" "Gonghui"
        .SH NAME
        gonghui \\- \(Self.escaped(Gonghui.configuration.abstract))
        .SH SYNOPSIS
        .B gonghui
        .I subcommand
        [options]
        .SH DESCRIPTION

        """
        page += Self.block(ArgumentParserMessages.help(Gonghui.helpMessage(columns: 100), HelpLanguage.current))
        page += ".SH COMMANDS\n"
        for (path, command) in Self.commands(Gonghui.self, path: ["gonghui"]).dropFirst() {
            page += ".SS \"\(Self.escaped(path.joined(separator: " ")))\"\n"
            page += Self.block(ArgumentParserMessages.help(Gonghui.helpMessage(for: command, columns: 100), HelpLanguage.current))
        }
        page += L("""
        .SH FILES
        ./gonghui.sqlite（或 $GONGHUI_DB，或 --db）：账套文件。
        .SH SEE ALSO
        README.md；gonghui 命令 --help。

        """, """
        .SH FILES
        ./gonghui.sqlite (or $GONGHUI_DB, or --db): the books.
        .SH SEE ALSO
        README.md; gonghui COMMAND --help.

        """)
        FileHandle.standardOutput.write(Data(page.utf8))
    }

    /// Every visible command, depth first, with the words that name it.
    static func commands(_ command: any ParsableCommand.Type, path: [String]) -> [([String], any ParsableCommand.Type)] {
        var result: [([String], any ParsableCommand.Type)] = [(path, command)]
        for sub in command.configuration.subcommands where sub.configuration.shouldDisplay {
            result += commands(sub, path: path + [SubcommandSuggestion.name(of: sub)])
        }
        return result
    }

    /// Help text kept as printed (no filling), in a constant-width block.
    static func block(_ text: String) -> String {
        ".nf\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n") + "\n.fi\n"
    }

    /// roff: backslashes doubled; a leading dot or quote would start a request.
    static func escaped(_ line: String) -> String {
        let text = line.replacingOccurrences(of: "\\", with: "\\e")
        return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }
}
