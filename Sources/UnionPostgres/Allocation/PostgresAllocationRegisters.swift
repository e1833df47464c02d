import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAllocation
import UnionCore

/// The reads of the allocation registers on PostgreSQL, on whatever transaction the caller holds
/// (a read, or the write transaction of a command) — statement for statement as UnionSQLite's
/// `SQLiteAllocationRegisters`, each a single bulk query. Strict: a stored value that does not
/// parse is a `StoreError.storage` naming the table and row, never a default or a dropped row.
/// Text is ordered with `COLLATE "C"` so rows come back in SQLite's (bytewise) order.
protocol PostgresAllocationRegisters: AllocationReads {
    var session: PostgresSession { get }
    /// Writes whatever the posting path still holds back, before a read of vouchers or postings.
    func flushPostings() throws
}

extension PostgresAllocationRegisters {
    func directory(structureOnly: Bool) throws -> UnitDirectory {
        let withBooks = Set(try session.query("SELECT DISTINCT org_id FROM account").map { try $0.int("org_id") })
        let rows = try session.query("""
            SELECT o.id, o.code, o.name, o.kind, o.parent_id, o.channel, o.bank_name, o.bank_account FROM organisation o
            """ + (structureOnly ? """
             WHERE o.id IN (SELECT org_id FROM account) OR o.id IN (SELECT parent_id FROM organisation WHERE parent_id IS NOT NULL)
            """ : "") + " ORDER BY o.id")
        let units = try rows.map { row in
            let id = try row.int("id")
            return UnitDirectory.Unit(
                id: id, code: try row.text("code"), name: try row.text("name"), kind: try row.text("kind"),
                parentID: try row.optionalInt("parent_id"),
                channel: try RegisterValue.channel(try row.text("channel"), "organisation row \(id)"),
                keepsBooks: withBooks.contains(id), bankName: try row.text("bank_name"), bankAccount: try row.text("bank_account"))
        }
        return UnitDirectory(units: units)
    }

    func organisationID(code: String) throws -> Int64? {
        try session.query("SELECT id FROM organisation WHERE code = $1", [.text(code)]).first?.int("id")
    }

    func chartRoles() throws -> [String: ChartRoles] {
        // As the books list their chart (by code), so the first account of a role wins as in `Books.chartRoles()`.
        var accounts: [String: [Account]] = [:]
        for row in try session.query("""
            SELECT o.code AS org_code, a.id, a.code, a.name, a.name_en, a.kind, a.is_open, a.role
            FROM account a JOIN organisation o ON o.id = a.org_id ORDER BY a.org_id, a.code COLLATE "C"
            """) {
            let id = try row.int("id")
            let place = "account row \(id)"
            accounts[try row.text("org_code"), default: []].append(Account(
                code: try RegisterValue.accountCode(try row.text("code"), place), name: try row.text("name"),
                nameEnglish: try row.text("name_en"), kind: try RegisterValue.accountKind(try row.text("kind"), place),
                isOpen: try row.int("is_open") == 1, role: try row.text("role")))
        }
        return accounts.reduce(into: [:]) { roles, entry in roles[entry.key] = ChartRoles(organisation: entry.key, accounts: entry.value) }
    }

    func previousImport(kind: RegisterFileKind, sha256: String) throws -> PreviousImport? {
        try session.query("SELECT file_name, imported_at FROM register_import WHERE kind = $1 AND file_sha256 = $2",
                          [.text(kind.rawValue), .text(sha256)])
            .first.map { PreviousImport(fileName: try $0.text("file_name"), importedAt: try $0.text("imported_at")) }
    }

    // MARK: Payroll and allocation

    func latestDeclarations() throws -> [DeclarationKey: DeclaredRevision] {
        var latest: [DeclarationKey: DeclaredRevision] = [:]
        for row in try session.query("""
            SELECT id, unit_id, month, revision, headcount, wage_total_fen, channel FROM payroll_declaration d
            WHERE revision = (SELECT MAX(revision) FROM payroll_declaration e WHERE e.unit_id = d.unit_id AND e.month = d.month)
            """) {
            let id = try row.int("id")
            let channel = try RegisterValue.channel(try row.text("channel"), "payroll_declaration row \(id)")
            latest[DeclarationKey(unit: try row.int("unit_id"), month: Int(try row.int("month")))] = DeclaredRevision(
                revision: try row.int("revision"),
                figures: DeclaredFigures(headcount: try row.int("headcount"), wageTotal: Money(fen: try row.int("wage_total_fen")),
                                         channel: channel))
        }
        return latest
    }

    func declarations(month: YearMonth) throws -> [MonthDeclaration] {
        try session.query("""
            SELECT d.id, d.unit_id, d.revision, d.wage_total_fen, d.channel, a.declaration_id IS NOT NULL AS is_allocated,
                   o.code, o.parent_id
            FROM payroll_declaration d LEFT JOIN allocation a ON a.declaration_id = d.id JOIN organisation o ON o.id = d.unit_id
            WHERE d.month = $1 ORDER BY d.unit_id, d.revision
            """, [.int(month.ordinal)]).map { row in
            let id = try row.int("id")
            return MonthDeclaration(
                id: id, unitID: try row.int("unit_id"), unitCode: try row.text("code"), parentID: try row.optionalInt("parent_id"),
                revision: try row.int("revision"), wageTotal: Money(fen: try row.int("wage_total_fen")),
                channel: try RegisterValue.channel(try row.text("channel"), "payroll_declaration row \(id)"),
                isAllocated: try row.bool("is_allocated"))
        }
    }

    func allocations(month: YearMonth) throws -> [PostedAllocation] {
        try session.query("""
            SELECT a.declaration_id, a.unit_id, a.channel, a.collector_id, a.due_fen, a.retained_fen, a.upward_fen, a.collector_fen,
                   a.above_fen
            FROM payroll_declaration d JOIN allocation a ON a.declaration_id = d.id WHERE d.month = $1 ORDER BY d.id
            """, [.int(month.ordinal)]).map { row in
            let id = try row.int("declaration_id")
            let split = AllocationSplit(due: Money(fen: try row.int("due_fen")), retained: Money(fen: try row.int("retained_fen")),
                                        upward: Money(fen: try row.int("upward_fen")), collector: Money(fen: try row.int("collector_fen")),
                                        above: Money(fen: try row.int("above_fen")))
            return PostedAllocation(
                unitID: try row.int("unit_id"),
                channel: try RegisterValue.channel(try row.text("channel"), "allocation row \(id)"),
                collectorID: try row.optionalInt("collector_id"), split: split)
        }
    }

    // MARK: Receipts and refunds

    func isReceiptRecorded(unitID: Int64, reference: String) throws -> Bool {
        guard !reference.isEmpty else { return false }
        return try !session.query("SELECT 1 AS one FROM remittance WHERE unit_id = $1 AND ref = $2",
                                  [.integer(unitID), .text(reference)]).isEmpty
    }

    func position(unitID: Int64) throws -> UnitPosition {
        let allocations = try session.query("""
            SELECT month, channel, MIN(due_date) AS due_date, SUM(receivable_fen)::BIGINT AS receivable,
                   SUM(retained_fen)::BIGINT AS retained
            FROM allocation WHERE unit_id = $1 GROUP BY month, channel ORDER BY month, channel COLLATE "C"
            """, [.integer(unitID)]).map { row in
            let month = YearMonth(ordinal: Int(try row.int("month")))
            return UnitAllocationMonth(
                month: month,
                channel: try RegisterValue.channel(try row.text("channel"), "allocation of unit \(unitID) for \(month)"),
                dueDate: try RegisterValue.date(try row.text("due_date"), "allocation of unit \(unitID) for \(month)"),
                receivable: Money(fen: try row.int("receivable")), retained: Money(fen: try row.int("retained")))
        }
        // The refunds in one statement, receipts and the share passed down with them in another
        // (read in SQLite's order, so a bad row is reported alike): a receipts file reads each
        // unit's position once, and a federation has thousands of units.
        let refunds = try preparatoryRefunds(unitID: unitID)
        var returned: Int64 = 0
        let receipts = try session.query("""
            SELECT id, date, amount_fen, month, (SUM(returned_fen) OVER ())::BIGINT AS returned
            FROM remittance WHERE unit_id = $1 ORDER BY date COLLATE "C", id
            """, [.integer(unitID)]).map { row in
            returned = try row.int("returned")
            let id = try row.int("id")
            return ReceiptMatching.Receipt(
                date: try RegisterValue.date(try row.text("date"), "remittance row \(id)"),
                amount: Money(fen: try row.int("amount_fen")), month: try row.optionalInt("month").map { YearMonth(ordinal: Int($0)) })
        }
        return UnitPosition(allocations: allocations, receipts: receipts, returned: Money(fen: returned),
                            formedOn: refunds.formedOn, refunded: refunds.total)
    }

    /// The unit's preparatory-fund refunds: the first one's date (its union was formed then) and the total.
    private func preparatoryRefunds(unitID: Int64) throws -> (formedOn: LocalDate?, total: Money) {
        guard let first = try session.query("""
            SELECT id, date, (SUM(amount_fen) OVER ())::BIGINT AS total FROM preparatory_refund WHERE unit_id = $1 ORDER BY id LIMIT 1
            """, [.integer(unitID)]).first else { return (nil, .zero) }
        let id = try first.int("id")
        return (try RegisterValue.date(try first.text("date"), "preparatory_refund row \(id)"),
                Money(fen: try first.int("total")))
    }
}
