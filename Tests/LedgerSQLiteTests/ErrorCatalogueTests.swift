import Foundation
import LedgerCore
@testable import LedgerSQLite
import Testing

/// `ledgers/errors/README.md` against the code: every rule the enums list (`Rule.allCases`) has its
/// row, in order, with its exit code, and the message each rejection scenario prints fits the row's
/// template. A rule added without `scripts/error-catalogue`, or a message changed without it, fails.
@Suite("error catalogue (ledgers/errors/README.md)")
struct ErrorCatalogueTests {
    struct Row: Equatable {
        var rule: String
        var exit: Int32
        var message: String
    }

    /// The rows of the README's table under `### {title}`.
    static func rows(_ title: String) throws -> [Row] {
        let url = TestBooks.repositoryRoot.appendingPathComponent("ledgers/errors/README.md")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: Substring("### \(title)")) else { return [] }
        var rows: [Row] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("### ") { break }
            guard line.hasPrefix("| `") else { continue }
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            guard cells.count >= 3, let exit = Int32(cells[1]) else { continue }
            rows.append(Row(rule: cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), exit: exit,
                            message: cells[2...].joined(separator: " | ")))
        }
        return rows
    }

    /// Whether `message` is `template` with each `{placeholder}` filled in.
    static func fits(_ message: String, _ template: String) throws -> Bool {
        let placeholder = try NSRegularExpression(pattern: "\\{[^{}]*\\}")
        let range = NSRange(template.startIndex..., in: template)
        var pieces: [String] = []
        var last = template.startIndex
        for match in placeholder.matches(in: template, range: range) {
            guard let found = Range(match.range, in: template) else { continue }
            pieces.append(NSRegularExpression.escapedPattern(for: String(template[last..<found.lowerBound])))
            last = found.upperBound
        }
        pieces.append(NSRegularExpression.escapedPattern(for: String(template[last...])))
        let pattern = try NSRegularExpression(pattern: "^" + pieces.joined(separator: "[\\s\\S]*") + "$")
        // The catalogue writes `|` as `/` (it would split the table's cells).
        let text = message.replacingOccurrences(of: "|", with: "/")
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func check<R: RuleKey>(_ rules: R.Type, title: String) throws {
        let rows = try rows(title)
        #expect(rows.map(\.rule) == R.allCases.map(\.rawValue),
                "the README's \(title) rows differ from the code's rules: run scripts/error-catalogue")
        for row in rows {
            guard let rule = R(rawValue: row.rule) else { continue }
            #expect(row.exit == rule.exitCode, "\(row.rule): exit \(row.exit) in the README, \(rule.exitCode) in the code")
        }
    }

    @Test("every LedgerError rule has its row, in order, with its exit code")
    func ledgerRules() throws {
        try Self.check(LedgerError.Rule.self, title: "Ledger (`LedgerError`)")
    }

    @Test("every WorkflowError rule has its row, in order, with its exit code")
    func workflowRules() throws {
        try Self.check(WorkflowError.Rule.self, title: "Voucher workflow (`WorkflowError`)")
    }

    @Test("each LedgerError scenario prints the catalogue's message", arguments: RejectionCatalogueTests.scenarios.indices)
    func ledgerMessages(_ index: Int) throws {
        let (name, scenario, rule) = RejectionCatalogueTests.scenarios[index]
        let books = try TestBooks()
        defer { books.remove() }
        let error = try #require(ledgerErrorThrown { try scenario(books) }, "\(name)")
        let row = try #require(try Self.rows("Ledger (`LedgerError`)").first { $0.rule == rule.rawValue }, "\(rule) has no row")
        #expect(try Self.fits(error.message(in: .zh), row.message), "\(name): \(error.message(in: .zh)) ≠ \(row.message)")
    }

    @Test("each WorkflowError scenario prints the catalogue's message", arguments: VoucherWorkflowTests.scenarios.indices)
    func workflowMessages(_ index: Int) throws {
        let (scenario, rule) = VoucherWorkflowTests.scenarios[index]
        let books = try TestBooks()
        defer { books.remove() }
        var thrown: WorkflowError?
        do { try scenario(books) } catch let error as WorkflowError { thrown = error }
        let error = try #require(thrown, "\(rule)")
        let row = try #require(try Self.rows("Voucher workflow (`WorkflowError`)").first { $0.rule == rule.rawValue })
        #expect(try Self.fits(error.message(in: .zh), row.message), "\(error.message(in: .zh)) ≠ \(row.message)")
    }

    @Test("the template matcher fills placeholders and nothing else")
    func matcher() throws {
        #expect(try Self.fits("科目不存在：109", "科目不存在：{code}"))
        #expect(try !Self.fits("账户不存在：109", "科目不存在：{code}"))
        #expect(try Self.fits("借贷不平衡：借方合计 1.00，贷方合计 2.00", "借贷不平衡：借方合计 {debit}，贷方合计 {credit}"))
        #expect(try !Self.fits("借贷平衡", "借贷不平衡：借方合计 {debit}，贷方合计 {credit}"))
    }
}
