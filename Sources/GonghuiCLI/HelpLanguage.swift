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
/// Every command's examples are built at every start (ArgumentParser's configurations are
/// static), so the line's width is counted as words are added, not recounted (issue 16:
/// `policy show` 124.5 → 121.5 M instructions).
func exampleLines(_ command: String) -> String {
    var lines: [String] = []
    var current = "  ", width = 2, hasWord = false
    for word in command.split(separator: " ") {
        let wordWidth = word.count
        if width + wordWidth + 3 > 78, hasWord {
            lines.append(current + " \\")
            (current, width, hasWord) = ("      ", 6, false)
        }
        if !current.hasSuffix(" ") {
            current += " "
            width += 1
        }
        current += word
        width += wordWidth
        // A word of blanks alone (never in an example) leaves the line as empty as it was.
        hasWord = hasWord || !word.allSatisfy(\.isWhitespace)
    }
    return (lines + [current]).joined(separator: "\n")
}
