import Foundation
import GRDB
@testable import LedgerSQLite
import LedgerStore
import PropertyBased
import Testing

/// A bulk writer writes the change journal's images of its rows itself, the table's insert trigger
/// set aside meanwhile: the images must be what the trigger writes, byte for byte, and the trigger
/// must be back before anything commits.
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

    /// Each table's change rows (key, image), in journal order, and what `json_array` makes of its rows now.
    private static func images(_ db: Database, table: String, columns: String, key: String) throws -> (journal: [[String]], rows: [[String]]) {
        let journal = try Row.fetchAll(db, sql: "SELECT key, image FROM change WHERE tbl = ? ORDER BY seq", arguments: [table])
            .map { [$0[0] as String, $0[1] as String] }
        let rows = try Row.fetchAll(db, sql: "SELECT json_array(\(key)), json_array(\(columns)) FROM \(table) ORDER BY rowid")
            .map { [$0[0] as String, $0[1] as String] }
        return (journal, rows)
    }

    @Test("the images are json_array's, byte for byte, for any integers, NULLs and texts; the trigger is back and the books verify")
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
                let numbered = try Self.images(db, table: "numbered", columns: "id, amount, note, code", key: "id")
                let keyed = try Self.images(db, table: "keyed", columns: "key, note, amount", key: "key")
                #expect(numbered.journal == numbered.rows)
                #expect(Set(keyed.journal.map { $0.joined(separator: "|") }) == Set(keyed.rows.map { $0.joined(separator: "|") }))
                #expect(keyed.journal.count == picks.count)
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
                        // Texts SQLite must write (quotes, controls) are read back from the table on the writer's thread.
                        try numbered.row { row in
                            row.add(pick[0] % 7 == 0 ? nil : Self.amounts[pick[0] % Self.amounts.count])
                            row.add(text: pick[1] % 5 == 0 ? nil : Self.notes[pick[1] % Self.notes.count])
                            row.add(text: Self.notes[pick[0] % Self.notes.count])
                        }
                    }
                }
                try numbered.finish()
            }
            try database.read { db in
                let numbered = try Self.images(db, table: "numbered", columns: "id, amount, note, code", key: "id")
                #expect(numbered.journal == numbered.rows)
                #expect(numbered.rows.count == picks.count)
                // In the order given: the ids follow the picks.
                let amounts = try Int64?.fetchAll(db, sql: "SELECT amount FROM numbered ORDER BY id")
                #expect(amounts == picks.map { $0[0] % 7 == 0 ? nil : Self.amounts[$0[0] % Self.amounts.count] })
            }
            let findings = try database.verify()
            #expect(findings.isEmpty)
        }
    }

    @Test("the images are the trigger's: the same rows written with the trigger in place give the same journal")
    func sameJournalAsTheTrigger() throws {
        let (folder, database) = try Self.books()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ db: Database) throws {
            for (index, note) in Self.notes.enumerated() {
                try db.execute(sql: "INSERT INTO numbered(amount, note, code) VALUES (?, ?, ?)",
                               arguments: [Self.amounts[index % Self.amounts.count], note, note])
            }
        }
        try database.write(write)
        try database.write { db in
            let writer = try BulkRowWriter(db, table: "numbered", columns: ["amount", "note", "code"])
            for (index, note) in Self.notes.enumerated() {
                try writer.row { row in
                    row.add(Self.amounts[index % Self.amounts.count])
                    row.add(text: note)
                    row.add(text: note)
                }
            }
            try writer.finish()
        }
        let journal = try database.read { db in try Self.images(db, table: "numbered", columns: "id, amount, note, code", key: "id").journal }
        let half = Self.notes.count
        #expect(journal.count == 2 * half)
        // The second half differs from the first only in the row numbers.
        for index in 0..<half {
            let byTrigger = journal[index][1].drop(while: { $0 != "," })
            let byWriter = journal[half + index][1].drop(while: { $0 != "," })
            #expect(byTrigger == byWriter, "\(journal[index]) \(journal[half + index])")
            #expect(journal[half + index][0] == "[\(half + index + 1)]")
        }
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
