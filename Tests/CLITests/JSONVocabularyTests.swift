import Foundation
import Testing

/// `--format json` is for scripts: its keys and enumerated values are one English vocabulary
/// whatever `--lang` says. Only labels (`KEY_label`) and free text (titles, names, summaries,
/// notes) may follow the language.
@Suite("JSON keys and values do not change with --lang")
struct JSONVocabularyTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// Keys whose values are text for people: they may differ between the languages.
    static let freeText: Set<String> = ["title", "header", "notes", "caption", "name", "summary", "message"]

    /// The tour's books (`tour.sqlite`, `federation.sqlite`, `members.sqlite`) and a command on each.
    static let commands: [(books: String, arguments: [String])] = [
        ("tour", ["voucher", "list"]),
        ("tour", ["voucher", "show", "13"]),
        ("tour", ["voucher", "drafts"]),
        ("tour", ["voucher", "drafts", "--status", "posted"]),
        ("tour", ["report", "trial-balance", "--from", "2026-01", "--to", "2026-12"]),
        ("tour", ["report", "ledger", "--account", "102"]),
        ("tour", ["report", "funds", "--year", "2026"]),
        ("tour", ["report", "balance-sheet", "--year", "2026", "--detail"]),
        ("tour", ["report", "income-expenditure", "--month", "2026-12"]),
        ("tour", ["account", "list"]),
        ("tour", ["policy", "show"]),
        ("tour", ["verify"]),
        ("tour", ["org", "show", "GH001"]),
        ("federation", ["arrears", "--as-of", "2026-12-31", "--aging"]),
        ("federation", ["notice", "--unit", "DW007", "--as-of", "2026-12-31"]),
        ("federation", ["org", "list"]),
        ("federation", ["org", "show", "XF"]),
        ("federation", ["voucher", "list", "--org", "XF"]),
        ("federation", ["verify"]),
        ("federation", ["report", "costs", "--year", "2026", "--org", "XF"]),
        ("federation", ["report", "state-assets", "--year", "2026", "--org", "XF"]),
        ("federation", ["report", "consolidated", "--year", "2026", "--org", "XF"]),
        ("members", ["dues", "arrears", "--as-of", "2026-12-31", "--org", "GH101"]),
        ("members", ["dues", "show", "--month", "2026-03", "--org", "GH101"]),
        ("members", ["member", "list", "--org", "GH101"]),
        ("members", ["member", "show", "GH101-0001", "--org", "GH101"]),
        ("members", ["stats", "membership", "--as-of", "2026-12-31", "--org", "GH101"]),
        ("members", ["org", "list"]),
    ]

    @Test("each command prints the same JSON in Chinese and in English, but for labels and free text")
    func sameDocumentInBothLanguages() throws {
        try sandbox.tourDemo().expectSuccess()
        for (books, arguments) in Self.commands {
            let command = "\(books): \(arguments.joined(separator: " "))"
            var documents: [Any] = []
            for language in ["zh", "en"] {
                let result = try sandbox.run(arguments + ["--db", "demo/\(books).sqlite", "--format", "json", "--lang", language])
                result.expectSuccess()
                guard let document = try? JSONSerialization.jsonObject(with: result.stdoutData) else {
                    Issue.record("\(command) --lang \(language) printed no JSON document\n\(result)")
                    break
                }
                documents.append(document)
            }
            guard documents.count == 2 else { continue }
            let differences = Self.differences(documents[0], documents[1], at: "")
            #expect(differences.isEmpty, "\(command): \(differences.prefix(8).joined(separator: "; "))")
        }
    }

    /// Where two documents differ in a key set or in a value that is neither a label nor free text.
    static func differences(_ a: Any, _ b: Any, at path: String) -> [String] {
        switch (a, b) {
        case let (a as [String: Any], b as [String: Any]):
            guard Set(a.keys) == Set(b.keys) else {
                return ["\(path): keys \(Set(a.keys).symmetricDifference(b.keys).sorted())"]
            }
            return a.keys.sorted().flatMap { key -> [String] in
                guard let left = a[key], let right = b[key] else { return [] }
                if freeText.contains(key) || key.hasSuffix("_label") { return [] }
                return differences(left, right, at: "\(path).\(key)")
            }
        case let (a as [Any], b as [Any]):
            guard a.count == b.count else { return ["\(path): \(a.count) items vs \(b.count)"] }
            return zip(a, b).enumerated().flatMap { index, pair in differences(pair.0, pair.1, at: "\(path)[\(index)]") }
        default:
            return "\(a)" == "\(b)" ? [] : ["\(path): \(a) vs \(b)"]
        }
    }
}
