import InputFiles
import GRDB
import LedgerCore
import LedgerStore

extension Organisation: FetchableRecord {
    public init(row: Row) throws {
        let id: Int64 = row["id"]
        self.init(id: id, code: row["code"], name: row["name"], kind: row["kind"],
                  firstPeriod: try StoredValue.month(ordinal: row["first_period"], row: "organisation row \(id)", column: "first_period"))
    }

    static func fetchAll(_ db: Database) throws -> [Organisation] {
        try Organisation.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY code")
    }
}

/// The books of one organisation in a SQLite file, as seen by one user.
public struct SQLiteBooks: Books {
    public let database: LedgerDatabase
    public let organisation: Organisation
    /// Recorded on every write (`--user` or `GONGHUI_USER`).
    public let user: String

    public var store: any BooksStore { database }
}

enum EventLog {
    static func record(_ db: Database, at timestamp: String, organisation: Int64?, user: String, action: String, detail: String) throws {
        try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [organisation, timestamp, user, action, detail])
    }
}
