import GRDB
import LedgerStore

/// The `import_content` table: contents imported before, by organisation (nil: store-wide) and kind.
package enum ImportContentLog {
    package static func find(_ db: Database, organisation: Int64?, kind: String, digest: String) throws -> ImportedContent? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT file_name, imported_at, row_count FROM import_content
            WHERE coalesce(org_id, 0) = coalesce(?, 0) AND kind = ? AND content_sha256 = ?
            """, arguments: [organisation, kind, digest]) else { return nil }
        return ImportedContent(fileName: row[0], importedAt: row[1], rows: row[2])
    }

    package static func record(_ db: Database, organisation: Int64?, kind: String, digest: String, fileName: String,
                               rows: Int, at timestamp: String, user: String) throws {
        try db.execute(sql: """
            INSERT INTO import_content(org_id, kind, content_sha256, file_name, row_count, imported_at, imported_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [organisation, kind, digest, fileName, rows, timestamp, user])
    }
}

extension SQLitePostingBatch: ImportedContentLog {
    /// Store-wide: the registers a batch writes (units, payroll, receipts) belong to no one organisation.
    public func importedContent(kind: String, digest: String) throws -> ImportedContent? {
        try ImportContentLog.find(db, organisation: nil, kind: kind, digest: digest)
    }

    public func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws {
        try ImportContentLog.record(db, organisation: nil, kind: kind, digest: digest, fileName: fileName, rows: rows,
                                    at: clock.now(), user: user)
    }
}

extension SQLitePostingTransaction: ImportedContentLog {
    /// Per organisation: the books the transaction posts to.
    public func importedContent(kind: String, digest: String) throws -> ImportedContent? {
        try ImportContentLog.find(db, organisation: session.organisation.id, kind: kind, digest: digest)
    }

    public func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws {
        try ImportContentLog.record(db, organisation: session.organisation.id, kind: kind, digest: digest, fileName: fileName,
                                    rows: rows, at: session.postedAt, user: session.user)
    }
}
