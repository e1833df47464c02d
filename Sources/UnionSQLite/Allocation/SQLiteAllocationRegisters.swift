import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore

/// The reads of the allocation registers, on whatever connection the caller holds (a read, or
/// the write transaction of a command). Strict: a stored value that does not parse is a
/// `StoreError.storage` naming the table and row (`StoredValue`), never a default or a dropped row.
protocol SQLiteAllocationRegisters: AllocationReads {
    var db: Database { get }
    /// Units' positions, on this connection (one reader for the read or the transaction).
    var positions: UnitPositionReader { get }
}

extension SQLiteAllocationRegisters {
    func registerInRowOrder() throws -> any RegisterCursor { try SQLiteRegisterCursor(db) }

    func directory(structureOnly: Bool) throws -> UnitDirectory {
        let withBooks = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT org_id FROM account"))
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.id, o.code, o.name, o.kind, o.parent_id, o.channel, o.bank_name, o.bank_account FROM organisation o
            """ + (structureOnly ? """
             WHERE o.id IN (SELECT org_id FROM account) OR o.id IN (\(AllocationRegisterSQL.parents))
            """ : ""))
        var units: [UnitDirectory.Unit] = []
        while let row = try rows.next() {
            let id: Int64 = row[0]
            units.append(UnitDirectory.Unit(
                id: id, code: row[1], name: row[2], kind: row[3], parentID: row[4],
                channel: try RegisterValue.channel(row[5], "organisation row \(id)"), keepsBooks: withBooks.contains(id),
                bankName: row[6], bankAccount: row[7]))
        }
        return UnitDirectory(units: units)
    }

    func unitCodes() throws -> UnitCodeTable {
        var table = UnitCodeTable()
        // Read from SQLite's buffers: a federation's register is read whole by every payroll
        // import, and a String per code, name and channel was most of the cost.
        let rows = try RawStatement(db, "SELECT id, code, name, channel FROM organisation ORDER BY id")
        while try rows.step() {
            let id = rows.int64(0)
            let channel = try RegisterValue.channel(String(decoding: rows.text(3), as: UTF8.self), "organisation row \(id)")
            table.add(id: id, code: rows.text(1), name: rows.text(2), channel: channel)
        }
        return table
    }

    func organisationID(code: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = ?", arguments: [code])
    }

    func chartRoles() throws -> [String: ChartRoles] {
        // As the books list their chart (by code), so the first account of a role wins as in `Books.chartRoles()`.
        var accounts: [String: [Account]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.code, a.id, a.code, a.name, a.name_en, a.kind, a.is_open, a.role
            FROM account a JOIN organisation o ON o.id = a.org_id ORDER BY a.org_id, a.code
            """)
        while let row = try rows.next() {
            accounts[row[0], default: []].append(Account(
                code: try RegisterValue.accountCode(row[2], "account row \(row[1] as Int64)"), name: row[3], nameEnglish: row[4],
                kind: try RegisterValue.accountKind(row[5], "account row \(row[1] as Int64)"), isOpen: (row[6] as Int64) == 1, role: row[7]))
        }
        return accounts.reduce(into: [:]) { roles, entry in roles[entry.key] = ChartRoles(organisation: entry.key, accounts: entry.value) }
    }

    func previousImport(kind: RegisterFileKind, sha256: String) throws -> PreviousImport? {
        try Row.fetchOne(db, sql: "SELECT file_name, imported_at FROM register_import WHERE kind = ? AND file_sha256 = ?",
                         arguments: [kind.rawValue, sha256])
            .map { PreviousImport(fileName: $0[0], importedAt: $0[1]) }
    }

    // MARK: Payroll and allocation

    func latestDeclarations() throws -> [DeclarationKey: DeclaredRevision] {
        var latest: [DeclarationKey: DeclaredRevision] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, unit_id, month, revision, headcount, wage_total_fen, channel FROM payroll_declaration d
            WHERE revision = (SELECT MAX(revision) FROM payroll_declaration e WHERE e.unit_id = d.unit_id AND e.month = d.month)
            """)
        while let row = try rows.next() {
            let channel = try RegisterValue.channel(row[6], "payroll_declaration row \(row[0] as Int64)")
            latest[DeclarationKey(unit: row[1], month: row[2])] = DeclaredRevision(
                revision: row[3], figures: DeclaredFigures(headcount: row[4], wageTotal: Money(fen: row[5]), channel: channel))
        }
        return latest
    }

    func declarations(month: YearMonth) throws -> [MonthDeclaration] {
        var declarations: [MonthDeclaration] = []
        // From SQLite's buffers, each channel's text decoded once: `allocate` reads a whole month
        // (50,000 declarations in a county federation), and a GRDB row cost ≈ 2,900 instructions.
        var channels = RecentTexts<CollectionChannel>()
        let anyAllocated = try Bool.fetchOne(db, sql: AllocationRegisterSQL.monthHasAllocations, arguments: [month.ordinal]) ?? true
        // Sized once (a count off the month-first index): grown by doubling, the copies' fresh
        // pages cost the kernel more than the count.
        declarations.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM payroll_declaration WHERE month = ?",
                                                      arguments: [month.ordinal]) ?? 0)
        let rows = try RawStatement(db, anyAllocated ? AllocationRegisterSQL.monthDeclarations
                                                     : AllocationRegisterSQL.monthDeclarationsNoneAllocated)
        rows.bind(1, month.ordinal)
        while try rows.step() {
            let id = rows.int64(0)
            declarations.append(MonthDeclaration(
                id: id, unitID: rows.int64(1), unitCode: rows.string(6), parentID: rows.isNull(7) ? nil : rows.int64(7),
                revision: rows.int64(2), wageTotal: Money(fen: rows.int64(3)),
                channel: try channels.value(rows.text(4)) { try RegisterValue.channel($0, "payroll_declaration row \(id)") },
                isAllocated: rows.int64(5) != 0))
        }
        return declarations
    }

    func allocations(month: YearMonth) throws -> [PostedAllocation] {
        var allocations: [PostedAllocation] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.declaration_id, a.unit_id, a.channel, a.collector_id, a.due_fen, a.retained_fen, a.upward_fen, a.collector_fen, a.above_fen
            FROM payroll_declaration d JOIN allocation a ON a.declaration_id = d.id WHERE d.month = ? ORDER BY d.id
            """, arguments: [month.ordinal])
        while let row = try rows.next() {
            let split = AllocationSplit(due: Money(fen: row[4]), retained: Money(fen: row[5]), upward: Money(fen: row[6]),
                                        collector: Money(fen: row[7]), above: Money(fen: row[8]))
            allocations.append(PostedAllocation(unitID: row[1], channel: try RegisterValue.channel(row[2], "allocation row \(row[0] as Int64)"),
                                                collectorID: row[3], split: split))
        }
        return allocations
    }

    // MARK: Receipts and refunds

    func isReceiptRecorded(unitID: Int64, reference: String) throws -> Bool {
        guard !reference.isEmpty else { return false }
        return try Int.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM remittance WHERE unit_id = ? AND ref = ?"),
                                arguments: [unitID, reference]) != nil
    }

    func position(unitID: Int64) throws -> UnitPosition {
        try positions.position(unitID: unitID, allocations: try positions.allocations(unitID: unitID))
    }

    func position(unitID: Int64, allocations: [UnitAllocationMonth]) throws -> UnitPosition {
        try positions.position(unitID: unitID, allocations: allocations)
    }

    /// Every month on the register read once, in unit order, keeping the units asked for: the
    /// lowest ids first, as many as `rowsMax` unit-months hold.
    func allocationMonths(of units: Set<Int64>, rowsMax: Int) throws -> AllocationMonthsByUnit? {
        let months = try Int.fetchAll(db, sql: AllocationRegisterSQL.registerMonths).map(YearMonth.init(ordinal:))
        let fitting = months.isEmpty ? units.count : max(0, rowsMax / months.count)
        var byUnit = AllocationMonthsByUnit(units: fitting >= units.count ? Array(units) : Array(units.sorted().prefix(fitting)))
        var channels = RecentTexts<CollectionChannel>()
        var dates = RecentTexts<LocalDate>()
        let rows = try RawStatement(db, AllocationRegisterSQL.monthPositions)
        for month in months {
            byUnit.startMonth(month)
            rows.bind(1, month.ordinal)
            defer { rows.reset() }
            while try rows.step() {
                let unitID = rows.int64(0)
                try byUnit.add(unitID: unitID,
                               channel: try channels.value(rows.text(1)) { try RegisterValue.channel($0, "allocation of unit \(unitID) for \(month)") },
                               dueDate: try dates.value(rows.text(2)) { try RegisterValue.date($0, "allocation of unit \(unitID) for \(month)") },
                               receivable: Money(fen: rows.int64(3)), retained: Money(fen: rows.int64(4)))
            }
        }
        return byUnit
    }
}

/// The organisation register in row-id order off the table itself (`registerInRowOrder`).
final class SQLiteRegisterCursor: RegisterCursor {
    private let rows: RawStatement

    init(_ db: Database) throws {
        rows = try RawStatement(db, "SELECT id, code, name, parent_id FROM organisation ORDER BY id")
    }

    func next() throws -> RegisteredName? {
        guard try rows.step() else { return nil }
        return RegisteredName(id: rows.int64(0), code: rows.string(1), name: rows.string(2), parentID: rows.isNull(3) ? nil : rows.int64(3))
    }
}
