import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import Synchronization
import Testing
import UnionAllocation
import UnionCore
@testable import UnionSQLite

/// A unit register import, a payroll import and `allocate` tell the store what they are about to
/// add (`WriteVolume`), and the SQLite store writes a large one outside WAL mode, as it writes a
/// large voucher import (`LedgerDatabase.outsideWAL`): the same registers and books either way,
/// the same all-or-nothing, the file back in WAL mode after.
@Suite("register writes outside WAL mode")
struct RegisterWritesOutsideWALTests {
    static let units = 300

    static func unitFile(_ f: AllocationFixture) throws -> String {
        try f.write("units.csv", "code,name,kind,parent,channel\n"
                    + (0..<units).map { "U\($0),单位\($0)工会,enterprise,XF,\(["self", "tax-40", "fiscal"][$0 % 3])\n" }.joined())
    }

    static func importUnits(_ store: any AllocationStore, _ f: AllocationFixture) throws {
        _ = try UnitImport(store: store, user: "t").importFile(path: try unitFile(f), displayName: "units.csv",
                                                               channels: try f.policy.channelTerms(on: day("2026-01-01")))
    }

    static func payrollFile(_ f: AllocationFixture, months: ClosedRange<Int> = 1...3, badLine: Int? = nil) throws -> String {
        var text = "unit_code,unit_name,month,headcount,wage_total\n"
        var line = 1
        for month in months {
            for unit in 0..<units {
                line += 1
                let wage = line == badLine ? "-1.00" : "\(10_000 + unit * 37 + month).\(unit % 100)"
                text += "U\(unit),,2026-\(month < 10 ? "0" : "")\(month),\(10 + unit % 50),\(wage)\n"
            }
        }
        return try f.write("payroll.csv", text)
    }

    /// The fixture's store over the same file with `tuning`, its writes' volumes and the journal
    /// mode each write ran in recorded.
    static func recording(_ f: AllocationFixture, _ tuning: ImportTuning) -> VolumeRecordingStore {
        VolumeRecordingStore(base: SQLiteAllocationStore(database: f.database.importing(tuning)))
    }

    static func month(_ text: String) -> YearMonth { (try? YearMonth(parsing: text)) ?? YearMonth(ordinal: 0) }

    static func allocationRegister(_ f: AllocationFixture) throws -> [[Int64]] {
        try f.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT declaration_id, unit_id, month, collector_id, due_fen, retained_fen, upward_fen, collector_fen, above_fen,
                       receivable_fen FROM allocation ORDER BY declaration_id
                """).map { row in (0..<10).map { row[$0] ?? -1 } }
        }
    }

    static func modeOnDisk(_ f: AllocationFixture) throws -> (mode: String?, journalLeft: Bool) {
        let queue = try DatabaseQueue(path: f.database.location)
        defer { try? queue.close() }
        let mode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        return (mode, FileManager.default.fileExists(atPath: f.database.location + "-journal"))
    }

    @Test("each command tells the store what it adds: the file's size for imports (units, payroll, receipts), small for a file imported before, the month's units not yet allocated for allocate")
    func volumesTold() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        let store = Self.recording(f, ImportTuning())
        let unitPath = try Self.unitFile(f), payrollPath = try Self.payrollFile(f)
        let units = UnitImport(store: store, user: "t"), channels = try f.policy.channelTerms(on: day("2026-01-01"))
        _ = try units.importFile(path: unitPath, displayName: "units.csv", channels: channels)
        _ = try PayrollRegister(store: store, user: "t").importFile(path: payrollPath, displayName: "payroll.csv")
        let allocator = PayrollAllocator(store: store, user: "t", policy: f.policy)
        _ = try allocator.allocate(month: Self.month("2026-01"))
        _ = try allocator.allocate(month: Self.month("2026-01"))
        // One unit's February declaration corrected before February is allocated: two revisions, one
        // allocation (of the latest), so 300 units to allocate, not 301 revisions; then none.
        _ = try f.importPayroll("fix.csv", "U7,,2026-02,10,99999.00\n")
        _ = try allocator.allocate(month: Self.month("2026-02"))
        _ = try allocator.allocate(month: Self.month("2026-02"))
        // A correction after January's allocation is an adjustment of a unit allocated before: not counted.
        _ = try f.importPayroll("fix2.csv", "U8,,2026-01,10,88888.00\n")
        #expect(try allocator.allocate(month: Self.month("2026-01")).adjusted == 1)
        let receiptPath = try f.write("receipts.csv", "unit_code,date,amount,month,ref\nU0,2026-02-10,100.00,2026-01,R1\n")
        _ = try RemittanceBook(store: store, user: "t").importFile(path: receiptPath, displayName: "receipts.csv")
        // The same files again: answered without adding anything.
        _ = try units.importFile(path: unitPath, displayName: "units.csv", channels: channels)
        _ = try RemittanceBook(store: store, user: "t").importFile(path: receiptPath, displayName: "receipts.csv")
        let size = { (path: String) in try Data(contentsOf: URL(fileURLWithPath: path)).count }
        #expect(store.volumes == [.file(bytes: try size(unitPath)), .file(bytes: try size(payrollPath)),
                                  .rows(Self.units), .rows(0), .rows(Self.units), .rows(0), .rows(0),
                                  .file(bytes: try size(receiptPath)), .small, .small])
    }

    @Test("large writes outside WAL mode, the same registers and books as in it, the file back in WAL mode")
    func sameRegistersEitherMode() throws {
        let outside = try AllocationFixture(), inWAL = try AllocationFixture()
        defer { outside.remove(); inWAL.remove() }
        var modes: [[String]] = []
        for (f, tuning) in [(outside, ImportTuning(outsideWALFromBytes: 0)), (inWAL, ImportTuning(outsideWALFromBytes: .max))] {
            let store = Self.recording(f, tuning)
            try Self.importUnits(store, f)
            #expect(try PayrollRegister(store: store, user: "t").importFile(path: try Self.payrollFile(f), displayName: "payroll.csv")
                    == .imported(rows: 3 * Self.units, new: 3 * Self.units, corrected: 0, unchanged: 0))
            for name in ["2026-01", "2026-02", "2026-03"] {
                #expect(try PayrollAllocator(store: store, user: "t", policy: f.policy).allocate(month: Self.month(name)).allocated == Self.units)
            }
            let receipts = try f.write("receipts.csv", "unit_code,date,amount,month,ref\n"
                                       + (0..<30).map { "U\($0 * 3),2026-02-2\($0 % 8),\(100 + $0).00,2026-01,R\($0)\n" }.joined())
            let imported = try RemittanceBook(store: store, user: "t").importFile(path: receipts, displayName: "receipts.csv")
            guard case .imported = imported else {
                Issue.record("the receipts were not imported: \(imported)")
                return
            }
            modes.append(store.modes)
        }
        #expect(modes[0] == Array(repeating: "delete", count: 6))
        #expect(modes[1] == Array(repeating: "wal", count: 6))
        #expect(try Self.allocationRegister(outside) == Self.allocationRegister(inWAL))
        #expect(try outside.balance("XF", "132") == inWAL.balance("XF", "132"))
        let year = (from: try YearMonth(year: 2026, month: 1), to: try YearMonth(year: 2026, month: 12))
        let trial = { (f: AllocationFixture) in try f.database.books(for: "XF", user: "t").trialBalance(from: year.from, to: year.to).rows }
        #expect(try trial(outside) == trial(inWAL))
        let receipts = { (f: AllocationFixture) in try f.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM remittance") } }
        #expect(try receipts(outside) == 30 && receipts(inWAL) == 30, "the receipts are in the registers")
        #expect(try outside.balance("XF", "132") != .zero)
        #expect(try outside.database.verify().isEmpty)
        let onDisk = try Self.modeOnDisk(outside)
        #expect(onDisk.mode == "wal")
        #expect(!onDisk.journalLeft)
        // The connection itself is back in WAL mode with NORMAL syncs, for the command's next write.
        #expect(try outside.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try outside.database.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 1)
    }

    @Test("a bad row outside WAL mode: the same problem, nothing written, the file back in WAL mode")
    func badRowOutsideWAL() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        let store = Self.recording(f, ImportTuning(outsideWALFromBytes: 0))
        try Self.importUnits(store, f)
        let path = try Self.payrollFile(f, badLine: 2 * Self.units + 5)
        #expect { try PayrollRegister(store: store, user: "t").importFile(path: path, displayName: "payroll.csv") } throws: { error in
            (error as? RowsRejected)?.problems.map(\.line) == [2 * Self.units + 5]
        }
        #expect(store.modes == ["delete", "delete"])
        #expect(try f.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM payroll_declaration") } == 0)
        #expect(try f.database.verify().isEmpty)
        let onDisk = try Self.modeOnDisk(f)
        #expect(onDisk.mode == "wal")
        #expect(!onDisk.journalLeft)
    }

    @Test("another connection open on the file: a large allocate stays in WAL mode, and the other reads it")
    func anotherConnectionOpen() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        let store = Self.recording(f, ImportTuning(outsideWALFromBytes: 0))
        try Self.importUnits(store, f)
        _ = try PayrollRegister(store: store, user: "t").importFile(path: try Self.payrollFile(f, months: 1...1), displayName: "payroll.csv")
        let other = try DatabaseQueue(path: f.database.location)
        defer { try? other.close() }
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM allocation") } == 0)
        #expect(try PayrollAllocator(store: store, user: "t", policy: f.policy).allocate(month: Self.month("2026-01")).allocated == Self.units)
        #expect(store.modes == ["delete", "delete", "wal"])
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM allocation") } == Self.units)
    }

    @Test("the limit: a volume of the limit's size leaves WAL mode, one below it does not; rows counted at their size")
    func limit() {
        let tuning = ImportTuning(outsideWALFromBytes: 1 << 20)
        #expect(!tuning.leavesWAL(for: .small))
        #expect(!tuning.leavesWAL(for: .file(bytes: (1 << 20) - 1)))
        #expect(tuning.leavesWAL(for: .file(bytes: 1 << 20)))
        #expect(!tuning.leavesWAL(for: .rows((1 << 20) / ImportTuning.bytesPerRegisterRow - 1)))
        #expect(tuning.leavesWAL(for: .rows((1 << 20) / ImportTuning.bytesPerRegisterRow)))
        #expect(tuning.leavesWAL(for: .rows(.max)), "no overflow into a small volume")
        #expect(!ImportTuning(outsideWALFromBytes: .max).leavesWAL(for: .rows(.max / ImportTuning.bytesPerRegisterRow)))
    }
}

/// An allocation store over SQLite that records the volume each write is told, and the journal
/// mode the write's transaction runs in.
final class VolumeRecordingStore: AllocationStore {
    let base: SQLiteAllocationStore
    private let seen = Mutex<(volumes: [WriteVolume], modes: [String])>(([], []))

    init(base: SQLiteAllocationStore) { self.base = base }

    var volumes: [WriteVolume] { seen.withLock { $0.volumes } }
    var modes: [String] { seen.withLock { $0.modes } }

    var clock: WallClock { base.clock }
    func policy() throws -> AllocationPolicy { try base.policy() }
    func read<T>(_ body: (any AllocationReads) throws -> T) throws -> T { try base.read(body) }
    func allocationVolume(month: YearMonth) throws -> WriteVolume { try base.allocationVolume(month: month) }
    func write<T>(user: String, volume: WriteVolume, _ body: (any AllocationTransaction) throws -> T) throws -> T {
        seen.withLock { $0.volumes.append(volume) }
        return try base.write(user: user, volume: volume) { transaction in
            if let sqlite = transaction as? SQLiteAllocationTransaction {
                let mode = try String.fetchOne(sqlite.db, sql: "PRAGMA journal_mode") ?? "?"
                seen.withLock { $0.modes.append(mode) }
            }
            return try body(transaction)
        }
    }
}
