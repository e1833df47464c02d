import LedgerCore
import LedgerStore

/// What verify checks of a PostgreSQL book's change journal, as on the SQLite file: the chain of
/// records (each recomputed from the changes of its transaction), the voucher head each record
/// carries, changes no record links (written outside gonghui), and every covered table against
/// its latest images — compared by the server, which returns only what differs.
struct PostgresChangeJournalCheck {
    let session: PostgresSession
    private(set) var findings: [VerifyFinding] = []
    /// Voucher count → the records that name the chain's head at that count.
    private var voucherHeads: [Int64: [(record: Int64, hash: [UInt8])]] = [:]
    private var voucherHeadsSeen: Set<Int64> = []
    private var last: PostgresChangeJournal.Record?

    init(session: PostgresSession) {
        self.session = session
    }

    private mutating func finding(_ kind: VerifyFinding.Kind, _ detail: VerifyDetail) {
        findings.append(VerifyFinding(kind: kind, voucherID: nil, organisation: "", detail: detail))
    }

    /// Recomputes every record's link from its transaction's changes.
    mutating func walk() throws {
        var previous = JournalChain.genesis
        var broken = false
        var expectedSeq: Int64 = 1
        var after: Int64 = 0
        while true {
            let records = try session.query("""
                SELECT \(PostgresChangeJournal.Record.columns) FROM change_commit WHERE seq > $1 ORDER BY seq LIMIT 1000
                """, [.integer(after)]).map(PostgresChangeJournal.Record.init)
            for record in records {
                if record.seq != expectedSeq && !broken {
                    finding(.changeJournalBroken, .journalRecordMissing(expected: expectedSeq, next: record.seq))
                    broken = true
                }
                expectedSeq = record.seq + 1
                var link = ChangeLink(previous: previous)
                link.header(seq: record.seq, kind: record.kind, at: record.at, lastChange: record.lastChange,
                            voucherCount: record.voucherCount, voucherHash: record.voucherHash)
                try PostgresChangeJournal.changes(of: record.tx, session) { seq, table, key, image in
                    link.change(seq: seq, table: table, key: key, image: image)
                }
                let recomputed = link.finish()
                if recomputed != record.hash && !broken {
                    finding(.changeJournalBroken, .journalRecordBroken(seq: record.seq, at: record.at, recomputed: recomputed, stored: record.hash))
                    broken = true
                }
                previous = recomputed
                voucherHeads[record.voucherCount, default: []].append((record.seq, record.voucherHash))
                last = record
                after = record.seq
            }
            if records.count < 1000 { break }
        }
        // Changes no record links: their transaction ended outside gonghui's commit.
        for row in try session.query("""
            SELECT c.tbl, min(c.key) AS key, count(*) AS n FROM change c
            WHERE NOT EXISTS (SELECT 1 FROM change_commit r WHERE r.tx = c.tx)
            GROUP BY c.tbl ORDER BY c.tbl COLLATE "C"
            """) {
            let table = try row.text("tbl"), key = try row.text("key"), count = try row.int("n")
            finding(.recordDiffers, VerifyDetail("\(table) 表 \(key)：在 gonghui 之外被改动（变更日记账之外有 \(count) 处改动）",
                                                 "\(table) \(key): changed outside gonghui (\(count) change(s) no journal record links)"))
        }
    }

    /// Each record's voucher head must be a link of the voucher chain, at the count it names.
    mutating func checkVoucherHead(count: Int64, hash: [UInt8]) {
        guard let expected = voucherHeads[count] else { return }
        voucherHeadsSeen.insert(count)
        for (record, recorded) in expected where recorded != hash {
            finding(.changeJournalBroken, .journalVoucherLink(record: record, count: count, link: hash, recorded: recorded))
        }
    }

    /// After the voucher walk: heads past the journal's end, vouchers after the last record, and
    /// every state table against the journal.
    mutating func finish(voucherCount: Int64, voucherHash: [UInt8]) throws {
        for (count, records) in voucherHeads.sorted(by: { $0.key < $1.key }) where !voucherHeadsSeen.contains(count) {
            finding(.changeJournalBroken, .journalCountsPastEnd(record: records[0].record, count: count, vouchers: voucherCount))
        }
        if let last, last.voucherCount != voucherCount || last.voucherHash != voucherHash {
            finding(.changeJournalBroken, .journalLastRecordBehind(record: last.seq, count: last.voucherCount, vouchers: voucherCount))
        }
        try compareTables()
    }

    /// The rows of every covered table as they are now, against their latest linked images.
    private mutating func compareTables() throws {
        let recorded = try Dictionary(session.query("SELECT name, columns FROM change_table").map {
            (try $0.text("name"), try $0.text("columns"))
        }, uniquingKeysWith: { first, _ in first })
        let shapes = try PostgresTableShape.all(session).filter { !PostgresChangeJournal.uncovered.contains($0.name) }
        for table in Set(recorded.keys).subtracting(shapes.map(\.name)).sorted() {
            finding(.recordDiffers, .journalTableGone(table))
        }
        let triggers = try PostgresChangeJournal.journalTriggers(session)
        for shape in shapes {
            let table = shape.name
            guard recorded[table] == shape.signature else {
                finding(.recordDiffers, recorded[table] == nil ? .journalTableNotCovered(table) : .journalColumnsChanged(table))
                continue
            }
            if triggers[table] != 3 { finding(.recordDiffers, .journalTriggersMissing(table)) }
            // The latest image of each key among linked changes (records in chain order), against the row now.
            let rows = try session.query("""
                WITH latest AS (
                    SELECT DISTINCT ON (c.key) c.key, c.image FROM change c JOIN change_commit r ON r.tx = c.tx
                    WHERE c.tbl = $1 ORDER BY c.key, r.seq DESC, c.seq DESC),
                present AS (SELECT \(shape.keyExpression("gonghui_row")) AS key, \(shape.imageExpression("gonghui_row")) AS image
                            FROM \(shape.quotedName) gonghui_row)
                SELECT COALESCE(p.key, l.key) AS key, l.image AS journaled, p.image AS present, count(*) OVER () AS differing
                FROM present p FULL JOIN (SELECT key, image FROM latest WHERE image IS NOT NULL) l ON l.key = p.key
                WHERE p.image IS DISTINCT FROM l.image
                ORDER BY COALESCE(p.key, l.key) COLLATE "C" LIMIT 1
                """, [.text(table)])
            guard let row = rows.first else { continue }
            finding(.recordDiffers, .journalRowDiffers(table: table, key: try row.text("key"), journaled: try row.optionalText("journaled"),
                                                       present: try row.optionalText("present"), differing: try row.int("differing")))
        }
    }
}
