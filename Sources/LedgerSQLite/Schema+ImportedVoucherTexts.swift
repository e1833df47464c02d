import LedgerStore
import LedgerCore

/// Migration 0026: the three texts an imported voucher shares with its import, kept once in
/// `import_log` instead of on every voucher row.
///
/// Every voucher of one import has the same preparer (the user who imported), the same posting
/// time (the import's) and the source `file:line`, where only the line differs. Written on each
/// row they were a third of the `voucher` table (1M vouchers: about 60 of 163 MB, the full path
/// of the file repeated a million times), and the bytes SQLite and the kernel copy. Rows an import
/// writes from this version on keep their line in `source_line` and the three texts empty; the
/// view `voucher_as_posted` puts them back together (`ImportedVoucherText`), and every reader of
/// those texts reads the view. Older rows, and vouchers not imported, keep their texts as before
/// (`source_line` NULL).
///
/// The voucher chain hashes the texts as the view gives them, so an edited import record, line
/// or stored text breaks the chain where `verify` looks. The view appends the stored text to the
/// rebuilt one for that reason: empty as written, anything put there later changes the hash.
///
/// `import_log.file_bytes` is the size of each voucher file imported from this version on: a file
/// of a size no import had is not one imported before, so its import skips reading it whole for
/// its digest before the transaction (`importVouchers`). NULL on older rows: any size may match.
extension Schema {
    static let migration0026 = """
    ALTER TABLE import_log ADD COLUMN file_bytes INTEGER CHECK(file_bytes IS NULL OR file_bytes >= 0);
    ALTER TABLE voucher ADD COLUMN source_line INTEGER
        CHECK(source_line IS NULL OR (source_line > 0 AND import_id IS NOT NULL));
    """ + voucherAsPostedView + ";"

    /// The view, as SQLite keeps its text in `sqlite_master`: `verify` compares the two, since
    /// every reader of vouchers reads through it and a view changed behind the engine's back would
    /// show texts the chain never hashed.
    static let voucherAsPostedView = """
    CREATE VIEW voucher_as_posted AS
    SELECT v.id, v.org_id, v.date, v.ordinal, v.number, v.summary, v.kind, v.reverses_id, v.total_fen,
           CASE WHEN v.source_line IS NULL THEN v.prepared_by ELSE coalesce(l.imported_by, '') || v.prepared_by END AS prepared_by,
           CASE WHEN v.source_line IS NULL THEN v.posted_at ELSE coalesce(l.imported_at, '') || v.posted_at END AS posted_at,
           CASE WHEN v.source_line IS NULL THEN v.source
                ELSE coalesce(l.file_name, '') || ':' || v.source_line || v.source END AS source,
           v.external_ref, v.import_id, v.hash, v.attachments, v.fund, v.chain_version, v.source_line
    FROM voucher v LEFT JOIN import_log l ON l.id = v.import_id AND v.source_line IS NOT NULL
    """
}

/// How an imported voucher's texts are made from its import's, in the posting path and (as SQL)
/// in `voucher_as_posted`: the two must agree byte for byte, or the chain breaks.
enum ImportedVoucherText {
    /// The voucher's source: the file's name as the import log keeps it, a colon, the line of the
    /// voucher's first row.
    static func source(file: String, line: Int) -> String { "\(file):\(line)" }

    /// `source(file:line:)` for one file, voucher after voucher: the name and its colon kept as
    /// bytes, the line's digits (`withDecimalDigits`) written after them into the String's own
    /// storage (the interpolation, two appends and a grown string a voucher, was 2% of the
    /// import's first thread).
    struct Sources {
        private let prefix: [UInt8]

        init(file: String) { prefix = Array("\(file):".utf8) }

        func source(line: Int) -> String {
            Int64(line).withDecimalDigits { digits in
                String(unsafeUninitializedCapacity: prefix.count + digits.count) { buffer in
                    _ = buffer.initialize(from: prefix)
                    _ = buffer[prefix.count...].initialize(from: digits)
                    return prefix.count + digits.count
                }
            }
        }
    }
}

/// The view's texts rebuilt from SQLite's own bytes, for `verify`'s walk: through the view (a join
/// and three concatenations a row) the walk over 1M vouchers took a quarter more CPU. Byte for
/// byte what `voucher_as_posted` gives, a missing import record included (its texts empty).
struct ImportedVoucherTextRebuilder {
    private var imports: [Int64: (preparedBy: [UInt8], postedAt: [UInt8], file: [UInt8])] = [:]
    private var preparedBy: [UInt8] = []
    private var postedAt: [UInt8] = []
    private var source: [UInt8] = []

    /// Every import record's texts (a few rows: one per import).
    init(connection: OpaquePointer) throws {
        let rows = try RawStatement(connection: connection, "SELECT id, imported_by, imported_at, file_name FROM import_log")
        while try rows.step() {
            imports[rows.int64(0)] = (Array(rows.text(1)), Array(rows.text(2)), Array(rows.text(3)))
        }
    }

    /// Hands `body` the texts of a voucher stored with `source_line` = `line`: its import's, then
    /// what the row holds (buffers reused voucher after voucher).
    mutating func rebuild(importID: Int64?, line: Int64, preparedBy storedPreparedBy: UnsafeBufferPointer<UInt8>,
                          postedAt storedPostedAt: UnsafeBufferPointer<UInt8>, source storedSource: UnsafeBufferPointer<UInt8>,
                          _ body: (_ preparedBy: UnsafeBufferPointer<UInt8>, _ postedAt: UnsafeBufferPointer<UInt8>,
                                   _ source: UnsafeBufferPointer<UInt8>) -> Void) {
        let texts = importID.flatMap { imports[$0] }
        preparedBy.removeAll(keepingCapacity: true)
        preparedBy.append(contentsOf: texts?.preparedBy ?? [])
        preparedBy.append(contentsOf: storedPreparedBy)
        postedAt.removeAll(keepingCapacity: true)
        postedAt.append(contentsOf: texts?.postedAt ?? [])
        postedAt.append(contentsOf: storedPostedAt)
        source.removeAll(keepingCapacity: true)
        source.append(contentsOf: texts?.file ?? [])
        source.append(UInt8(ascii: ":"))
        source.append(contentsOf: String(line).utf8)
        source.append(contentsOf: storedSource)
        preparedBy.withUnsafeBufferPointer { preparedBy in
            postedAt.withUnsafeBufferPointer { postedAt in
                source.withUnsafeBufferPointer { source in body(preparedBy, postedAt, source) }
            }
        }
    }
}

extension PostingSession {
    /// Names the `import_log` row `id`, to be written before the commit with this session's user
    /// and posting time and the file name `file`: vouchers then recorded from a line of it keep
    /// only the line (`voucher_as_posted` rebuilds the texts from the row).
    func keepsTexts(ofImport id: Int64, file: String) {
        importKeepingTexts = (id, file)
    }

    /// The line a voucher's row keeps in place of its three texts, or nil: it keeps them.
    func sourceLine(of draft: VoucherDraft, importID: Int64?, line: Int?) -> Int64? {
        guard let line, let importKeepingTexts, importKeepingTexts.id == importID else { return nil }
        assert(draft.source == ImportedVoucherText.source(file: importKeepingTexts.file, line: line))
        return Int64(line)
    }
}
