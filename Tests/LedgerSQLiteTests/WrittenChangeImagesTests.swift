import Crypto
import Foundation
import GRDB
@testable import LedgerSQLite
import LedgerStore
import PropertyBased
import Testing

/// A bulk writer journals its rows itself, one entry a batch (`BatchImage`), the table's insert
/// trigger set aside meanwhile: each entry must list its rows' keys and hold the digest of their
/// stored values (checked here against the encoding written out independently), the trigger must
/// be back before anything commits, and verify must name any batch whose rows changed.
@Suite("bulk writers' change images")
struct WrittenChangeImagesTests {
    /// Books with two covered scratch tables: one numbered by SQLite, one keyed by the writer.
    private static func books() throws -> (folder: URL, database: LedgerDatabase) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try LedgerDatabase.create(at: folder.appendingPathComponent("books.sqlite").path, migrations: [
            SchemaMigration("9001-bulk-scratch", sql: """
                CREATE TABLE numbered(id INTEGER PRIMARY KEY, amount INTEGER, note TEXT, code TEXT NOT NULL) STRICT;
                CREATE TABLE keyed(key INTEGER PRIMARY KEY, note TEXT, amount INTEGER NOT NULL) STRICT;
                """),
        ])
        return (folder, database)
    }

    static let amounts: [Int64] = [0, 1, -1, 42, -1_234_567, 9_999_999_999, .max, .min, 100_000_000_000_000]
    /// Texts written here and texts only SQLite may write (quotes, backslashes, apostrophes, controls).
    static let notes = ["", "self", "2026-02-15", "示例县总工会", "a b", "😀", "x\"y", "back\\slash", "it's", "line\nbreak", "tab\t",
                        "\u{1}", "\u{7F}", "é", "[1,2]"]

    /// The documented encoding, written out here on its own: per row in key order, per column in
    /// table order, 0x00 for NULL, 0x01 and 8 bytes big-endian for an integer, 0x02, an 8-byte
    /// big-endian length and the UTF-8 for a text; the digest's lower-case hex.
    static func digest(_ db: Database, table: String, columns: String, keyColumn: String, keys: [Int64]) throws -> String {
        var bytes: [UInt8] = []
        for key in keys {
            guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM \(table) WHERE \(keyColumn) = ?", arguments: [key]) else {
                return "row \(key) missing"
            }
            for value in row.databaseValues {
                switch value.storage {
                case .null: bytes.append(0)
                case .int64(let number):
                    bytes.append(1)
                    bytes += withUnsafeBytes(of: number.bigEndian) { Array($0) }
                case .string(let text):
                    bytes.append(2)
                    bytes += withUnsafeBytes(of: UInt64(text.utf8.count).bigEndian) { Array($0) }
                    bytes += Array(text.utf8)
                default: return "unexpected \(value)"
                }
            }
        }
        return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Checks a table's journal: every entry is a batch whose digest is its rows', and every row
    /// is in exactly one batch. Returns the batches' keys in journal order.
    @discardableResult
    static func expectBatches(_ db: Database, table: String, columns: String, keyColumn: String) throws -> [[Int64]] {
        let entries = try Row.fetchAll(db, sql: "SELECT key, image FROM change WHERE tbl = ? ORDER BY seq", arguments: [table])
        var batches: [[Int64]] = []
        for entry in entries {
            let key: String = entry[0], image: String = entry[1]
            guard let keys = BatchImage.keys(key) else { Issue.record("not a batch: \(key)"); continue }
            #expect(keys == keys.sorted(), "\(key)")
            #expect(image == (try digest(db, table: table, columns: columns, keyColumn: keyColumn, keys: keys)), "\(key)")
            batches.append(keys)
        }
        let stored = try Int64.fetchAll(db, sql: "SELECT \(keyColumn) FROM \(table) ORDER BY \(keyColumn)")
        #expect(batches.flatMap { $0 }.sorted() == stored, "every row in exactly one batch")
        return batches
    }

    @Test("each batch's entry lists its rows' keys and the digest of their stored values, for any integers, NULLs and texts; the trigger is back and the books verify")
    func imagesMatchTheTrigger() async throws {
        await propertyCheck(count: 40, input: Gen.int(in: 0...999).array(of: 3...3).array(of: 0...150)) { picks in
            let (folder, database) = try Self.books()
            defer { try? FileManager.default.removeItem(at: folder) }
            try database.write { db in
                let numbered = try BulkRowWriter(db, table: "numbered", columns: ["amount", "note", "code"], batchSize: 16)
                let keyed = try BulkRowWriter(db, table: "keyed", columns: ["key", "amount", "note"], batchSize: 16)
                for (index, pick) in picks.enumerated() {
                    let amount: Int64? = pick[0] % 7 == 0 ? nil : Self.amounts[pick[0] % Self.amounts.count]
                    let note: String? = pick[1] % 5 == 0 ? nil : Self.notes[pick[1] % Self.notes.count]
                    let code = Self.notes[pick[2] % Self.notes.count]
                    try numbered.row { row in
                        row.add(amount)
                        row.add(text: note)
                        row.add(text: code)
                    }
                    try keyed.row { row in
                        row.add(Int64(pick[2] - 500) * 1_000 + Int64(index))   // keys out of order, some negative
                        row.add(amount ?? 0)
                        row.add(text: note)
                    }
                }
                try numbered.finish()
                try keyed.finish()
            }
            try database.read { db in
                let numbered = try Self.expectBatches(db, table: "numbered", columns: "id, amount, note, code", keyColumn: "id")
                try Self.expectBatches(db, table: "keyed", columns: "key, note, amount", keyColumn: "key")
                #expect(numbered.count == (picks.count + 15) / 16, "one entry a batch of 16")
                let triggers = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_journal_%ed_insert'")
                #expect(triggers == 2)
            }
            let findings = try database.verify()
            #expect(findings.isEmpty)
        }
    }

    @Test("written in the background (the payroll import's way), the batches and their images are the same, in order, and the books verify")
    func imagesWrittenInTheBackground() async throws {
        await propertyCheck(count: 25, input: Gen.int(in: 0...999).array(of: 2...2).array(of: 0...300)) { picks in
            let (folder, database) = try Self.books()
            defer { try? FileManager.default.removeItem(at: folder) }
            try database.write { db in
                let numbered = try BulkRowWriter(db, table: "numbered", columns: ["amount", "note", "code"], batchSize: 16)
                try numbered.writingBatchesInBackground {
                    for pick in picks {
                        // An amount bound as text is stored as an integer (STRICT converts it): that
                        // batch's entry is made from the stored row on the writer's thread, the others
                        // before their rows are written.
                        try numbered.row { row in
                            if pick[0] % 11 == 1 {
                                row.add(text: String(Self.amounts[pick[0] % Self.amounts.count]))
                            } else {
                                row.add(pick[0] % 7 == 0 ? nil : Self.amounts[pick[0] % Self.amounts.count])
                            }
                            row.add(text: pick[1] % 5 == 0 ? nil : Self.notes[pick[1] % Self.notes.count])
                            row.add(text: Self.notes[pick[0] % Self.notes.count])
                        }
                    }
                }
                try numbered.finish()
            }
            try database.read { db in
                try Self.expectBatches(db, table: "numbered", columns: "id, amount, note, code", keyColumn: "id")
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM numbered") == picks.count)
                // In the order given: the ids follow the picks.
                let amounts = try Int64?.fetchAll(db, sql: "SELECT amount FROM numbered ORDER BY id")
                #expect(amounts == picks.map { $0[0] % 7 == 0 && $0[0] % 11 != 1 ? nil : Self.amounts[$0[0] % Self.amounts.count] })
            }
            let findings = try database.verify()
            #expect(findings.isEmpty)
        }
    }

    /// Books with `count` rows written by the bulk writer in batches of 16.
    private static func bulkWritten(_ count: Int) throws -> (folder: URL, database: LedgerDatabase) {
        let (folder, database) = try books()
        try database.write { db in
            let writer = try BulkRowWriter(db, table: "numbered", columns: ["amount", "note", "code"], batchSize: 16)
            for index in 0..<count {
                try writer.row { row in
                    row.add(Int64(index * 100))
                    row.add(text: Self.notes[index % Self.notes.count])
                    row.add(text: "C\(index)")
                }
            }
            try writer.finish()
        }
        return (folder, database)
    }

    private static func tampered(_ sql: String, thenCommit: Bool = false) throws -> [String] {
        let (folder, database) = try bulkWritten(64)
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: database.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
        if thenCommit {
            // Any later command's commit links what the triggers journaled meanwhile.
            try database.write { db in try db.execute(sql: "INSERT INTO keyed(key, note, amount) VALUES (1, 'x', 1)") }
        }
        return try database.verify().map(\.details.en)
    }

    @Test("verify recomputes every batch: an edit, a deletion or an insertion among its rows, or a later change of some of them, names the table and the batch's keys")
    func tamperedBatchesAreNamed() throws {
        let (folder, database) = try Self.bulkWritten(64)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try database.verify().isEmpty)
        let batch = "numbered keys 17–32, a batch of 16 rows"
        for sql in [
            "DROP TRIGGER change_journal_numbered_update; UPDATE numbered SET amount = amount + 1 WHERE id = 20",
            "DROP TRIGGER change_journal_numbered_update; UPDATE numbered SET note = NULL WHERE id = 32",
            "DROP TRIGGER change_journal_numbered_delete; DELETE FROM numbered WHERE id = 17",
        ] {
            let findings = try Self.tampered(sql)
            #expect(findings.contains { $0.contains(batch) }, "\(sql): \(findings)")
        }
        // A row added behind the journal's back is in no batch and has no image.
        let added = try Self.tampered("DROP TRIGGER change_journal_numbered_insert; INSERT INTO numbered(id, amount, note, code) VALUES (1000, 1, 'a', 'b')")
        #expect(added.contains { $0.contains("numbered [1000]") }, "\(added)")
        // Edited with the triggers in place and then swept into a later commit: the register is
        // append-only, so a batch some of whose rows were journaled again one by one is named.
        let laundered = try Self.tampered("UPDATE numbered SET amount = 7 WHERE id = 18", thenCommit: true)
        #expect(laundered.contains { $0.contains(batch) }, "\(laundered)")
        // Every row of a batch edited with the triggers in place and swept into a command's commit:
        // still named (only a new baseline of the table journals such rows again).
        let rejournaled = try Self.tampered("UPDATE numbered SET amount = amount + (id = 20) WHERE id BETWEEN 17 AND 32", thenCommit: true)
        #expect(rejournaled.contains { $0.contains(batch) }, "\(rejournaled)")
    }

    @Test("a new baseline of the table (its columns changed) journals every row again: the rows' own images count, and the books verify")
    func baselineAfterBatches() throws {
        let (folder, database) = try Self.bulkWritten(40)
        defer { try? FileManager.default.removeItem(at: folder) }
        try database.write { db in
            try db.execute(sql: "ALTER TABLE numbered ADD COLUMN extra TEXT")
            try ChangeJournal.coverTables(db, at: "2026-12-04T00:00:00Z")
        }
        #expect(try database.verify().isEmpty)
        // An edit after the baseline is named by the row's own image.
        let queue = try DatabaseQueue(path: database.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER change_journal_numbered_update; UPDATE numbered SET amount = 1 WHERE id = 3")
        }
        try queue.close()
        #expect(try database.verify().map(\.details.en).contains { $0.contains("numbered [3]") })
    }

    @Test("a REAL or a BLOB (only an edit outside gonghui puts one in these tables) goes into a digest under its own tag, never as an integer or a text")
    func otherStorageClasses() throws {
        let (folder, database) = try Self.books()
        defer { try? FileManager.default.removeItem(at: folder) }
        let digests = try database.read { db -> [String] in
            try ["1.5", "x'01'", "'1.5'", "1", "'\u{1}'", "NULL"].map { value in
                let statement = try RawStatement(db, "SELECT \(value)")
                _ = try statement.step()
                var digest = BatchImage.Digest()
                digest.column(statement, 0)
                statement.reset()
                return digest.finish()
            }
        }
        #expect(Set(digests).count == digests.count, "\(digests)")
    }

    @Test("a transaction whose writer never finished does not commit: nothing is written and the trigger stays")
    func unfinishedWriterRollsBack() throws {
        let (folder, database) = try Self.books()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: StoreError.self) {
            try database.write { db in
                let writer = try BulkRowWriter(db, table: "numbered", columns: ["amount", "note", "code"])
                try writer.row { row in
                    row.add(Int64(1))
                    row.add(text: "a")
                    row.add(text: "b")
                }
                try writer.flush()   // rows written, the trigger not put back
            }
        }
        let (rows, triggers) = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM numbered"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'change_journal_numbered_insert'"))
        }
        #expect(rows == 0)
        #expect(triggers == 1)
        // The connection goes on: the next write commits.
        try database.write { db in try db.execute(sql: "INSERT INTO numbered(amount, note, code) VALUES (1, 'a', 'b')") }
        #expect(try database.verify().isEmpty)
    }
}
