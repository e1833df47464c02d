import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore

/// The organisation register and officers' tenures in a SQLite books file (tables `organisation`,
/// `tenure`; migration 0002).
public struct SQLiteOrganisationStore: OrganisationStore {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func organisations() throws -> [RegisteredOrganisation] {
        try database.read { db in try Self.organisations(db) }
    }

    public func isRegistered(code: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM organisation WHERE code = ?)", arguments: [code]) ?? false
        }
    }

    public func tenures(organisation code: String) throws -> [Tenure] {
        try database.read { db in try Self.tenures(db, organisation: code) }
    }

    public func withOrganisationTransaction<T>(user: String, _ body: (any OrganisationTransaction) throws -> T) throws -> T {
        try database.write { db in try body(Transaction(db: db, user: user, now: database.clock.now())) }
    }

    // MARK: The statements, shared with the other union stores of the file

    static let selection = """
        SELECT o.code, o.name, o.kind, p.code AS parent, o.bank_name, o.bank_account, o.channel,
               EXISTS (SELECT 1 FROM account a WHERE a.org_id = o.id) AS keeps_books
        FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id
        """

    /// Every registered organisation, by code.
    /// - Note: read from a cursor, whose rows find a column by name from a table; a fetched
    ///   array's copied rows lower-case every column name on each lookup (50,000 units: 1.2 s).
    static func organisations(_ db: Database) throws -> [RegisteredOrganisation] {
        let rows = try Row.fetchCursor(db, sql: selection + " ORDER BY o.code")
        var organisations: [RegisteredOrganisation] = []
        while let row = try rows.next() { organisations.append(try organisation(row)) }
        return organisations
    }

    static func organisation(_ db: Database, code: String) throws -> RegisteredOrganisation? {
        try Row.fetchOne(db, sql: selection + " WHERE o.code = ?", arguments: [code]).map(organisation)
    }

    static func organisation(_ row: Row) throws -> RegisteredOrganisation {
        let stored = StoredRow(row, table: "organisation", keyColumn: "code")
        return RegisteredOrganisation(code: try stored.text("code"), name: try stored.text("name"), kind: try stored.text("kind"),
                                      parent: try stored.optionalText("parent"), bankName: try stored.text("bank_name"),
                                      bankAccount: try stored.text("bank_account"),
                                      channel: try stored.choice("channel", as: CollectionChannel.self),
                                      keepsBooks: try stored.flag("keeps_books"))
    }

    /// The id of the organisation with this code.
    /// - Throws: `LedgerError.organisationMustExist`.
    static func id(of code: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = ?", arguments: [code]) else {
            throw LedgerError.organisationMustExist(code: code)
        }
        return id
    }

    /// The organisation's terms, by start date and id.
    static func tenures(_ db: Database, organisation code: String) throws -> [Tenure] {
        let organisationID = try id(of: code, db)
        return try Row.fetchAll(db, sql: "SELECT * FROM tenure WHERE org_id = ? ORDER BY start_date, id", arguments: [organisationID])
            .map { row in try tenure(row, organisation: code) }
    }

    static func tenure(_ row: Row, organisation code: String) throws -> Tenure {
        let stored = StoredRow(row, table: "tenure", keyColumn: "id")
        return Tenure(id: try stored.integer("id"), organisation: code, role: try stored.choice("role", as: OfficerRole.self),
                      person: try stored.text("person"), start: try stored.date("start_date"), end: try stored.optionalDate("end_date"),
                      endReason: try stored.text("end_reason"))
    }

    /// The register's writes within one write transaction.
    struct Transaction: OrganisationTransaction {
        let db: Database
        let user: String
        let now: String

        func organisation(code: String) throws -> RegisteredOrganisation? {
            try SQLiteOrganisationStore.organisation(db, code: code)
        }

        func insertOrganisation(_ organisation: RegisteredOrganisation, firstPeriod: YearMonth) throws {
            let parentID = try organisation.parent.map { try SQLiteOrganisationStore.id(of: $0, db) }
            try db.execute(sql: """
                INSERT INTO organisation(code, name, kind, first_period, created_at, created_by, parent_id, bank_name, bank_account, channel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [organisation.code, organisation.name, organisation.kind, firstPeriod.ordinal, now, user, parentID,
                                 organisation.bankName, organisation.bankAccount, organisation.channel.rawValue])
        }

        func updateOrganisation(code: String, parent: String?, bankName: String?, bankAccount: String?,
                                channel: CollectionChannel?) throws {
            let id = try SQLiteOrganisationStore.id(of: code, db)
            if let parent {
                try db.execute(sql: "UPDATE organisation SET parent_id = ? WHERE id = ?",
                               arguments: [try SQLiteOrganisationStore.id(of: parent, db), id])
            }
            if let bankName { try db.execute(sql: "UPDATE organisation SET bank_name = ? WHERE id = ?", arguments: [bankName, id]) }
            if let bankAccount { try db.execute(sql: "UPDATE organisation SET bank_account = ? WHERE id = ?", arguments: [bankAccount, id]) }
            if let channel { try db.execute(sql: "UPDATE organisation SET channel = ? WHERE id = ?", arguments: [channel.rawValue, id]) }
        }

        func tenures(organisation code: String) throws -> [Tenure] {
            try SQLiteOrganisationStore.tenures(db, organisation: code)
        }

        func tenure(id: Int64) throws -> Tenure? {
            guard let row = try Row.fetchOne(db, sql: """
                SELECT t.*, o.code AS organisation FROM tenure t JOIN organisation o ON o.id = t.org_id WHERE t.id = ?
                """, arguments: [id]) else { return nil }
            return try SQLiteOrganisationStore.tenure(row, organisation: StoredRow(row, table: "tenure", key: String(id)).text("organisation"))
        }

        func insertTenure(organisation code: String, role: OfficerRole, person: String, start: LocalDate, end: LocalDate?) throws -> Int64 {
            try db.execute(sql: """
                INSERT INTO tenure(org_id, role, person, start_date, end_date, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [try SQLiteOrganisationStore.id(of: code, db), role.rawValue, person, start.description, end?.description, user])
            return db.lastInsertedRowID
        }

        func endTenure(id: Int64, on end: LocalDate, reason: String) throws {
            try db.execute(sql: "UPDATE tenure SET end_date = ?, end_reason = ? WHERE id = ?", arguments: [end.description, reason, id])
        }
    }
}
