import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAllocation
import UnionCore

/// One write transaction of an allocation command: the registers' rows on the batch's session,
/// vouchers through the posting batch (the one posting path) — as `SQLiteAllocationTransaction`.
/// Bulk writes are multi-row INSERTs (`AllocationRowWriter`): a federation files 50,000 units.
final class PostgresAllocationTransaction: PostgresAllocationRegisters, AllocationTransaction {
    let batch: PostgresPostingBatch
    let user: String
    var session: PostgresSession { batch.session }
    var clock: WallClock { batch.clock }

    init(batch: PostgresPostingBatch, user: String) {
        self.batch = batch
        self.user = user
    }

    /// The books' reads in this transaction must see the vouchers posted so far.
    func flushPostings() throws { try batch.flush() }

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
        try AllocationUniqueRace.guarding {
            try batch.recordImportedContent(kind: kind, digest: digest, fileName: fileName, rows: rows)
        }
    }

    // MARK: Registers

    func recordImport(kind: RegisterFileKind, fileName: String, sha256: String, rowCount: Int) throws -> Int64 {
        try AllocationUniqueRace.guarding {
            try session.one("""
                INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """, [.text(kind.rawValue), .text(fileName), .text(sha256), .int(rowCount), .text(clock.now()), .text(user)]).int("id")
        }
    }

    func recordImportRowCount(importID: Int64, rows: Int) throws {
        try session.query("UPDATE register_import SET row_count = $1 WHERE id = $2", [.int(rows), .integer(importID)])
    }

    func registerUnits(_ units: [NewUnit], firstPeriod: YearMonth) throws {
        try AllocationUniqueRace.guarding { try AllocationUnitWriter.register(units, firstPeriod: firstPeriod, in: self) }
    }

    func recordDeclarations(_ declarations: [NewDeclaration], importID: Int64) throws {
        var rows: [[PostgresValue]] = []
        rows.reserveCapacity(declarations.count)
        for (index, declaration) in declarations.enumerated() {
            ImportProgress.reportIfDue(rows: index + 1, vouchers: 0)
            rows.append([.integer(declaration.key.unit), .int(declaration.key.month), .integer(declaration.revision),
                         .integer(declaration.figures.headcount), .integer(declaration.figures.wageTotal.fen),
                         .text(declaration.figures.channel.rawValue), .integer(importID), .int(declaration.line)])
        }
        try AllocationUniqueRace.guarding {
            try AllocationRowWriter.insert(session, table: "payroll_declaration", columns: [
                "unit_id", "month", "revision", "headcount", "wage_total_fen", "channel", "import_id", "line",
            ], rows: rows)
        }
    }

    func recordAllocationRun(month: YearMonth, at timestamp: String, rows: [AllocationRow]) throws {
        let runID = try session.one("INSERT INTO allocation_run(month, run_at, run_by) VALUES ($1, $2, $3) RETURNING id",
                                    [.int(month.ordinal), .text(timestamp), .text(user)]).int("id")
        var values: [[PostgresValue]] = []
        values.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            ImportProgress.reportIfDue(rows: index + 1, vouchers: 0)
            values.append([.integer(row.declarationID), .integer(row.unitID), .int(row.month.ordinal), .text(row.channel.rawValue),
                           .text(row.dueDate.description), .optional(row.collectorID), .integer(row.split.due.fen),
                           .integer(row.split.retained.fen), .integer(row.split.upward.fen), .integer(row.split.collector.fen),
                           .integer(row.split.above.fen), .integer(row.receivable.fen), .integer(runID)])
        }
        try AllocationUniqueRace.guarding {
            try AllocationRowWriter.insert(session, table: "allocation", columns: [
                "declaration_id", "unit_id", "month", "channel", "due_date", "collector_id", "due_fen", "retained_fen",
                "upward_fen", "collector_fen", "above_fen", "receivable_fen", "run_id",
            ], rows: values)
        }
    }

    func recordReceipt(_ receipt: NewReceipt) throws -> Int64 {
        try AllocationUniqueRace.guarding {
            try session.one("""
                INSERT INTO remittance(unit_id, date, amount_fen, month, payer, ref, source, import_id, recorded_at, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
                """, [.integer(receipt.unitID), .text(receipt.date.description), .integer(receipt.amount.fen),
                      .optional(receipt.month.map { Int64($0.ordinal) }), .text(receipt.payer.rawValue), .text(receipt.reference),
                      .text(receipt.source), .optional(receipt.importID), .text(clock.now()), .text(user)]).int("id")
        }
    }

    func recordReturned(receiptID: Int64, amount: Money) throws {
        try session.query("UPDATE remittance SET returned_fen = $1 WHERE id = $2", [.integer(amount.fen), .integer(receiptID)])
    }

    func recordPreparatoryRefund(unitID: Int64, date: LocalDate, amount: Money, receiptID: Int64?) throws {
        try AllocationUniqueRace.guarding {
            try session.query("""
                INSERT INTO preparatory_refund(unit_id, date, amount_fen, receipt_id, recorded_at, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6)
                """, [.integer(unitID), .text(date.description), .integer(amount.fen), .optional(receiptID), .text(clock.now()),
                      .text(user)])
        }
    }

    func setChannel(unitID: Int64, to channel: CollectionChannel) throws {
        try session.query("UPDATE organisation SET channel = $1 WHERE id = $2", [.text(channel.rawValue), .integer(unitID)])
    }

    func recordEnforcement(unitID: Int64, status: EnforcementStatus, date: LocalDate) throws {
        try session.query("INSERT INTO arrears_status(unit_id, status, date, set_at, set_by) VALUES ($1, $2, $3, $4, $5)",
                          [.integer(unitID), .text(status.rawValue), .text(date.description), .text(clock.now()), .text(user)])
    }
}
