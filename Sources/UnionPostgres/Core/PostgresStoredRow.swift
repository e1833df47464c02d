import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore

/// One row read back from a union register, read strictly — the PostgreSQL counterpart of
/// UnionSQLite's `StoredRow`, shared by every register's store, with the same messages (`member row A1: join_date '2020-19-01' is
/// not a date`), so both stores report a damaged row alike. The column types and CHECKs keep most
/// damage out; dates, months and closed sets stored as text or numbers are still checked here.
struct PostgresStoredRow {
    let row: PostgresRowValues
    /// `member`, `dues_assessment`, …
    let table: String
    /// How the row is named in a message: its id, or its natural key (`M00001`).
    let key: String

    init(_ row: PostgresRowValues, table: String, key: String) {
        self.row = row
        self.table = table
        self.key = key
    }

    /// Names the row by one of its own columns (`id`, `member_no`), as far as that reads.
    init(_ row: PostgresRowValues, table: String, keyColumn: String) {
        self.init(row, table: table, key: Self.plain(row, keyColumn))
    }

    /// A stored value as a message shows it: text unquoted, numbers as digits, else NULL.
    static func plain(_ row: PostgresRowValues, _ column: String) -> String {
        // Numbers first: the session reads a BIGINT's bytes as text without complaint.
        if let number = try? row.optionalInt(column) { return String(number) }
        if let text = try? row.optionalText(column) { return text }
        return "NULL"
    }

    func failure(_ column: String, _ problem: String) -> StoreError {
        .storage(message: "\(table) row \(key): \(column) \(problem)")
    }

    func optionalText(_ column: String) throws -> String? {
        do { return try row.optionalText(column) } catch { throw failure(column, "is not a text") }
    }

    func text(_ column: String) throws -> String {
        guard let text = try optionalText(column) else { throw failure(column, "NULL is not a text") }
        return text
    }

    func optionalInteger(_ column: String) throws -> Int64? {
        do { return try row.optionalInt(column) } catch { throw failure(column, "is not an integer") }
    }

    func integer(_ column: String) throws -> Int64 {
        guard let number = try optionalInteger(column) else { throw failure(column, "NULL is not an integer") }
        return number
    }

    func count(_ column: String) throws -> Int {
        let number = try integer(column)
        guard let count = Int(exactly: number), count >= 0 else { throw failure(column, "\(number) is not a count") }
        return count
    }

    /// A 0/1 flag (stored as on SQLite, so a copied book reads the same).
    func flag(_ column: String) throws -> Bool {
        switch try integer(column) {
        case 0: false
        case 1: true
        case let other: throw failure(column, "\(other) is not 0 or 1")
        }
    }

    /// A truth value the query computed (`EXISTS …`).
    func truth(_ column: String) throws -> Bool {
        do { return try row.bool(column) } catch { throw failure(column, "is not a truth value") }
    }

    /// A BYTEA value; nil when `isNullColumn` (a query's `x IS NULL`) says it is NULL — the session
    /// reads bytes only where they must be.
    func blob(_ column: String, isNullColumn: String) throws -> Data? {
        if try truth(isNullColumn) { return nil }
        do { return Data(try row.bytes(column)) } catch { throw failure(column, "is not a blob") }
    }

    /// An amount stored in fen.
    func money(_ column: String) throws -> Money { Money(fen: try integer(column)) }

    /// A date stored as `YYYY-MM-DD`.
    func date(_ column: String) throws -> LocalDate {
        let text = try text(column)
        guard let date = try? LocalDate(parsing: text) else { throw failure(column, "'\(text)' is not a date") }
        return date
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

    func optionalDate(_ column: String) throws -> LocalDate? {
        guard try optionalText(column) != nil else { return nil }
        return try date(column)
    }

    /// An account code stored as its digits.
    func account(_ column: String) throws -> AccountCode {
        let text = try text(column)
        guard let code = try? AccountCode(text) else { throw failure(column, "'\(text)' is not an account code") }
        return code
    }
}
