import Foundation
import GRDB
import LedgerSQLite
import Testing
import UnionSQLite

@Suite("the union registers' schema, composed with the ledger's")
struct UnionSchemaTests {
    private func schema(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
                """)
        }
    }

    @Test("a file the ledger made alone, opened as union books, gains the same tables a new union file has")
    func ledgerFileGainsUnionTables() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledgerOnly = folder.appendingPathComponent("ledger.sqlite").path
        let union = folder.appendingPathComponent("union.sqlite").path
        _ = try LedgerDatabase.create(at: ledgerOnly)
        #expect(try !schema(ledgerOnly).contains { $0.hasPrefix("table tenure:") })
        _ = try UnionSchema.openBooks(at: ledgerOnly)
        _ = try UnionSchema.createBooks(at: union)
        #expect(try schema(ledgerOnly) == schema(union))
        // And the ledger alone still opens the union file: steps it does not know are left alone.
        _ = try LedgerDatabase.open(at: union)
        #expect(try schema(union).contains { $0.hasPrefix("table tenure:") })
    }

    @Test("union step identifiers are unique and numbered")
    func identifiersAreNumbered() {
        let identifiers = UnionSchema.migrations.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        #expect(identifiers.allSatisfy { $0.prefix(4).allSatisfy(\.isNumber) && $0.dropFirst(4).first == "-" })
    }
}
