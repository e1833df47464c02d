import LedgerCore
import LedgerPostgres
import LedgerStore

/// One row read back from a budget or findings table, read strictly as UnionSQLite's `StoredRow`
/// reads it: a value that is missing or does not parse is a `StoreError.storage` naming the
/// table, the row and the column, with the same words — so both stores report a damaged row alike.
struct BudgetStoredRow {
    let row: PostgresRowValues
    /// `budget_version`, `audit_finding`, …
    let table: String
    /// How the row is named in a message: its id, or its natural key (`1/3`).
    let key: String

    init(_ row: PostgresRowValues, table: String, key: String) {
        self.row = row
        self.table = table
        self.key = key
    }

    /// Names the row by one of its own columns (`id`), as far as that reads.
    init(_ row: PostgresRowValues, table: String, keyColumn: String) {
        self.init(row, table: table, key: Self.plain(row, keyColumn))
    }

    /// A stored value as a message shows it: text unquoted, numbers as digits.
    static func plain(_ row: PostgresRowValues, _ column: String) -> String {
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

    /// A value of a closed set stored as its raw text (a status, a step, a kind).
    func choice<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value where Value.RawValue == String {
        let text = try text(column)
        guard let value = Value(rawValue: text) else { throw failure(column, "'\(text)' is not a \(Value.self)") }
        return value
    }

    /// An account code stored as its digits.
    func account(_ column: String) throws -> AccountCode {
        let text = try text(column)
        guard let code = try? AccountCode(text) else { throw failure(column, "'\(text)' is not an account code") }
        return code
    }
}

/// Multi-row INSERTs for the budget and findings tables: one round trip per few thousand rows
/// instead of one per row (a budget has hundreds of lines, a run hundreds of findings).
enum BudgetRowInsert {
    static func insert(_ session: PostgresSession, table: String, columns: [String], rows: [[PostgresValue]]) throws {
        // PostgreSQL takes at most 65,535 parameters per statement.
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var sql = "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
            var values: [PostgresValue] = []
            values.reserveCapacity(chunk.count * columns.count)
            for (position, row) in chunk.enumerated() {
                sql += position == 0 ? "(" : ",("
                for index in row.indices {
                    values.append(row[index])
                    sql += (index == 0 ? "$" : ",$") + String(values.count)
                }
                sql += ")"
            }
            try session.query(sql, values)
            start += chunk.count
        }
    }
}
