import LedgerStore
import InputFiles
import GRDB
import GRDBSQLite
import Foundation

/// Inserts rows into one table many at a time (`INSERT … VALUES (…), (…), …`), which cuts
/// SQLite's per-statement cost several-fold in bulk imports. Rows wait in memory until a batch
/// is full or `flush()` is called; callers flush before reading the table back.
///
/// Values are queued flat, not as an array of enums holding Strings: integers in 16-byte slots,
/// text and blob bytes copied once into one byte arena that SQLite reads in place when the batch
/// is written (`SQLITE_STATIC`: no second copy, no reference counting per value).
///
/// A text whose column has a CHECK that calls a function on it (`length(summary) > 0`, the
/// date's `GLOB`) goes in with `add(terminatedText:)`: a NUL follows it in the arena and it is
/// bound as terminated (length −1). SQLite marks only such a text as terminated, and would
/// otherwise copy it into a new allocation to terminate it for the function, row by row (3.4% of
/// the writer's thread in a voucher import, for the date, the summary and the fund). Only those:
/// terminating every text (its NUL, and the look for one inside) cost the queuing thread more
/// than the copies it spared, where no function reads the text.
final class BatchInsert {
    enum Value {
        case integer(Int64)
        case text(String)
        case blob([UInt8])
        case null
    }

    /// One queued value: an integer, or where its bytes lie in the arena.
    struct Slot: Sendable {
        /// `chainLink`: a voucher's hash, bound as the digest `ChainLinker` works out from the
        /// canonical encoding whose bytes the slot holds.
        enum Kind: UInt8 { case integer, text, blob, null, chainLink }
        var kind: Kind
        /// For a text: a NUL follows its bytes in the arena and none lies inside them, so it is
        /// bound as a terminated string (`add(terminatedText:)`).
        var isTerminated = false
        var length: Int32
        /// The integer, or the offset of the bytes in the arena.
        var value: Int64

        /// Whether the slot's bytes lie in the arena.
        var holdsBytes: Bool { kind == .text || kind == .blob || kind == .chainLink }
    }

    /// The queued values (see `BatchRows`).
    typealias Rows = BatchRows

    private let db: Database
    private let table: String
    private let columns: [String]
    private let width: Int
    private let batchSize: Int
    /// Whether `append` may write a full batch by itself. Off for tables whose rows reference
    /// rows still queued elsewhere; the owner then calls `flush(fullBatchesOnly:)`.
    private let flushesWhenFull: Bool
    // Unchecked at run time (`PostingSession` says why): no two accesses overlap on one thread, and
    // between threads a writer passes only through the background queue (whole batches as copies
    // of their bytes; the change images' own writer after `drain()`).
    @exclusivity(unchecked) private var rows = Rows()
    @exclusivity(unchecked) private var statements: [Int: RawStatement] = [:]
    /// Set when this writer writes its rows' change-journal images itself (`WrittenChangeImages`).
    let images: WrittenChangeImages?
    /// Set for the voucher table: it hashes the chain's links as their rows are written.
    let chain: ChainLinker?
    /// Set while whole batches are written on another thread (`writeWholeBatches(on:)`).
    @exclusivity(unchecked) private var background: BackgroundRowWriter?
    /// While batches go to the background: the rowid SQLite gives the next row handed over, when it
    /// numbers them (the change journal's entries are made before the rows are written).
    @exclusivity(unchecked) private var nextRowID: Int64?

    /// SQLite allows 32,766 host parameters per statement; batches stay far below it.
    static let parametersMax = 32_766

    init(_ db: Database, table: String, columns: [String], batchSize: Int, flushesWhenFull: Bool = true,
         images: WrittenChangeImages? = nil, chain: ChainLinker? = nil) {
        precondition(batchSize * columns.count <= BatchInsert.parametersMax, "batch exceeds SQLite's parameter limit")
        self.db = db
        self.table = table
        self.columns = columns
        self.width = columns.count
        self.batchSize = batchSize
        self.flushesWhenFull = flushesWhenFull
        self.images = images
        self.chain = chain
        precondition(images == nil || chain == nil, "a table of chain links has no change images")
        precondition(chain.map { $0.rowsMax >= batchSize } ?? true, "the chain links fewer rows than a batch holds")
        rows.slots.reserveCapacity(batchSize * columns.count * 2)
        rows.arena.reserveCapacity(batchSize * 256)
    }

    var pendingRowCount: Int { rows.slots.count / width }

    /// Queues one row, its values added in column order by `fill`, and closes it (`endRow()`).
    /// `fill` holds the queued rows for writing: it must not touch this writer itself (nothing
    /// would trap: the rows are unchecked at run time).
    func row(_ fill: (inout Rows) -> Void) throws {
        fill(&rows)
        try endRow()
    }

    /// Queues the next value of the current row (values come in column order); `endRow()`
    /// closes the row. Two calls instead of one variadic call: no array per row.
    func add(_ value: Value) {
        switch value {
        case .integer(let number): add(number)
        case .text(let text): add(text: text)
        case .blob(let bytes): add(blob: bytes)
        case .null: addNull()
        }
    }

    func add(_ number: Int64) { rows.add(number) }

    func add(_ number: Int64?) { rows.add(number) }

    func addNull() { rows.addNull() }

    func add(text: String) { rows.add(text: text) }

    func add(text: String?) { rows.add(text: text) }

    func add(blob bytes: [UInt8]) { rows.add(blob: bytes) }

    /// Closes the current row, writing a full batch when this table may flush by itself.
    func endRow() throws {
        precondition(rows.slots.count % width == 0, "row must have one value per column")
        if flushesWhenFull && rows.slots.count >= batchSize * width { try flush(fullBatchesOnly: background != nil) }
    }

    /// From now on whole batches are handed to `writer` and written on its thread, with their
    /// change images (`WrittenChangeImages`, which only the batches use until `finish()`);
    /// `flush()` (every row) waits for them first.
    func writeWholeBatches(on writer: BackgroundRowWriter) throws {
        // Made here, on the connection's own thread. The writer's thread binds and steps it, and
        // may prepare the change images' own statements (or SQLite re-prepare one after a schema
        // change): always while the connection's thread waits or does not touch the connection.
        _ = try statement(rowCount: batchSize)
        nextRowID = try images?.nextAssignedRowID()
        background = writer
    }

    /// Back to writing on the caller's thread (after the writer is drained).
    func writeInForeground() {
        background = nil
    }

    /// Writes queued rows: all of them, or only whole batches (odd-sized statements cost a fresh
    /// SQL compile, so they are left for the final flush).
    func flush(fullBatchesOnly: Bool = false) throws {
        if let background {
            if fullBatchesOnly { return try handWholeBatches(to: background) }
            try background.drain()
        }
        var start = 0
        let width = self.width
        let total = rows.slots.count
        try rows.arena.withUnsafeBufferPointer { bytes in
            // A zero-length text still needs a pointer: SQLite binds NULL for a nil one.
            let base = bytes.baseAddress ?? BatchInsert.emptyText
            try rows.slots.withUnsafeBufferPointer { slots in
                while total - start >= batchSize * width || (!fullBatchesOnly && total > start) {
                    let count = min(batchSize, (total - start) / width)
                    try Self.write(UnsafeBufferPointer(rebasing: slots[start..<(start + count * width)]), texts: base, width: width,
                                   through: try statement(rowCount: count), images: images, chain: chain)
                    start += count * width
                }
            }
        }
        rows.removeFirst(slots: start)
        // The writer is drained and these rows are in: what SQLite numbers next, for hand-overs to come.
        if background != nil && start > 0 { nextRowID = try images?.nextAssignedRowID() }
    }

    /// Moves the whole batches queued to `writer`, keeping the rows of an unfinished batch.
    private func handWholeBatches(to writer: BackgroundRowWriter) throws {
        let wholeSlots = rows.slots.count / (batchSize * width) * (batchSize * width)
        guard wholeSlots > 0 else { return }
        let handed = rows.takeFirst(slots: wholeSlots)
        guard let statement = statements[batchSize] else { throw StoreError.storage(message: "\(table): no batch statement") }
        let batch = handed, width = self.width, batchSize = self.batchSize
        // The change journal's entries made here, while the writer's thread is busy with SQLite: the
        // rows SQLite numbers are numbered from `nextRowID` (the writer checks it, batch by batch).
        var prepared: [WrittenChangeImages.PreparedEntry?] = []
        if let images {
            try batch.arena.withUnsafeBufferPointer { bytes in
                let base = bytes.baseAddress ?? BatchInsert.emptyText
                try batch.slots.withUnsafeBufferPointer { slots in
                    for start in stride(from: 0, to: slots.count, by: batchSize * width) {
                        prepared.append(try images.prepare(UnsafeBufferPointer(rebasing: slots[start..<(start + batchSize * width)]), width: width,
                                                       rowCount: batchSize, arena: base, firstRowID: nextRowID))
                        nextRowID = nextRowID.map { $0 + Int64(batchSize) }
                    }
                }
            }
        }
        let entries = prepared
        let handedOver = HandedOver(statement: statement, images: images, chain: chain)
        try writer.submit {
            try batch.arena.withUnsafeBufferPointer { bytes in
                let base = bytes.baseAddress ?? BatchInsert.emptyText
                try batch.slots.withUnsafeBufferPointer { slots in
                    for (index, start) in stride(from: 0, to: slots.count, by: batchSize * width).enumerated() {
                        try Self.write(UnsafeBufferPointer(rebasing: slots[start..<(start + batchSize * width)]), texts: base, width: width,
                                       through: handedOver.statement, images: handedOver.images, chain: handedOver.chain,
                                       prepared: index < entries.count ? entries[index] : nil)
                    }
                }
            }
        }
    }

    /// The batch statement, the images' writer and the chain, used on the writer's thread while
    /// batches are in flight: this writer touches them again only in `flush()`, after `drain()`,
    /// so one thread at a time holds them.
    private struct HandedOver: @unchecked Sendable {
        let statement: RawStatement
        let images: WrittenChangeImages?
        let chain: ChainLinker?
    }

    /// Writes one statement's rows (`slots`, `width` values a row, texts at `texts`) and then
    /// their change images, when this writer writes them.
    private static func write(_ slots: UnsafeBufferPointer<Slot>, texts base: UnsafePointer<UInt8>, width: Int,
                              through statement: RawStatement, images: WrittenChangeImages?, chain: ChainLinker?,
                              prepared: WrittenChangeImages.PreparedEntry? = nil) throws {
        bind(statement, slots, texts: base, links: chain?.link(slots, arena: base))
        let firstRowID = try images?.nextAssignedRowID()
        try statement.run()
        try images?.rowsInserted(slots, width: width, rowCount: slots.count / width, arena: base, firstRowID: firstRowID,
                                 prepared: prepared)
    }

    /// Binds one statement's values, in order: integers as they are, texts and blobs where they
    /// lie in the arena at `texts` (SQLite reads them in place), chain links as the digests at
    /// `links`, 32 bytes each in order.
    private static func bind(_ statement: RawStatement, _ slots: UnsafeBufferPointer<Slot>, texts base: UnsafePointer<UInt8>,
                             links: UnsafePointer<UInt8>?) {
        var nextLink = links
        for (offset, slot) in slots.enumerated() {
            let position = Int32(offset + 1)
            switch slot.kind {
            case .integer: statement.bind(position, slot.value)
            case .text:
                statement.bindStatic(position, text: slot.length == 0 ? BatchInsert.emptyText : base + Int(slot.value),
                                     count: slot.isTerminated ? -1 : slot.length)
            case .blob: statement.bindStatic(position, blob: base + Int(slot.value), count: slot.length)
            case .null: statement.bindNull(position)
            case .chainLink:
                guard let link = nextLink else { preconditionFailure("a chain link queued in a table without a chain") }
                statement.bindStatic(position, blob: link, count: Int32(ChainLinker.digestSize))
                nextLink = link + ChainLinker.digestSize
            }
        }
    }

    // Never written after it is made; only its address is handed to SQLite.
    nonisolated(unsafe) private static let emptyText: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    private func statement(rowCount: Int) throws -> RawStatement {
        if let statement = statements[rowCount] { return statement }
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let sql = "INSERT INTO \(table)(\(columns.joined(separator: ","))) VALUES "
            + Array(repeating: placeholders, count: rowCount).joined(separator: ",")
        let statement = try RawStatement(db, sql)
        // Full batches recur; odd sizes happen once per flush and are not worth keeping.
        if rowCount == batchSize { statements[rowCount] = statement }
        return statement
    }
}

/// The values a `BatchInsert` has queued, filled a row at a time through `row(_:)`: a struct
/// passed `inout`, so its appends need no runtime exclusivity check each (a class's stored arrays
/// do: two or three a value, ≈ 5% of an import). Values go in column order.
public struct BatchRows: Sendable {
    fileprivate(set) var slots: [BatchInsert.Slot] = []
    fileprivate(set) var arena: [UInt8] = []

    public mutating func add(_ number: Int64) { slots.append(BatchInsert.Slot(kind: .integer, length: 0, value: number)) }

    public mutating func add(_ number: Int64?) {
        if let number { add(number) } else { addNull() }
    }

    public mutating func addNull() { slots.append(BatchInsert.Slot(kind: .null, length: 0, value: 0)) }

    public mutating func add(text: String) {
        let start = arena.count
        arena.appendUTF8(text)
        slots.append(BatchInsert.Slot(kind: .text, length: Int32(arena.count - start), value: Int64(start)))
    }

    /// Queues a text for a column whose CHECK calls a function on it (see `BatchInsert`): it is
    /// bound NUL-terminated, unless it holds a NUL itself (then as `add(text:)`, and the CHECK
    /// sees it whole).
    public mutating func add(terminatedText text: String) {
        let start = arena.count
        arena.appendUTF8(text)
        let length = arena.count - start
        let isClean = arena.withUnsafeBufferPointer { bytes in
            guard length > 0, let base = bytes.baseAddress else { return true }
            return memchr(base + start, 0, length) == nil
        }
        arena.append(0)
        slots.append(BatchInsert.Slot(kind: .text, isTerminated: isClean, length: Int32(length), value: Int64(start)))
    }

    public mutating func add(text: String?) {
        if let text { add(text: text) } else { addNull() }
    }

    /// Where the bytes of the rows from `slot` on begin in the arena (texts and blobs are
    /// appended in slot order, so that is the first one's offset).
    private func arenaOffset(fromSlot slot: Int) -> Int {
        slots[slot...].first(where: \.holdsBytes).map { Int($0.value) } ?? arena.count
    }

    /// Drops the first `count` slots (whole rows, written) and their bytes, keeping the rest's
    /// offsets right.
    mutating func removeFirst(slots count: Int) {
        guard count > 0 else { return }
        guard count < slots.count else {
            slots.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
            return
        }
        let cut = arenaOffset(fromSlot: count)
        slots.removeFirst(count)
        for index in slots.indices where slots[index].holdsBytes {
            slots[index].value -= Int64(cut)
        }
        arena.removeFirst(cut)
    }

    /// Takes the first `count` slots (whole rows) and their bytes out as rows of their own, and
    /// keeps the rest, offsets rebased, in new storage of the same room. The part taken keeps the
    /// buffers as they are: a copy of the rows that share them with the batch handed to the
    /// writer's thread cost, at the next change, a copy of the whole batch to keep the few rows of
    /// the unfinished one (postings: 1.5% of the import's first thread).
    mutating func takeFirst(slots count: Int) -> BatchRows {
        let cut = arenaOffset(fromSlot: count)
        var taken = BatchRows()
        taken.slots.reserveCapacity(slots.capacity)
        taken.arena.reserveCapacity(arena.capacity)
        for var slot in slots[count...] {
            if slot.holdsBytes { slot.value -= Int64(cut) }
            taken.slots.append(slot)
        }
        taken.arena.append(contentsOf: arena[cut...])
        // Now `self` is the rest, and `taken` holds the old buffers alone: cut in place.
        swap(&self, &taken)
        taken.slots.removeSubrange(count...)
        taken.arena.removeSubrange(cut...)
        return taken
    }

    /// Queues a text that `write` appends to the arena itself (no String made for it).
    mutating func addText(writtenBy write: (inout [UInt8]) -> Void) {
        let start = arena.count
        write(&arena)
        slots.append(BatchInsert.Slot(kind: .text, length: Int32(arena.count - start), value: Int64(start)))
    }

    /// Queues a voucher's hash, to be worked out from `canonical` (its encoding) when the row is
    /// written (`ChainLinker`).
    mutating func add(chainLink canonical: JournalChain.Writer) {
        canonical.withBytes { add(chainLink: $0) }
    }

    /// Queues a chain link whose encoding is `encoding`.
    mutating func add(chainLink encoding: UnsafeRawBufferPointer) {
        let start = arena.count
        arena.append(contentsOf: encoding)
        slots.append(BatchInsert.Slot(kind: .chainLink, length: Int32(encoding.count), value: Int64(start)))
    }

    mutating func add(blob bytes: [UInt8]) {
        let start = arena.count
        arena.append(contentsOf: bytes)
        slots.append(BatchInsert.Slot(kind: .blob, length: Int32(bytes.count), value: Int64(start)))
    }
}
