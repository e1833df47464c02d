import Foundation
import PropertyBased
import Testing
@testable import GonghuiCLI

/// Help examples wrapped with the width counted as words are added: the same lines as recounting
/// the line for every word.
@Suite("help examples wrapped at 78 columns")
struct ExampleLinesTests {
    static let words = ["gonghui", "voucher", "add", "--date", "2026-01-31", "--summary", "收到会费", "--debit", "101:1,234.50",
                        "示例县总工会经费审查委员会审查报告", String(repeating: "x", count: 70), String(repeating: "长", count: 40), "\t", "　",
                        "a", "--db", "books.sqlite", "e\u{301}"]

    /// The construction before issue 16: the line recounted and trimmed for every word.
    static func recounted(_ command: String) -> String {
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

    @Test("the same lines as recounting the line for every word, over long, wide and blank words")
    func sameAsRecounting() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...999).array(of: 0...40), Gen.int(in: 0...3).array(of: 40)) { picks, gaps in
            let command = picks.indices.map { Self.words[picks[$0] % Self.words.count] + String(repeating: " ", count: gaps[$0]) }.joined()
            #expect(exampleLines(command) == Self.recounted(command), "\(command)")
        }
    }
}
