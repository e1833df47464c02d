import LedgerCore
import LedgerPostgres
import LedgerStore

/// One row read back from a register table on PostgreSQL, read strictly as UnionSQLite's
/// `StoredRow`: a value that is missing or does not parse is a `StoreError.storage` naming the
/// table, the row and the column (`tenure row 3: end_date '2024-13-01' is not a date`), never a
/// default. The column types already keep numbers numbers; what is left to catch is text that
/// does not parse and values the CHECKs would have refused, put there behind the engine's back.
struct RegisterRow {
    let row: PostgresRowValues
    /// `organisation`, `tenure`, …
    let table: String
    /// How the row is named in a message: its id, or its natural key (`DW001`).
    let key: String

    init(_ row: PostgresRowValues, table: String, key: String) {
        self.row = row
        self.table = table
        self.key = key
    }

    /// Names the row by one of its own columns (`id`, `code`), as far as that reads.
    init(_ row: PostgresRowValues, table: String, keyColumn: String) {
        self.init(row, table: table, key: Self.plain(row, keyColumn))
    }

    /// A key column as a message shows it: text unquoted, numbers as digits.
    static func plain(_ row: PostgresRowValues, _ column: String) -> String {
        // `try?` flattens: nil is a NULL or a value of the other type.
        if let number = try? row.optionalInt(column) { return String(number) }
        if let text = try? row.optionalText(column) { return text }
        return "NULL"
    }

    func failure(_ column: String, _ problem: String) -> StoreError {
        .storage(message: "\(table) row \(key): \(column) \(problem)")
    }

    /// Reads through `PostgresRowValues`, naming the row when the value is missing or mistyped.
    private func read<T>(_ column: String, _ what: String, _ body: () throws -> T?) throws -> T? {
        do { return try body() } catch { throw failure(column, "is not \(what)") }
    }

    func text(_ column: String) throws -> String {
        guard let text = try optionalText(column) else { throw failure(column, "NULL is not a text") }
        return text
    }

    func optionalText(_ column: String) throws -> String? {
        try read(column, "a text") { try row.optionalText(column) }
    }

    func integer(_ column: String) throws -> Int64 {
        guard let number = try optionalInteger(column) else { throw failure(column, "NULL is not an integer") }
        return number
    }

    func optionalInteger(_ column: String) throws -> Int64? {
        try read(column, "an integer") { try row.optionalInt(column) }
    }

    func count(_ column: String) throws -> Int {
        let number = try integer(column)
        guard let count = Int(exactly: number), count >= 0 else { throw failure(column, "\(number) is not a count") }
        return count
    }

    /// A 0/1 flag, as the ledger's tables store one.
    func flag(_ column: String) throws -> Bool {
        switch try integer(column) {
        case 0: false
        case 1: true
        case let other: throw failure(column, "\(other) is not 0 or 1")
        }
    }

    /// A truth value the query computed (`EXISTS …`).
    func truth(_ column: String) throws -> Bool {
        guard let value = try read(column, "a truth value", { try row.bool(column) }) else { throw failure(column, "is not a truth value") }
        return value
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
        guard try optionalText(column) != nil else { return nil }
        return try date(column)
    }

    /// A value of a closed set stored as its raw text (a role, a channel).
    func choice<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value where Value.RawValue == String {
        let text = try text(column)
        guard let value = Value(rawValue: text) else { throw failure(column, "'\(text)' is not a \(Value.self)") }
        return value
    }
}
