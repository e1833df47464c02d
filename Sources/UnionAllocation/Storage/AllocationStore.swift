import LedgerCore
import LedgerStore
import UnionCore

/// What the allocation, remittance and arrears rules ask of storage: the registers (payroll
/// declarations, allocations, receipts, refunds, enforcement) and the books they post into.
/// Implemented over SQLite by UnionSQLite's `SQLiteAllocationStore`; the rules never see SQL.
///
/// Each public entry point reads what it needs, runs a pure rule (`AllocationPlan`,
/// `ArrearsStatement`, `MirrorCheck.compare`, …) and writes the result in one transaction
/// (`write`): all of a command's work or none of it.
public protocol AllocationStore: Sendable {
    /// Where "now" comes from for every write.
    var clock: WallClock { get }
    /// The allocation terms of the policy in force for the file (`policy set`; the built-in
    /// default when none was set).
    func policy() throws -> AllocationPolicy
    /// Runs `body` on one consistent read of the registers and books.
    func read<T>(_ body: (any AllocationReads) throws -> T) throws -> T
    /// Runs `body` in one write transaction as `user`; commits only if all of it succeeds.
    /// `volume`: what it is about to add (an import's file, a month's allocations), for a store
    /// that writes a large transaction another way.
    func write<T>(user: String, volume: WriteVolume, _ body: (any AllocationTransaction) throws -> T) throws -> T
    /// What `allocate` of `month` is about to add, for a store that writes a large transaction
    /// another way: the month's declared units with no allocation yet, a first allocation each
    /// (corrections of units allocated before are not counted: a month of them runs as small).
    func allocationVolume(month: YearMonth) throws -> WriteVolume
}

extension AllocationStore {
    /// `.small`: for a store that writes every transaction one way, nothing to count.
    public func allocationVolume(month: YearMonth) throws -> WriteVolume { .small }

    /// `write(user:volume:_:)` for a command's ordinary write of a few rows.
    public func write<T>(user: String, _ body: (any AllocationTransaction) throws -> T) throws -> T {
        try write(user: user, volume: .small, body)
    }
}

/// The reads of the allocation registers. Every stored value that does not parse is a
/// `StoreError.storage` naming the table and row, never a default or a dropped row.
public protocol AllocationReads {
    /// Every registered organisation; with `structureOnly`, only those keeping books or with units
    /// below them (enough to find collectors, for bulk runs that read each unit with its row).
    func directory(structureOnly: Bool) throws -> UnitDirectory
    /// Every registered organisation's code, row id, channel and name, compact: what an import
    /// looks up for each row. The default builds it from `directory`.
    func unitCodes() throws -> UnitCodeTable
    /// The row id of the organisation registered under `code`.
    func organisationID(code: String) throws -> Int64?
    /// The chart roles of every organisation keeping books, by code.
    func chartRoles() throws -> [String: ChartRoles]
    /// The earlier import of a register file with this content, if any.
    func previousImport(kind: RegisterFileKind, sha256: String) throws -> PreviousImport?

    // MARK: Payroll and allocation

    /// The latest revision of every (unit, month) declared so far.
    func latestDeclarations() throws -> [DeclarationKey: DeclaredRevision]
    /// Every declaration revision of `month`, ordered by unit, then revision.
    func declarations(month: YearMonth) throws -> [MonthDeclaration]
    /// What allocate posted so far for `month`'s declarations, in declaration order.
    func allocations(month: YearMonth) throws -> [PostedAllocation]

    // MARK: Receipts and refunds

    /// Whether a receipt with this reference is already recorded for the unit.
    func isReceiptRecorded(unitID: Int64, reference: String) throws -> Bool
    /// The unit's allocations by month and channel, its receipts in order, what was passed down,
    /// and its preparatory-fund refunds (the first one's date and the total).
    func position(unitID: Int64) throws -> UnitPosition
    /// The allocation months of `units` read in one pass, for a receipts import that books most
    /// units: at most `rowsMax` unit-months, so only the units in id order that fit are covered. Nil
    /// when this store reads each unit's position as fast on its own (the default).
    func allocationMonths(of units: Set<Int64>, rowsMax: Int) throws -> AllocationMonthsByUnit?
    /// `position(unitID:)` with the unit's allocation months already read (`allocationMonths`).
    func position(unitID: Int64, allocations: [UnitAllocationMonth]) throws -> UnitPosition

    // MARK: Arrears and the mirror check

    /// Months due and receipts by `asOf` (for one unit, or all), and each unit's latest enforcement step.
    func arrearsRegisters(asOf: LocalDate, unitID: Int64?) throws -> ArrearsRegisters
    /// The same registers one unit at a time, in unit row-id order (units with months due or
    /// receipts): the arrears of every unit are summed holding one unit's months, not all of them.
    func forEachUnitArrearsRegisters(asOf: LocalDate, unitID: Int64?, _ body: (UnitArrearsRegisters) throws -> Void) throws
    /// The register's organisations in row-id order, read as they are asked for: a listing in
    /// register order names its units without reading the whole register first.
    func registerInRowOrder() throws -> any RegisterCursor
    /// Allocations with a collector, summed by unit, collector, channel and the month of the due date.
    func allocationMovements() throws -> [AllocationMovement]
    /// Receipts summed by unit, payer and month.
    func receiptMovements() throws -> [ReceiptMovement]
    /// The net movement (debit − credit) of one account by memo and month, closing entries excluded.
    func accountMovements(organisationID: Int64, account: AccountCode) throws -> [String: [YearMonth: Money]]
}

extension AllocationReads {
    public func allocationMonths(of units: Set<Int64>, rowsMax: Int) throws -> AllocationMonthsByUnit? { nil }

    public func position(unitID: Int64, allocations: [UnitAllocationMonth]) throws -> UnitPosition {
        let read = try position(unitID: unitID)
        return UnitPosition(allocations: allocations, receipts: read.receipts, returned: read.returned, formedOn: read.formedOn,
                            refunded: read.refunded)
    }

    public func unitCodes() throws -> UnitCodeTable { UnitCodeTable(directory: try directory(structureOnly: false)) }

    // The whole register read at once, for a store that has nothing better.
    public func registerInRowOrder() throws -> any RegisterCursor {
        RegisterInMemory(try directory(structureOnly: false).byID.values.sorted { $0.id < $1.id }
            .map { RegisteredName(id: $0.id, code: $0.code, name: $0.name, parentID: $0.parentID) })
    }

    // Over the whole read, for a store that has nothing better.
    public func forEachUnitArrearsRegisters(asOf: LocalDate, unitID: Int64?, _ body: (UnitArrearsRegisters) throws -> Void) throws {
        let registers = try arrearsRegisters(asOf: asOf, unitID: unitID)
        for unit in Set(registers.months.keys).union(registers.receipts.keys).sorted() {
            try body(UnitArrearsRegisters(unitID: unit, months: registers.months[unit] ?? [], receipts: registers.receipts[unit] ?? [],
                                          status: registers.statuses[unit]))
        }
    }
}

/// One write transaction of an allocation command: the registers' writes, and vouchers posted
/// through the one posting path (`PostingBatch.post(_:into:)`).
public protocol AllocationTransaction: AllocationReads, PostingBatch, ImportedContentLog {
    /// The store's clock, for what the writes record.
    var clock: WallClock { get }
    /// Records a register file as imported; returns its id for the rows it brings.
    func recordImport(kind: RegisterFileKind, fileName: String, sha256: String, rowCount: Int) throws -> Int64
    /// Registers units without books (parents by code: registered already, or among `units`).
    func registerUnits(_ units: [NewUnit], firstPeriod: YearMonth) throws
    /// Where a unit register import keeps its checked rows until it registers them. The default
    /// keeps them in memory.
    func unitQueue() throws -> any UnitQueue
    /// Registers the queue's new units, in file order (parents as `registerUnits`). The default
    /// reads them into an array for `registerUnits`.
    func registerUnits(from queue: any UnitQueue, firstPeriod: YearMonth) throws
    /// Sets the row count of an import recorded before its file was read.
    func recordImportRowCount(importID: Int64, rows: Int) throws
    /// Writes declaration revisions from one imported file.
    func recordDeclarations(_ declarations: [NewDeclaration], importID: Int64) throws
    /// The declarations register for one payroll import (`importID`) to read and write as it
    /// goes. The default reads the latest revisions whole and writes at the end.
    func declarationSession(importID: Int64) throws -> any DeclarationSession
    /// Where a receipts import keeps its checked rows until it books them. The default keeps them
    /// in memory.
    func receiptQueue() throws -> any ReceiptQueue
    /// Records one allocate run and its register rows.
    func recordAllocationRun(month: YearMonth, at timestamp: String, rows: [AllocationRow]) throws
    /// Records a receipt; returns its id (vouchers refer to it).
    func recordReceipt(_ receipt: NewReceipt) throws -> Int64
    /// Records the retained share passed down with a receipt.
    func recordReturned(receiptID: Int64, amount: Money) throws
    /// Records a preparatory-fund refund: the one on formation (`receiptID` nil), or one for the
    /// money of a later receipt (`receiptID`, at most one refund per receipt).
    func recordPreparatoryRefund(unitID: Int64, date: LocalDate, amount: Money, receiptID: Int64?) throws
    /// Changes how a unit's 2% is collected from now on.
    func setChannel(unitID: Int64, to channel: CollectionChannel) throws
    /// Records an enforcement step (history kept; the latest counts).
    func recordEnforcement(unitID: Int64, status: EnforcementStatus, date: LocalDate) throws
}

extension AllocationTransaction {
    public func receiptQueue() throws -> any ReceiptQueue { ReceiptQueueInMemory() }

    public func unitQueue() throws -> any UnitQueue { UnitQueueInMemory() }

    public func registerUnits(from queue: any UnitQueue, firstPeriod: YearMonth) throws {
        var units: [NewUnit] = []
        try queue.forEachNewUnit { units.append($0) }
        try registerUnits(units, firstPeriod: firstPeriod)
    }

    public func declarationSession(importID: Int64) throws -> any DeclarationSession {
        DeclarationsInMemory(latest: try latestDeclarations()) { try self.recordDeclarations($0, importID: importID) }
    }
}
