import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// One row read back from a union table, read strictly: a value that is missing or does not parse
/// is a `StoreError.storage` naming the table, the row and the column, never a default.
///
/// The schema's CHECK constraints keep the engine's own writes well formed; this catches files
/// edited behind its back (or by a newer version) before a wrong value reaches a report.
struct StoredRow {
    let row: Row
    /// `member`, `tenure`, …
    let table: String
    /// How the row is named in a message: its id, or its natural key (`M00001`).
    let key: String

    init(_ row: Row, table: String, key: String) {
        self.row = row
        self.table = table
        self.key = key
    }

    /// Names the row by one of its own columns (`id`, `member_no`), as far as that reads.
    init(_ row: Row, table: String, keyColumn: String) {
        self.init(row, table: table, key: Self.plain(Self.value(row, keyColumn)))
    }

    /// A stored value as a message shows it: text unquoted, numbers as digits.
    static func plain(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .string(let text): text
        case .int64(let number): String(number)
        default: value.description
        }
    }

    func failure(_ column: String, _ problem: String) -> StoreError {
        .storage(message: "\(table) row \(key): \(column) \(problem)")
    }

    private func value(_ column: String) -> DatabaseValue { Self.value(row, column) }

    /// The column's value, NULL when the query has no such column. Read through GRDB's
    /// non-generic subscript: its generic one instantiates `Optional` metadata on every value
    /// (≈ 2,400 instructions a value, most of reading 50,000 organisations).
    static func value(_ row: Row, _ column: String) -> DatabaseValue {
        (row[column] as (any DatabaseValueConvertible)?)?.databaseValue ?? .null
    }

    func text(_ column: String) throws -> String {
        guard let text = String.fromDatabaseValue(value(column)) else { throw failure(column, "\(value(column)) is not a text") }
        return text
    }

    func optionalText(_ column: String) throws -> String? {
        value(column).isNull ? nil : try text(column)
    }

    func integer(_ column: String) throws -> Int64 {
        guard case .int64(let number) = value(column).storage else { throw failure(column, "\(value(column)) is not an integer") }
        return number
    }

    func optionalInteger(_ column: String) throws -> Int64? {
        value(column).isNull ? nil : try integer(column)
    }

    func count(_ column: String) throws -> Int {
        let number = try integer(column)
        guard let count = Int(exactly: number), count >= 0 else { throw failure(column, "\(number) is not a count") }
        return count
    }

    /// A 0/1 flag.
    func flag(_ column: String) throws -> Bool {
        switch try integer(column) {
        case 0: false
        case 1: true
        case let other: throw failure(column, "\(other) is not 0 or 1")
        }
    }

    func blob(_ column: String) throws -> Data? {
        let stored = value(column)
        if stored.isNull { return nil }
        guard case .blob(let data) = stored.storage else { throw failure(column, "\(stored) is not a blob") }
        return data
    }

    /// An amount stored in fen.
    func money(_ column: String) throws -> Money { Money(fen: try integer(column)) }

    /// A date stored as `YYYY-MM-DD`.
    func date(_ column: String) throws -> LocalDate {
        let text = try text(column)
        guard let date = try? LocalDate(parsing: text) else { throw failure(column, "'\(text)' is not a date") }
        return date
    }

    func optionalDate(_ column: String) throws -> LocalDate? {
        value(column).isNull ? nil : try date(column)
    }

    /// A month stored as its ordinal (year × 12 + month − 1).
    func month(_ column: String) throws -> YearMonth {
        let ordinal = try integer(column)
        // Only the months `YearMonth(year:month:)` accepts.
        guard let whole = Int(exactly: ordinal), whole >= 0,
              let month = try? YearMonth(year: whole / 12, month: whole % 12 + 1) else {
            throw failure(column, "\(ordinal) is not a month")
        }
        return month
    }

    /// A value of a closed set stored as its raw text (a status, a role, a channel).
    func choice<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value where Value.RawValue == String {
        let text = try text(column)
        guard let value = Value(rawValue: text) else { throw failure(column, "'\(text)' is not a \(Value.self)") }
        return value
    }
}

extension UnionSQLiteStores {
    /// Records who did what in the file's event log (the ledger's `event` table).
    static func recordEvent(_ db: Database, organisation: Int64?, at timestamp: String, user: String, action: String,
                            detail: String) throws {
        try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [organisation, timestamp, user, action, detail])
    }
}
