import Foundation
import LedgerCore
import Testing
@testable import UnionAudit

/// `ledgers/audit/README.md` lists every check with its basis, and each check has a recommendation.
@Suite("audit documentation")
struct AuditDocumentationTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ledgers/audit/README.md")

    /// The table rows of the README: id → the row's cells.
    static func rows() throws -> [String: [String]] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 4 else { continue }
            rows[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = Array(cells.dropFirst())
        }
        return rows
    }

    @Test("the README lists every check of the catalogue, and nothing else")
    func readmeListsEveryCheck() throws {
        let rows = try Self.rows()
        let ids = Set(AuditCatalogue.all.map(\.id))
        #expect(Set(rows.keys) == ids, "missing: \(ids.subtracting(rows.keys).sorted()); extra: \(Set(rows.keys).subtracting(ids).sorted())")
    }

    @Test("each README row gives the check's basis and severity as the code does", arguments: AuditCatalogue.all.map(\.id))
    func readmeRowMatches(_ id: String) throws {
        let row = try #require(try Self.rows()[id], "\(id) is not in ledgers/audit/README.md")
        let check = try AuditCatalogue.check(id: id)
        #expect(row[2] == "\(check.severity)", "\(id) severity")
        #expect(row[3] == check.basis, "\(id) basis")
        #expect(row[1].contains(check.title.zh))
    }

    @Test("every check has a recommendation in both languages", arguments: AuditCatalogue.all.map(\.id))
    func recommendation(_ id: String) {
        let advice = Recommendations.byCheck[id]
        #expect(advice != nil, "\(id) has no recommendation")
        #expect(!(advice?.zh.isEmpty ?? true) && !(advice?.en.isEmpty ?? true))
    }
}
