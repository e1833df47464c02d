import ArgumentParser
import Foundation
import LedgerCore

/// The language of the help, decided once at startup from the arguments (`--lang`), then
/// `GONGHUI_LANG`, `lang` in gonghui.toml and `LANG`: ArgumentParser's help strings are static, so
/// every `CommandConfiguration` and `ArgumentHelp` is built through `L` reading this one value.
enum HelpLanguage {
    /// Read from the arguments as typed: ordering them needs the command tree, whose help is built in this language.
    static let current: Language = GlobalArgumentOrder.language(in: Array(CommandLine.arguments.dropFirst()))
}

/// Help text in the run's language.
func L(_ chinese: String, _ english: String) -> String { HelpLanguage.current.pick(chinese, english) }

/// Option and argument help in the run's language.
func L(_ chinese: String, _ english: String) -> ArgumentHelp { ArgumentHelp(HelpLanguage.current.pick(chinese, english)) }

/// A command's discussion: what it does, then its examples under "示例：" / "Examples:", each a
/// command line that runs as written.
func helpDiscussion(_ chinese: String, _ english: String, examples: [String]) -> String {
    let language = HelpLanguage.current
    let text = language.pick(chinese, english)
    let heading = language.pick("示例：", "Examples:")
    let lines = examples.map(exampleLines).joined(separator: "\n")
    return (text.isEmpty ? "" : text + "\n\n") + heading + "\n" + lines
}

/// An example as shell lines of at most 78 characters (ArgumentParser wraps help at 80, which
/// would break a long command where a pasted copy no longer runs): continued with a backslash.
func exampleLines(_ command: String) -> String {
    var lines: [String] = []
    var current = "  "
    for word in command.split(separator: " ") {
        if current.count + word.count + 3 > 78, !current.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.append(current + " \\")
            current = "      "
        }
        current += (current.hasSuffix(" ") ? "" : " ") + word
    }
    return (lines + [current]).joined(separator: "\n")
}
