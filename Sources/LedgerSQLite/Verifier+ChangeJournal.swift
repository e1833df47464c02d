import Crypto
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// What verify checks of the change journal: its chain, the voucher head each record carries,
/// changes written outside a commit, and every state table against the latest images.
extension Verifier {
    struct ChangeJournalState {
        /// Per table, per key: the latest committed image's digest (`.deleted` once deleted). A
        /// digest, not the text: 32 bytes a row where the text was a few hundred (1M members held
        /// 612 MB); the first differing row's text is read back for the finding.
        var images: [String: [String: ImageDigest]] = [:]
        var last: ChangeJournal.Record?
        /// The last change a record covers: later ones are outside any commit.
        var lastCommittedChange: Int64 = 0
        var installed = false
        /// Per table: the batches of rows bulk writers journaled (`BatchImage`), in journal order,
        /// and which batch each key is in (until a later change of that row takes it out).
        var batches: [String: [Batch]] = [:]
        var batchOfKey: [String: [Int64: Int32]] = [:]

        mutating func addBatch(table: String, keys: [Int64], digest: String) {
            let index = Int32(batches[table, default: []].count)
            batches[table, default: []].append(Batch(first: keys[0], last: keys[keys.count - 1], count: keys.count, digest: digest))
            for key in keys { batchOfKey[table, default: [:]][key] = index }
        }

        /// A per-row change of a row journaled in a batch: from now on its own image counts. The
        /// registers written in batches are append-only, so only a new baseline of the table (a
        /// `schema` or `baseline` record, after a change of its columns) journals their rows again;
        /// in any other record it is an edit made with the triggers in place and swept into the
        /// next command's commit, and the batch is named.
        mutating func takeOutOfBatch(table: String, key: String, recordKind: String) {
            guard batchOfKey[table] != nil, key.hasPrefix("["), key.hasSuffix("]"),
                  let id = Int64(key.dropFirst().dropLast()),
                  let batch = batchOfKey[table]?.removeValue(forKey: id) else { return }
            batches[table]?[Int(batch)].superseded += 1
            if recordKind != "schema" && recordKind != "baseline" { batches[table]?[Int(batch)].rejournaledByAWrite = true }
        }
    }

    /// A batch of rows journaled as one digest, and what verify has fed it so far.
    struct Batch {
        var first: Int64
        var last: Int64
        var count: Int
        var digest: String
        /// Rows a later per-row change took out of the batch.
        var superseded = 0
        /// Whether one of those changes came with an ordinary command's commit.
        var rejournaledByAWrite = false
        var fed = 0
        var recomputed: BatchImage.Digest?
        var matches: Bool?
    }

    /// SHA-256 of an image's UTF-8 (images equal byte for byte, digests equal).
    struct ImageDigest: Hashable {
        var words: (UInt64, UInt64, UInt64, UInt64)
        static let deleted = ImageDigest(words: (0, 0, 0, 0))

        init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

        init(_ image: String) {
            var text = image
            let digest = text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            digest.withUnsafeBytes { source in withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: source) } }
            self.words = words
        }

        static func == (lhs: ImageDigest, rhs: ImageDigest) -> Bool { lhs.words == rhs.words }
        func hash(into hasher: inout Hasher) { hasher.combine(words.0) }
    }

    private mutating func journalFinding(_ kind: VerifyFinding.Kind, _ detail: VerifyDetail) {
        findings.append(VerifyFinding(kind: kind, voucherID: nil, organisation: "", detail: detail))
    }

    /// Recomputes every record's link from the changes it covers; collects the latest images.
    mutating func walkChangeJournal() throws -> ChangeJournalState {
        var state = ChangeJournalState()
        guard try ChangeJournal.isInstalled(db) else { return state }
        state.installed = true
        let records = try RawStatement(db, """
            SELECT seq, kind, at, last_change_seq, voucher_count, voucher_hash, hash FROM change_commit ORDER BY seq
            """)
        let changes = try RawStatement(db, "SELECT seq, tbl, key, image FROM change ORDER BY seq")
        var pending = try changes.step()
        var previous = JournalChain.genesis
        var broken = false
        var expectedSeq: Int64 = 1
        var lastChange: Int64 = 0
        while try records.step() {
            let record = ChangeJournal.Record(
                seq: records.int64(0), kind: records.string(1), at: records.string(2), lastChange: records.int64(3),
                voucherCount: records.int64(4), voucherHash: records.bytes(5), hash: records.bytes(6))
            if record.seq != expectedSeq && !broken {
                journalFinding(.changeJournalBroken, .journalRecordMissing(expected: expectedSeq, next: record.seq))
                broken = true
            }
            expectedSeq = record.seq + 1
            var link = ChangeJournal.Link(previous: previous)
            link.header(seq: record.seq, kind: record.kind, at: record.at, lastChange: record.lastChange,
                        voucherCount: record.voucherCount, voucherHash: record.voucherHash)
            while pending && changes.int64(0) <= record.lastChange {
                let table = changes.string(1), key = changes.string(2)
                let image: String? = changes.isNull(3) ? nil : changes.string(3)
                link.change(seq: changes.int64(0), table: table, key: key, image: image)
                if key.hasPrefix("{"), let keys = BatchImage.keys(key), let image {
                    state.addBatch(table: table, keys: keys, digest: image)
                } else {
                    state.images[table, default: [:]][key] = image.map(ImageDigest.init) ?? .deleted
                    state.takeOutOfBatch(table: table, key: key, recordKind: record.kind)
                }
                pending = try changes.step()
            }
            let recomputed = link.finish()
            if recomputed != record.hash && !broken {
                journalFinding(.changeJournalBroken, .journalRecordBroken(seq: record.seq, at: record.at, recomputed: recomputed, stored: record.hash))
                broken = true
            }
            previous = recomputed
            lastChange = record.lastChange
            state.lastCommittedChange = max(state.lastCommittedChange, record.lastChange)
            voucherHeadChecks[record.voucherCount, default: []].append((record.seq, record.voucherHash))
            state.last = record
        }
        records.reset()
        // Changes after the last record: written by a table's triggers outside any gonghui commit.
        var outside: [String: (key: String, count: Int)] = [:]
        while pending {
            let table = changes.string(1)
            outside[table, default: (changes.string(2), 0)].count += 1
            pending = try changes.step()
        }
        changes.reset()
        for (table, first) in outside.sorted(by: { $0.key < $1.key }) {
            let after = lastChange == 0 ? 0 : state.last?.seq ?? 0
            journalFinding(.recordDiffers, VerifyDetail("\(table) 表 \(first.key)：在 gonghui 之外被改动（变更日记账第 \(after) 条记录之后有 \(first.count) 处改动）",
                                                        "\(table) \(first.key): changed outside gonghui (\(first.count) change(s) after journal record \(after))"))
        }
        return state
    }

    /// After the voucher walk: heads past the journal's end, vouchers after the last record, and
    /// every state table against the journal. The images are used up as the tables are compared.
    mutating func finishChangeJournal(_ state: inout ChangeJournalState, voucherCount: Int64, voucherHash: [UInt8]) throws {
        guard state.installed else { return }
        for (count, records) in voucherHeadChecks.sorted(by: { $0.key < $1.key }) where !voucherHeadsSeen.contains(count) {
            journalFinding(.changeJournalBroken, .journalCountsPastEnd(record: records[0].record, count: count, vouchers: voucherCount))
        }
        if let last = state.last, last.voucherCount != voucherCount || last.voucherHash != voucherHash {
            journalFinding(.changeJournalBroken, .journalLastRecordBehind(record: last.seq, count: last.voucherCount, vouchers: voucherCount))
        }
        try compareTables(&state)
    }

    /// One stored row into its batch's digest; the digest is compared once the batch is complete.
    private static func feed(_ batch: inout Batch, _ rows: RawStatement, columns: Range<Int32>) {
        // Taken out while fed, so its buffer is not copied for every row.
        var digest = batch.recomputed.take() ?? BatchImage.Digest(reserving: false)
        for column in columns { digest.column(rows, column) }
        batch.fed += 1
        if batch.fed == batch.count - batch.superseded {
            batch.matches = digest.finish() == batch.digest
            batch.recomputed = nil
        } else {
            batch.recomputed = digest
        }
    }

    /// Batches whose rows are not the rows journaled: a row edited, deleted or added among them, or
    /// changed later one by one (the registers written in batches are append-only). The first such
    /// batch is named by its keys, with how many differ.
    private mutating func compareBatches(_ batches: [Batch], table: String) {
        var firstDiffering: Batch?
        var differing = 0
        for batch in batches where batch.superseded < batch.count || batch.rejournaledByAWrite {
            let intact = batch.superseded == 0 && batch.fed == batch.count && batch.matches == true
            guard !intact else { continue }
            differing += 1
            if firstDiffering == nil { firstDiffering = batch }
        }
        guard let batch = firstDiffering else { return }
        journalFinding(.recordDiffers, VerifyDetail(
            "\(table) 表键 \(batch.first)–\(batch.last) 的一批 \(batch.count) 行与变更日记账记录的摘要不符：有行在 gonghui 之外被改动、删除或插入（共 \(differing) 批不符）",
            "\(table) keys \(batch.first)–\(batch.last), a batch of \(batch.count) rows, differ from the digest the change journal holds: rows changed, deleted or inserted outside gonghui (\(differing) batch(es) differ)"))
    }

    /// The latest committed image of a row, as the journal holds it (for a finding's message).
    private func journaledImage(table: String, key: String, upTo lastChange: Int64) throws -> String? {
        let images = try RawStatement(db, "SELECT key, image FROM change WHERE tbl = ? AND seq <= ? ORDER BY seq DESC")
        defer { images.reset() }
        images.bind(1, table)
        images.bind(2, lastChange)
        // Keys are compared as Strings, as the walk's dictionary compared them.
        while try images.step() {
            guard images.string(0) == key else { continue }
            return images.isNull(1) ? nil : images.string(1)
        }
        return nil
    }

    /// The rows of every state table as they are now, against their latest images (each table's
    /// taken out of `state`, so crossing its rows off does not first copy them all).
    private mutating func compareTables(_ state: inout ChangeJournalState) throws {
        let recorded = try Dictionary(Row.fetchAll(db, sql: "SELECT name, columns FROM change_table").map {
            (($0["name"] as String), ($0["columns"] as String))
        }, uniquingKeysWith: { first, _ in first })
        let tables = try ChangeJournal.stateTables(db)
        // Every reader of vouchers reads this view: it must be the migration's.
        let view = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'voucher_as_posted'")
        if view != Schema.voucherAsPostedView { journalFinding(.recordDiffers, .viewChanged("voucher_as_posted")) }
        for table in Set(recorded.keys).subtracting(tables).sorted() {
            journalFinding(.recordDiffers, .journalTableGone(table))
        }
        for table in tables {
            guard let shape = try ChangeJournal.TableShape(db, table: table) else { continue }
            guard recorded[table] == shape.signature else {
                journalFinding(.recordDiffers, recorded[table] == nil ? .journalTableNotCovered(table) : .journalColumnsChanged(table))
                continue
            }
            let triggers = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'change_journal_%'
                """, arguments: [table]) ?? 0
            if triggers != 3 { journalFinding(.recordDiffers, .journalTriggersMissing(table)) }
            var images = state.images.removeValue(forKey: table) ?? [:]
            var batches = state.batches.removeValue(forKey: table) ?? []
            var batchOfKey = state.batchOfKey.removeValue(forKey: table) ?? [:]
            // The first difference (in key order, then the deleted) and how many there are.
            var first: (key: String, journaled: ImageDigest?, present: String?)?
            var differing: Int64 = 0
            // A table with batches is read with its key and its columns as stored, for their digests.
            let batched = !batches.isEmpty && shape.keyColumns.count == 1 && shape.keyColumns[0] != "rowid"
            let storedColumns = batched
                ? ", " + ([shape.keyColumns[0]] + shape.columns.map(\.name)).map(ChangeJournal.TableShape.quoted).joined(separator: ", ") : ""
            let rows = try RawStatement(db, """
                SELECT \(shape.keyExpression(everywhere: true)), \(shape.imageExpression(everywhere: true))\(storedColumns)
                FROM \(ChangeJournal.TableShape.quoted(table)) ORDER BY \(shape.keyColumns.map(ChangeJournal.TableShape.quoted).joined(separator: ", "))
                """)
            while try rows.step() {
                let key = rows.string(0)
                if batched, let index = batchOfKey.removeValue(forKey: rows.int64(2)) {
                    // An earlier image of the same key (a row number used again) gives way to the batch.
                    images.removeValue(forKey: key)
                    Self.feed(&batches[Int(index)], rows, columns: 3..<Int32(3 + shape.columns.count))
                    continue
                }
                let image = rows.string(1)
                let journalled = images.removeValue(forKey: key)
                guard journalled != ImageDigest(image) else { continue }
                differing += 1
                if first == nil { first = (key, journalled, image) }
            }
            rows.reset()
            compareBatches(batches, table: table)
            for (key, image) in images.sorted(by: { $0.key < $1.key }) where image != .deleted {
                differing += 1
                if first == nil { first = (key, image, nil) }
            }
            if let first {
                let journaled = first.journaled == nil || first.journaled == .deleted ? nil
                    : try journaledImage(table: table, key: first.key, upTo: state.lastCommittedChange)
                journalFinding(.recordDiffers, .journalRowDiffers(table: table, key: first.key, journaled: journaled,
                                                                  present: first.present, differing: differing))
            }
        }
    }
}
