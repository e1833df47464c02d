import Foundation
import Testing
@testable import GonghuiCLI

/// Every example on every help page, Chinese and English, is a command line gonghui accepts, and
/// every account code it names is in the official 2021 chart `gonghui init` loads (grassroots or
/// federation); the bookkeeping examples run as written on books `gonghui init` made.
@Suite("help examples that run")
struct HelpExampleTests {
    /// Each example once, with the command whose help shows it.
    static let examples: [Example] = {
        var seen: Set<String> = []
        var found: [Example] = []
        for path in HelpLanguageTests.commandPaths {
            for environment in [[:], ["GONGHUI_LANG": "en"]] {
                guard let help = try? CLI.run(path + ["--help"], in: FileManager.default.temporaryDirectory, environment: environment)
                else { continue }
                for line in exampleLines(in: help.stdout) where seen.insert(line).inserted {
                    found.append(Example(page: path.joined(separator: " "), line: line))
                }
            }
        }
        return found
    }()

    struct Example: Sendable, CustomTestStringConvertible {
        var page: String
        var line: String
        var testDescription: String { line }

        /// The words after `gonghui`, up to a shell redirection.
        var arguments: [String] {
            let words = line.split(separator: " ").map(String.init)
            return Array(words.dropFirst().prefix { $0 != ">" && $0 != "|" })
        }
    }

    /// The lines under 示例： / Examples:, a backslash-continued example joined into one line.
    static func exampleLines(in help: String) -> [String] {
        var lines: [String] = []
        var inExamples = false
        var pending = ""
        for raw in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if raw.hasSuffix("示例：") || raw.hasSuffix("Examples:") { inExamples = true; continue }
            guard inExamples else { continue }
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { inExamples = false; continue }
            if text.hasSuffix("\\") {
                pending += text.dropLast().trimmingCharacters(in: .whitespaces) + " "
                continue
            }
            let line = pending + text
            pending = ""
            if line.hasPrefix("gonghui") { lines.append(line) }
        }
        return lines
    }

    /// The codes of a chart file (first column).
    static func codes(_ chart: String) -> Set<String> {
        guard let text = try? String(contentsOf: Repository.url("ledgers/charts/\(chart).csv"), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) })
    }

    static let chart2021 = codes("2021-grassroots").union(codes("2021-county"))
    static let chart2009 = codes("union-2009")

    @Test("the examples are read: every page has one")
    func examplesRead() {
        #expect(Self.examples.count > 100, "\(Self.examples.count)")
        #expect(Self.chart2021.contains("102") && !Self.chart2021.contains("1002"))
    }

    @Test("each example parses as gonghui's arguments", arguments: examples)
    func parses(example: Example) throws {
        let arguments = GlobalArgumentOrder.normalised(example.arguments)
        do {
            _ = try Gonghui.parseAsRoot(arguments)
        } catch {
            // `--help` and `--version` end parsing with a clean exit; anything else is a broken example.
            let code = Gonghui.exitCode(for: error)
            #expect(code == .success, "\(example.page): \(example.line)\n\(Gonghui.fullMessage(for: error))")
        }
    }

    @Test("each account code an example names is in the 2021 chart", arguments: examples)
    func accountCodes(example: Example) {
        let words = example.arguments
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let value = words[index + 1]
            switch word {
            case "--line":
                let code = String(value.prefix { $0 != ":" })
                #expect(Self.chart2021.contains(code), "\(example.line): \(code)")
            case "--account":
                #expect(Self.chart2021.contains(value), "\(example.line): \(value)")
            case "--assign":
                let parts = value.split(separator: "=").map(String.init)
                #expect(parts.count == 2 && Self.chart2009.contains(parts[0]) && Self.chart2021.contains(parts[1]), "\(example.line): \(value)")
            case "--code" where words.first == "account":
                // A new sub-account: its parent is in the chart.
                #expect(Self.chart2021.contains(String(value.dropLast(2))), "\(example.line): \(value)")
            default:
                continue
            }
        }
    }

    @Test("the bookkeeping examples run on books gonghui init made with the default chart")
    func bookkeepingExamplesRun() throws {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例公司工会", "--kind", "enterprise", "--start", "2026-01")
            .expectSuccess()
        try sandbox.onBooks("org", "tenure", "add", "--role", "chair", "--person", "王明", "--from", "2024-01-01").expectSuccess()
        let runnable = Self.examples.filter { ["voucher add", "report ledger"].contains($0.page) }
        #expect(runnable.count >= 3, "\(runnable)")
        for example in runnable.sorted(by: { $0.page > $1.page }) {   // vouchers first, then the ledgers
            let result = try sandbox.run(example.arguments + ["--db", Sandbox.books])
            #expect(result.exitCode == 0, "\(example.line)\n\(result)")
        }
    }
}
