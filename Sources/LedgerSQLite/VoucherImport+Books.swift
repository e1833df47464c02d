import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// Imports vouchers from a CSV file as one transaction.
    ///
    /// Rows sharing a `voucher` key (adjacent, same date) form one voucher, posted in file order
    /// through the posting path (and its `PostingCheck`s, which see the vouchers of earlier rows).
    /// Every row is checked; if any is bad, every problem is reported (`RowsRejected`) and nothing
    /// is written. A file imported before is a no-op. A large file is imported outside WAL mode
    /// when nothing else has the books open (`LedgerDatabase.outsideWAL`): its pages are written once.
    /// - Complexity: one pass over the file; memory bounded by the largest voucher, plus about a
    ///   bit per voucher key seen (`VoucherKeyRegistry`).
    /// - Parameter encoding: UTF-8 (with or without BOM) or GB18030; `.automatic` tells them apart.
    public func importVouchers(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> ImportOutcome {
        let before = FileLook(path: path)
        let size = before?.size
        // The file read whole for its digest first only when an earlier import had its size (or
        // no size on record): a file of a size never imported is not one imported before. Anything
        // but a readable plain file is read here too, for the error that names why (a folder, no
        // permission), before the books are locked.
        var fileDigest: String?
        if try size.map({ size in try database.read { db in try importOfSize(db, size) } }) ?? true {
            let digest = try CSVFileStream.digest(path: path, displayName: displayName)
            if let previous = try database.read({ db in try previousImport(db, fileDigest: digest) }) { return previous }
            fileDigest = digest
        }
        do {
            return try database.outsideWAL(for: .file(bytes: size ?? 0)) {
                try importNewVouchers(path: path, displayName: displayName, encoding: encoding, before: before, fileDigest: fileDigest)
            }
        } catch let recognised as ContentImportedBefore {
            return .alreadyImported(fileName: recognised.previous.fileName, at: recognised.previous.importedAt,
                                    vouchers: recognised.vouchers)
        } catch let recognised as FileImportedBefore {
            return recognised.outcome
        }
    }

    /// The same rows as an earlier import, found only once the file was read: the transaction rolls back.
    private struct ContentImportedBefore: Error {
        var previous: ImportedContent
        var vouchers: Int
    }

    /// The same bytes, imported by another clerk between the first look and this transaction's lock.
    private struct FileImportedBefore: Error {
        var outcome: ImportOutcome
    }

    private func previousImport(_ db: Database, fileDigest: String) throws -> ImportOutcome? {
        try Row.fetchOne(db, sql: """
            SELECT file_name, imported_at, voucher_count FROM import_log WHERE org_id = ? AND kind = 'voucher' AND file_sha256 = ?
            """, arguments: [organisation.id, fileDigest]).map {
            .alreadyImported(fileName: $0["file_name"], at: $0["imported_at"], vouchers: $0["voucher_count"])
        }
    }

    /// Whether an earlier voucher import of the organisation may have had a file of `size` bytes.
    private func importOfSize(_ db: Database, _ size: Int) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS(SELECT 1 FROM import_log WHERE org_id = ? AND kind = 'voucher' AND (file_bytes = ? OR file_bytes IS NULL))
            """, arguments: [organisation.id, size]) ?? true
    }

    /// What the import's record holds for its file's digest until the file is read: 64
    /// characters, as the column's CHECK wants, and not hexadecimal, so never a file's sha256
    /// (the change journal keeps this first image of the record, then the completed one).
    static let digestToCome = String(repeating: "-", count: 64)

    /// - Parameters:
    ///   - before: the file's size and time of change before the transaction (nil: not a readable plain file).
    ///   - fileDigest: the file's digest read before the transaction; nil when no earlier import
    ///     had its size, and the digest of the pass is recorded.
    private func importNewVouchers(path: String, displayName: String, encoding: InputEncoding,
                                   before: FileLook?, fileDigest: String?) throws -> ImportOutcome {
        let size = before?.size ?? 0
        return try withPostingSession { session, db in
            // Looked up again under the write lock: the first look was taken before it, and
            // another clerk may have imported a file of this size since.
            var expected = fileDigest
            if expected == nil, try importOfSize(db, size) { expected = try CSVFileStream.digest(path: path, displayName: displayName) }
            if let expected, let previous = try previousImport(db, fileDigest: expected) { throw FileImportedBefore(outcome: previous) }
            let importID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM import_log") ?? 1
            // References are checked at commit: rows reach SQLite in batches, table by table.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            // The import's record goes in first, its digest and counts filled in once the file is
            // read. Written last, it left every voucher naming a record not yet there: a deferred
            // foreign-key violation each, which its insert then settled by searching the whole
            // voucher table (no index on import_id), however large the books already were.
            try db.execute(sql: """
                INSERT INTO import_log(id, org_id, kind, file_name, file_sha256, row_count, voucher_count, imported_at, imported_by, file_bytes)
                VALUES (?, ?, 'voucher', ?, ?, 0, 0, ?, ?, ?)
                """, arguments: [importID, organisation.id, displayName, Self.digestToCome, session.postedAt, session.user, size])
            session.keepsTexts(ofImport: importID, file: displayName)
            var reader = VoucherRowReader(fileName: displayName, session: session, importID: importID)
            // The content digest, in the same pass: the same rows saved again another way are recognised
            // below, after reading (a re-saved file has new bytes, so only its content can tell).
            var content = RecordDigest()
            // SQLite inserts each whole batch of rows on a second thread while this one reads on;
            // the rows are all in when the scope ends (the reader touches the connection only
            // through the session, which waits for them).
            let digest = try session.writingRowsInBackground(database.importTuning.rowsInBackground) {
                try CSVFileStream.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, bytes, parser in
                    content.add(parser.fields, in: bytes)
                    try reader.consume(line: line, bytes: bytes, fields: parser.fields)
                    ImportProgress.reportIfDue(rows: line, vouchers: reader.voucherCount)
                }
            }
            let contentDigest = content.hex()
            if let previous = try ImportContentLog.find(db, organisation: organisation.id, kind: "voucher", digest: contentDigest) {
                // Not this import's own record (already written, the same name and time when the
                // clock is pinned or the file is saved again within the second).
                let vouchers = try Int.fetchOne(db, sql: """
                    SELECT voucher_count FROM import_log
                    WHERE org_id = ? AND kind = 'voucher' AND file_name = ? AND imported_at = ? AND id <> ?
                    """, arguments: [organisation.id, previous.fileName, previous.importedAt, importID]) ?? 0
                throw ContentImportedBefore(previous: previous, vouchers: vouchers)
            }
            try reader.finish()
            // A file still being written or copied as it was read: its digest was taken before
            // (and differs), or its size or time of change differ now from before the transaction.
            var changed = before != nil && FileLook(path: path) != before
            if let expected, digest != expected { changed = true }
            guard !changed else {
                throw LedgerError.fileMustBeReadable(path: displayName, reason: "the file changed while it was read")
            }
            if expected == nil, let previous = try previousImport(db, fileDigest: digest) {
                // Bytes imported before, under a size on record that is not theirs.
                throw FileImportedBefore(outcome: previous)
            }
            try reader.problems.throwIfAny()
            // The session's own time and user: its vouchers keep theirs here (`keepsTexts`).
            let importedAt = session.postedAt
            try db.execute(sql: "UPDATE import_log SET file_sha256 = ?, row_count = ?, voucher_count = ? WHERE id = ?",
                           arguments: [digest, reader.rowCount, reader.voucherCount, importID])
            try ImportContentLog.record(db, organisation: organisation.id, kind: "voucher", digest: contentDigest, fileName: displayName,
                                        rows: reader.rowCount, at: importedAt, user: user)
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.import",
                                detail: "\(displayName): \(reader.voucherCount) vouchers, \(reader.rowCount) rows")
            return .imported(vouchers: reader.voucherCount, rows: reader.rowCount)
        }
    }
}
