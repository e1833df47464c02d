import LedgerCore

/// A receipts file between its check and its booking. Receipts are booked by date, then by line,
/// so every row is read before the first is booked; and a reference names one receipt of a unit,
/// so each (unit, reference) the file brings is noted as it is read.
///
/// A store may keep both outside memory (SQLite: temporary tables, so a file of millions of
/// receipts costs disk, not RAM); `ReceiptQueueInMemory` keeps them in two tables of its own.
public protocol ReceiptQueue: AnyObject {
    /// Notes a unit's reference; returns whether an earlier row of the file had it (bad rows too).
    func noteReference(unitID: Int64, reference: String) throws -> Bool
    /// Adds a checked receipt of the file's `line`, for unit `unitID`.
    func add(_ entry: RemittanceEntry, unitID: Int64, line: Int) throws
    /// The receipts added, by date, then by line.
    func forEachByDate(_ body: (_ line: Int, _ entry: RemittanceEntry) throws -> Void) throws
    /// Lets go of everything added; the import is over.
    func close() throws
}

/// `ReceiptQueue` in memory: about 150 bytes a receipt.
public final class ReceiptQueueInMemory: ReceiptQueue {
    private struct ReferenceKey: Hashable {
        var unitID: Int64
        var reference: String
    }

    private var references: Set<ReferenceKey> = []
    private var entries: [(line: Int, entry: RemittanceEntry)] = []

    public init() {}

    public func noteReference(unitID: Int64, reference: String) -> Bool {
        !references.insert(ReferenceKey(unitID: unitID, reference: reference)).inserted
    }

    public func add(_ entry: RemittanceEntry, unitID: Int64, line: Int) { entries.append((line, entry)) }

    public func forEachByDate(_ body: (_ line: Int, _ entry: RemittanceEntry) throws -> Void) throws {
        for (line, entry) in entries.sorted(by: { ($0.entry.date, $0.line) < ($1.entry.date, $1.line) }) { try body(line, entry) }
    }

    public func close() {
        references = []
        entries = []
    }
}
