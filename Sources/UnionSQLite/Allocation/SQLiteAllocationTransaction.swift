import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore

/// One write transaction of an allocation command: the registers' rows on the transaction's
/// connection, vouchers through the posting batch (the one posting path).
final class SQLiteAllocationTransaction: SQLiteAllocationRegisters, AllocationTransaction {
    let batch: SQLitePostingBatch
    let user: String
    var db: Database { batch.db }
    var clock: WallClock { batch.clock }
    private(set) lazy var positions = UnitPositionReader(db)
    /// Rows a unit register import holds in memory (`SQLiteUnitQueue`).
    let unitsInMemoryMax: Int

    init(batch: SQLitePostingBatch, user: String, unitsInMemoryMax: Int = SQLiteUnitQueue.unitsInMemoryMax) {
        self.batch = batch
        self.user = user
        self.unitsInMemoryMax = unitsInMemoryMax
    }

    // MARK: PostingBatch

    var postedCount: [String: Int] { batch.postedCount }

    func organisationsKeepingBooks() throws -> Set<String> { try batch.organisationsKeepingBooks() }

    @discardableResult
    func post(_ draft: VoucherDraft, into organisation: String) throws -> PostedVoucher { try batch.post(draft, into: organisation) }

    func requireAccount(_ code: AccountCode, in organisation: String) throws { try batch.requireAccount(code, in: organisation) }

    func recordEvent(organisation: String?, action: String, detail: String) throws {
        try batch.recordEvent(organisation: organisation, action: action, detail: detail)
    }

    // MARK: ImportedContentLog

    func importedContent(kind: String, digest: String) throws -> ImportedContent? {
        try batch.importedContent(kind: kind, digest: digest)
    }

    func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws {
        try batch.recordImportedContent(kind: kind, digest: digest, fileName: fileName, rows: rows)
    }

    // MARK: Registers

    func recordImport(kind: RegisterFileKind, fileName: String, sha256: String, rowCount: Int) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [kind.rawValue, fileName, sha256, rowCount, clock.now(), user])
        return db.lastInsertedRowID
    }

    func recordImportRowCount(importID: Int64, rows: Int) throws {
        try db.execute(sql: "UPDATE register_import SET row_count = ? WHERE id = ?", arguments: [rows, importID])
    }

    func declarationSession(importID: Int64) throws -> any DeclarationSession {
        try SQLiteDeclarationSession(db, importID: importID)
    }

    func recordDeclarations(_ declarations: [NewDeclaration], importID: Int64) throws {
        let insert = try SQLiteDeclarationSession.writer(db)
        for (index, declaration) in declarations.enumerated() {
            ImportProgress.reportIfDue(rows: index + 1, vouchers: 0)
            try SQLiteDeclarationSession.append(declaration, importID: importID, to: insert)
        }
        try insert.finish()
    }

    func receiptQueue() throws -> any ReceiptQueue { try SQLiteReceiptQueue(db) }

    func recordAllocationRun(month: YearMonth, at timestamp: String, rows: [AllocationRow]) throws {
        positions.forgetMonths()
        try db.execute(sql: "INSERT INTO allocation_run(month, run_at, run_by) VALUES (?, ?, ?)", arguments: [month.ordinal, timestamp, user])
        let runID = db.lastInsertedRowID
        // 256 rows a statement: the insert bounds `allocate` (a month of 50,000: 0.131 → 0.125 s).
        let insert = try BulkRowWriter(db, table: "allocation", columns: [
            "declaration_id", "unit_id", "month", "channel", "due_date", "collector_id", "due_fen", "retained_fen",
            "upward_fen", "collector_fen", "above_fen", "receivable_fen", "run_id",
        ], batchSize: 256)
        // Whole batches go to SQLite on a second thread while the rows after them are queued and
        // their change images made (nothing else here touches the connection meanwhile).
        try insert.writingBatchesInBackground {
            // A month's rows share a due date or two: each date's text is made once.
            var dueDateText: (date: LocalDate, text: String)?
            for (index, allocation) in rows.enumerated() {
                ImportProgress.reportIfDue(rows: index + 1, vouchers: 0)
                let dueDate: String
                if let cached = dueDateText, cached.date == allocation.dueDate {
                    dueDate = cached.text
                } else {
                    dueDate = allocation.dueDate.description
                    dueDateText = (allocation.dueDate, dueDate)
                }
                try insert.row { row in
                    row.add(allocation.declarationID)
                    row.add(allocation.unitID)
                    row.add(Int64(allocation.month.ordinal))
                    row.add(text: allocation.channel.rawValue)
                    row.add(terminatedText: dueDate)   // its CHECK calls length()
                    row.add(allocation.collectorID)
                    row.add(allocation.split.due.fen)
                    row.add(allocation.split.retained.fen)
                    row.add(allocation.split.upward.fen)
                    row.add(allocation.split.collector.fen)
                    row.add(allocation.split.above.fen)
                    row.add(allocation.receivable.fen)
                    row.add(runID)
                }
            }
        }
        try insert.finish()
    }

    func recordReceipt(_ receipt: NewReceipt) throws -> Int64 {
        // Cached, as the other statements an import runs per receipt.
        try db.cachedStatement(sql: """
            INSERT INTO remittance(unit_id, date, amount_fen, month, payer, ref, source, import_id, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [receipt.unitID, receipt.date.description, receipt.amount.fen, receipt.month?.ordinal, receipt.payer.rawValue,
                             receipt.reference, receipt.source, receipt.importID, clock.now(), user])
        return db.lastInsertedRowID
    }

    func recordReturned(receiptID: Int64, amount: Money) throws {
        try db.cachedStatement(sql: "UPDATE remittance SET returned_fen = ? WHERE id = ?").execute(arguments: [amount.fen, receiptID])
    }

    func recordPreparatoryRefund(unitID: Int64, date: LocalDate, amount: Money, receiptID: Int64?) throws {
        try db.cachedStatement(sql: """
            INSERT INTO preparatory_refund(unit_id, date, amount_fen, receipt_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [unitID, date.description, amount.fen, receiptID, clock.now(), user])
    }

    func setChannel(unitID: Int64, to channel: CollectionChannel) throws {
        try db.execute(sql: "UPDATE organisation SET channel = ? WHERE id = ?", arguments: [channel.rawValue, unitID])
    }

    func recordEnforcement(unitID: Int64, status: EnforcementStatus, date: LocalDate) throws {
        try db.execute(sql: "INSERT INTO arrears_status(unit_id, status, date, set_at, set_by) VALUES (?, ?, ?, ?, ?)",
                       arguments: [unitID, status.rawValue, date.description, clock.now(), user])
    }
}
