import LedgerStore
import InputFiles
import GRDB
import GRDBSQLite
import Foundation

/// A prepared statement driven through the SQLite C API, for the bulk paths where GRDB's
/// argument boxing costs about 2× (see STACK.md §2). Only used inside a GRDB transaction.
package final class RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    // SQLITE_TRANSIENT is a macro Swift cannot import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    package convenience init(_ db: Database, _ sql: String) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.storage(message: "database is closed") }
        try self.init(connection: connection, sql)
    }

    /// On a connection of our own (verify's snapshot readers), outside GRDB.
    init(connection: OpaquePointer, _ sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw StoreError.storage(message: String(cString: sqlite3_errmsg(connection)))
        }
        self.handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    package func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    package func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// Binds a copy of the text, marked NUL-terminated when it holds no NUL of its own: SQLite
    /// hands only a terminated text to a function as it is, and copied each other one into a new
    /// allocation to terminate it first, for a CHECK's `length()` or the change journal's
    /// `json_array()` (a fifth of a unit register import's instructions).
    package func bind(_ index: Int32, _ value: String) {
        let count = value.utf8.count
        value.withCString { pointer in
            _ = sqlite3_bind_text(handle, index, pointer, strlen(pointer) == count ? -1 : Int32(count), RawStatement.transient)
        }
    }

    /// Binds bytes SQLite reads in place: they must stay valid and unchanged until the statement
    /// has run (`BatchInsert` binds from its arena and runs before touching it again).
    /// `count` −1: the text ends at its NUL (see `BatchRows.add(terminatedText:)`).
    func bindStatic(_ index: Int32, text: UnsafePointer<UInt8>, count: Int32) {
        _ = sqlite3_bind_text(handle, index, UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self), count, nil)
    }

    func bindStatic(_ index: Int32, blob: UnsafePointer<UInt8>, count: Int32) {
        _ = sqlite3_bind_blob(handle, index, blob, count, nil)
    }

    /// Binds a copy of the bytes as a blob.
    package func bind(_ index: Int32, raw bytes: UnsafeRawBufferPointer) {
        _ = sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), RawStatement.transient)
    }

    func bind(_ index: Int32, bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            _ = sqlite3_bind_blob(handle, index, buffer.baseAddress, Int32(buffer.count), RawStatement.transient)
        }
    }

    /// Runs a statement that returns no rows, then resets it for reuse.
    package func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw StoreError.storage(message: String(cString: sqlite3_errmsg(connection)))
        }
    }

    /// Steps once; true while rows remain. Call `reset()` when done.
    package func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(handle)
            throw StoreError.storage(message: message)
        }
        return false
    }

    package func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    package func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    package func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    /// `SQLITE_NULL`, `SQLITE_INTEGER`, `SQLITE_TEXT`, …
    func columnType(_ column: Int32) -> Int32 { sqlite3_column_type(handle, column) }
    func columnCount() -> Int32 { sqlite3_column_count(handle) }

    /// The column's length in bytes (0 for NULL or empty text), without making a String.
    func byteCount(_ column: Int32) -> Int { Int(sqlite3_column_bytes(handle, column)) }

    package func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column's text bytes as SQLite holds them (empty for NULL), valid until the next step or reset.
    package func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// The column's text bytes, or nil for NULL: one call where `isNull` and `text` make three.
    /// (SQLite hands back a pointer for any text, the empty text included; no pointer only for NULL,
    /// or when it runs out of memory converting a value, which then reads as NULL.)
    func optionalText(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// The column's bytes into `array`, its storage reused (no allocation per row).
    func copyBytes(_ column: Int32, into array: inout [UInt8]) {
        array.removeAll(keepingCapacity: true)
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return }
        array.append(contentsOf: UnsafeRawBufferPointer(start: blob, count: count))
    }

    func bytes(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: blob, count: count))
    }
}
