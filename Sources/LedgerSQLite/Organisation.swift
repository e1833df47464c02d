import InputFiles
import GRDB
import LedgerCore

/// An organisation whose books the file holds: a grassroots union or a federation.
public struct Organisation: Hashable, Sendable, FetchableRecord {
    public var id: Int64
    public var code: String
    public var name: String
    /// Free text for now (enterprise, county federation, …); the union module gives it meaning.
    public var kind: String
    /// The first month of these books; earlier months are not open for posting.
    public var firstPeriod: YearMonth

    public init(id: Int64, code: String, name: String, kind: String, firstPeriod: YearMonth) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.firstPeriod = firstPeriod
    }

    public init(row: Row) throws {
        id = row["id"]
        code = row["code"]
        name = row["name"]
        kind = row["kind"]
        firstPeriod = YearMonth(ordinal: row["first_period"])
    }

    static func fetchAll(_ db: Database) throws -> [Organisation] {
        try Organisation.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY code")
    }
}

/// What `init` needs to register an organisation.
public struct NewOrganisation: Sendable {
    public var code: String
    public var name: String
    public var kind: String
    public var firstPeriod: YearMonth

    public init(code: String, name: String, kind: String, firstPeriod: YearMonth) {
        self.code = code
        self.name = name
        self.kind = kind
        self.firstPeriod = firstPeriod
    }
}

/// The books of one organisation, as seen by one user. Every read and write of a command goes
/// through here.
public struct Books: Sendable {
    public let database: LedgerDatabase
    public let organisation: Organisation
    /// Recorded on every write (`--user` or `GONGHUI_USER`).
    public let user: String
}

enum EventLog {
    static func record(_ db: Database, organisation: Int64?, user: String, action: String, detail: String) throws {
        try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [organisation, Clock.now(), user, action, detail])
    }
}
