import Foundation
import LedgerCore

/// ArgumentParser writes its own words (help headings, the built-in flags, usage errors) in
/// English; in Chinese runs they are replaced here from one table of its fixed phrases, keeping the
/// option names and values as typed.
enum ArgumentParserMessages {
    /// A fixed phrase and its Chinese; `$1`… stand for what the pattern captured.
    struct Phrase: Sendable {
        var pattern: String
        var chinese: String
    }

    /// Help pages: headings, the built-in flags and subcommand, defaults and value lists.
    static let helpPhrases: [Phrase] = [
        Phrase(pattern: #"OVERVIEW: "#, chinese: "概述："),
        Phrase(pattern: #"USAGE: "#, chinese: "用法："),
        Phrase(pattern: #"(?m)^ARGUMENTS:$"#, chinese: "参数："),
        Phrase(pattern: #"(?m)^OPTIONS:$"#, chinese: "选项："),
        Phrase(pattern: #"(?m)^SUBCOMMANDS:$"#, chinese: "子命令："),
        Phrase(pattern: #"See '([^']+) <subcommand>' for detailed help\."#, chinese: "各子命令的详细帮助：$1 <子命令>"),
        Phrase(pattern: #"<subcommand>"#, chinese: "<子命令>"),
        Phrase(pattern: #"<options>"#, chinese: "<选项>"),
        Phrase(pattern: #"Show subcommand help information\."#, chinese: "显示子命令的帮助。"),
        Phrase(pattern: #"Show help information\."#, chinese: "显示帮助。"),
        Phrase(pattern: #"Show the version\."#, chinese: "显示版本号。"),
        // Value lists and defaults may be wrapped onto the next line: any run of spaces matches.
        Phrase(pattern: #"\(values:\s+([^;)]*);\s+default:\s+([^)]*)\)"#, chinese: "（可选值：$1；默认：$2）"),
        Phrase(pattern: #"\(values:\s+([^;)]*);\s+default\s+as\s+flag:\s+([^)]*)\)"#, chinese: "（可选值：$1；作为开关时默认：$2）"),
        Phrase(pattern: #"\(values:\s+([^)]*)\)"#, chinese: "（可选值：$1）"),
        Phrase(pattern: #"\(default\s+as\s+flag:\s+([^)]*)\)"#, chinese: "（作为开关时默认：$1）"),
        Phrase(pattern: #"\(default:\s+([^)]*)\)"#, chinese: "（默认：$1）"),
        // Subcommand labels are padded to a column; "(默认)" is three columns narrower on a terminal.
        Phrase(pattern: #" \(default\)( +)"#, chinese: " (默认)$1   "),
    ]

    /// Usage errors (ArgumentParser's `message(for:)` and `fullMessage(for:)`).
    static let errorPhrases: [Phrase] = [
        Phrase(pattern: #"^Error: "#, chinese: "错误："),
        Phrase(pattern: #"(?m)^Usage: "#, chinese: "用法："),
        Phrase(pattern: #"(?m)^  See '([^']+)' for more information\."#, chinese: "  详见 '$1'。"),
        Phrase(pattern: #"(?m)^Help: "#, chinese: "帮助："),
        Phrase(pattern: #"Missing expected argument '([^']+)'"#, chinese: "缺少必需的参数 '$1'"),
        Phrase(pattern: #"Missing one of: (.*)"#, chinese: "缺少以下之一：$1"),
        Phrase(pattern: #"Missing required subcommand\."#, chinese: "缺少子命令。"),
        Phrase(pattern: #"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, chinese: "未知选项 '$1'，您是不是要输入 '$2'？"),
        Phrase(pattern: #"Unknown option '([^']+)'"#, chinese: "未知选项 '$1'"),
        Phrase(pattern: #"Invalid option: (\S+)"#, chinese: "无效选项：$1"),
        Phrase(pattern: #"(?m)^   or: "#, chinese: "   或："),
        Phrase(pattern: #"Missing value for '([^']+)'"#, chinese: "缺少取值 '$1'"),
        Phrase(pattern: #"The option '([^']+)' does not take any value, but '([^']*)' was specified\."#, chinese: "选项 '$1' 不接受取值，却给了 '$2'。"),
        Phrase(pattern: #"Unexpected argument '([^']*)'"#, chinese: "多余的参数 '$1'"),
        Phrase(pattern: #"(\d+) unexpected arguments: (.*)"#, chinese: "多余的参数 $1 个：$2"),
        Phrase(pattern: #"Value to be set with (.+) had already been set with (.+)"#, chinese: "$1 所设的值已由 $2 设定过"),
        Phrase(pattern: #"The value '([^']*)' is invalid for '([^']+)'"#, chinese: "取值 '$1' 对 '$2' 无效"),
        Phrase(pattern: #"The value '([^']*)' is invalid\."#, chinese: "取值 '$1' 无效。"),
        Phrase(pattern: #"\. Please provide one of the following:"#, chinese: "。请从以下取值中选择："),
        Phrase(pattern: #" Please provide one of the following:"#, chinese: "请从以下取值中选择："),
        Phrase(pattern: #"\. Please provide one of (.*?)\.?$"#, chinese: "。请从以下取值中选择：$1"),
        Phrase(pattern: #"' or '"#, chinese: "' 或 '"),
        Phrase(pattern: #"' and '"#, chinese: "' 和 '"),
        Phrase(pattern: #"Can't generate completion scripts for '([^']+)'\."#, chinese: "无法为 '$1' 生成补全脚本。"),
        Phrase(pattern: #"Can't autodetect a supported shell\."#, chinese: "无法识别所用的 shell。"),
        Phrase(pattern: #"\s*Please use (\S+) with one of:,?"#, chinese: "请使用 $1，可选："),
        Phrase(pattern: #"Internal error\. "#, chinese: "内部错误。"),
    ]

    /// A help page in `language`.
    static func help(_ text: String, _ language: Language) -> String {
        language == .zh ? apply(helpPhrases, to: text) : text
    }

    /// A usage error in `language`.
    static func error(_ text: String, _ language: Language) -> String {
        language == .zh ? apply(errorPhrases + helpPhrases, to: text) : text
    }

    static func apply(_ phrases: [Phrase], to text: String) -> String {
        phrases.reduce(text) { text, phrase in
            text.replacingOccurrences(of: phrase.pattern, with: phrase.chinese, options: .regularExpression)
        }
    }
}
