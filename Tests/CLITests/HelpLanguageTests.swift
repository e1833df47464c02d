import Foundation
import Testing

/// Every help page in the user's language: Chinese by default, English with `--lang en` or an
/// English `LANG`, with examples, and ArgumentParser's own words translated too.
@Suite("help in Chinese and English")
struct HelpLanguageTests {
    /// Every command's words (`[]` is gonghui itself), read from the parser's own description of
    /// the command tree, so a new command is checked without being listed here.
    static let commandPaths: [[String]] = {
        guard let result = try? CLI.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory),
              let tool = try? JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any],
              let root = tool["command"] as? [String: Any] else { return [] }
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            guard command["shouldDisplay"] as? Bool ?? true else { return }
            paths.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                walk(sub, path + [name])
            }
        }
        walk(root, [])
        return paths
    }()

    @Test("the command tree is read: more than sixty commands")
    func treeIsRead() {
        #expect(Self.commandPaths.count > 60, "\(Self.commandPaths.count)")
        #expect(Self.commandPaths.contains(["voucher", "add"]))
    }

    @Test("Chinese help: no English sentence left, and an example", arguments: commandPaths)
    func chinese(path: [String]) throws {
        let result = try CLI.run(path + ["--help"], in: FileManager.default.temporaryDirectory)
        result.expectSuccess()
        #expect(result.stdout.contains("示例："), "\(path)\n\(result.stdout)")
        #expect(result.stdout.contains("用法："), "\(path)")
        #expect(Self.englishSentences(in: result.stdout) == [], "\(path)\n\(result.stdout)")
    }

    @Test("English help (GONGHUI_LANG=en): no Han characters outside example values", arguments: commandPaths)
    func english(path: [String]) throws {
        // By the environment: `--lang` after a group with a default subcommand (arrears) is that subcommand's.
        let result = try CLI.run(path + ["--help"], in: FileManager.default.temporaryDirectory, environment: ["GONGHUI_LANG": "en"])
        result.expectSuccess()
        #expect(result.stdout.contains("Examples:"), "\(path)")
        #expect(result.stdout.contains("USAGE:"), "\(path)")
        #expect(Self.hanOutsideExamples(in: result.stdout) == [], "\(path)\n\(result.stdout)")
    }

    @Test("LANG=en_US and GONGHUI_LANG=en choose English help; GONGHUI_LANG=zh beats LANG", arguments: [
        (["LANG": "en_US.UTF-8"], "Examples:"), (["GONGHUI_LANG": "en"], "Examples:"),
        (["LANG": "en_US.UTF-8", "GONGHUI_LANG": "zh"], "示例："),
    ])
    func environment(environment: [String: String], expected: String) throws {
        let result = try CLI.run(["voucher", "add", "--help"], in: FileManager.default.temporaryDirectory, environment: environment)
        result.expectSuccess()
        #expect(result.stdout.contains(expected), "\(result)")
    }

    @Test("`gonghui help voucher` and the man page are translated too")
    func helpSubcommandAndManual() throws {
        let help = try CLI.run(["help", "voucher"], in: FileManager.default.temporaryDirectory)
        #expect(help.stdout.contains("子命令：") && !help.stdout.contains("SUBCOMMANDS:"), "\(help)")
        let manual = try CLI.run(["manual"], in: FileManager.default.temporaryDirectory)
        #expect(manual.stdout.contains("选项：") && !manual.stdout.contains("OPTIONS:"))
        let english = try CLI.run(["manual"], in: FileManager.default.temporaryDirectory, environment: ["GONGHUI_LANG": "en"])
        #expect(english.stdout.contains("OPTIONS:") && english.stdout.contains("Examples:"))
    }

    /// ArgumentParser's own phrases, each as it reaches a Chinese user.
    @Test("ArgumentParser's messages in Chinese", arguments: [
        (["voucher", "list", "--help"], "概述：凭证列表"),
        (["voucher", "list", "--help"], "用法：gonghui voucher list"),
        (["voucher", "list", "--help"], "\n选项：\n"),
        (["voucher", "show", "--help"], "\n参数：\n"),
        (["voucher", "--help"], "\n子命令：\n"),
        (["voucher", "--help"], "各子命令的详细帮助：gonghui help voucher <子命令>"),
        (["help", "help"], "显示子命令的帮助。"),
        (["voucher", "list", "--help"], "显示帮助。"),
        (["--help"], "显示版本号。"),
        (["voucher", "list", "--help"], "（可选值：table, csv, json, md, html, xlsx, docx；默认：table）"),
        (["arrears", "--help"], "show (默认)"),
        (["voucher", "show"], "错误：缺少必需的参数 '<id>'"),
        (["voucher", "list", "--bogus"], "错误：未知选项 '--bogus'"),
        (["voucher", "list", "--month"], "错误：缺少取值 '--month <month>'"),
        (["verify", "extra"], "错误：多余的参数 'extra'"),
        (["verify", "one", "two"], "错误：多余的参数 2 个：'one', 'two'"),
        (["report", "trial-balance", "--format", "xml"], "错误：取值 'xml' 对 '--format <format>' 无效。请从以下取值中选择："),
        (["policy", "show", "--builtin=yes"], "错误：选项 '--builtin' 不接受取值，却给了 'yes'。"),
        (["voucher", "list", "--limit", "many"], "错误：取值 'many' 对 '--limit <limit>' 无效"),
    ])
    func argumentParserPhrases(arguments: [String], expected: String) throws {
        let result = try CLI.run(arguments, in: FileManager.default.temporaryDirectory)
        #expect((result.stdout + result.stderr).contains(expected), "\(result)")
        #expect(!(result.stdout + result.stderr).contains("Error:"), "\(result)")
    }

    /// Runs of three or more English words outside option names, code literals, usage lines and
    /// examples: what a Chinese page must not contain.
    static func englishSentences(in help: String) -> [String] {
        var found: [String] = []
        for line in prose(help, examplesHeading: "示例：") where !line.hasPrefix("用法：") {
            var text = line
            text.replace(/`[^`]*`/, with: " ")
            text.replace(/'[^']*'/, with: " ")
            text.replace(/gonghui( +[^ ，。；、（）]+)*/, with: " ")
            text.replace(/--?[A-Za-z][\w-]*( <[\w-]+>)?/, with: " ")
            text.replace(/<[\w-]+>/, with: " ")
            if let match = text.firstMatch(of: /[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/) { found.append(String(match.0) + " ← " + line) }
        }
        return found
    }

    /// Han characters in an English page outside the examples, example values ("e.g. …") and
    /// literal values (a token with `:`, `,`, `|` or `/`, as CODE:借|贷:AMOUNT).
    static func hanOutsideExamples(in help: String) -> [String] {
        prose(help, examplesHeading: "Examples:").compactMap { line in
            var text = line
            text.replace(/e\.g\. [^);]*/, with: " ")
            text.replace(/\S*[:,|\/]\S*/, with: " ")
            return text.contains(where: \.isHan) ? line : nil
        }
    }

    /// The page's lines without its examples block (heading to the next blank line).
    static func prose(_ help: String, examplesHeading: String) -> [String] {
        var lines: [String] = []
        var inExamples = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix(examplesHeading) || line.hasSuffix(examplesHeading) { inExamples = true; continue }
            if inExamples {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { inExamples = false }
                continue
            }
            lines.append(line)
        }
        return lines
    }
}

extension Character {
    var isHan: Bool { unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } }
}
