import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore

/// The organisation register and officers' tenures in a PostgreSQL book (tables `organisation`,
/// `tenure`; step 0002), as `SQLiteOrganisationStore`.
public struct PostgresOrganisationStore: OrganisationStore, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func organisations() throws -> [RegisteredOrganisation] {
        try store.read { try Self.organisations(store.session) }
    }

    public func isRegistered(code: String) throws -> Bool {
        try store.read {
            try store.session.one("SELECT EXISTS(SELECT 1 FROM organisation WHERE code = $1) AS registered", [.text(code)])
                .bool("registered")
        }
    }

    public func tenures(organisation code: String) throws -> [Tenure] {
        try store.read { try Self.tenures(store.session, organisation: code) }
    }

    public func withOrganisationTransaction<T>(user: String, _ body: (any OrganisationTransaction) throws -> T) throws -> T {
        try store.write { try body(Transaction(session: store.session, user: user, now: store.clock.now())) }
    }

    // MARK: The statements, shared with the other union stores of the book

    static let selection = """
        SELECT o.code, o.name, o.kind, p.code AS parent, o.bank_name, o.bank_account, o.channel,
               EXISTS (SELECT 1 FROM account a WHERE a.org_id = o.id) AS keeps_books
        FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id
        """

    /// Every registered organisation, by code.
    static func organisations(_ session: PostgresSession) throws -> [RegisteredOrganisation] {
        // COLLATE "C": codes sort by their bytes, as SQLite's BINARY does, whatever the database's locale.
        try session.query(selection + " ORDER BY o.code COLLATE \"C\"").map(organisation)
    }

    static func organisation(_ session: PostgresSession, code: String) throws -> RegisteredOrganisation? {
        try session.query(selection + " WHERE o.code = $1", [.text(code)]).first.map(organisation)
    }

    static func organisation(_ row: PostgresRowValues) throws -> RegisteredOrganisation {
        let stored = PostgresStoredRow(row, table: "organisation", keyColumn: "code")
        return RegisteredOrganisation(code: try stored.text("code"), name: try stored.text("name"), kind: try stored.text("kind"),
                                      parent: try stored.optionalText("parent"), bankName: try stored.text("bank_name"),
                                      bankAccount: try stored.text("bank_account"),
                                      channel: try stored.choice("channel", as: CollectionChannel.self),
                                      keepsBooks: try stored.truth("keeps_books"))
    }

    /// The id of the organisation with this code.
    /// - Throws: `LedgerError.organisationMustExist`.
    static func id(of code: String, _ session: PostgresSession) throws -> Int64 {
        guard let row = try session.query("SELECT id FROM organisation WHERE code = $1", [.text(code)]).first else {
            throw LedgerError.organisationMustExist(code: code)
        }
        return try PostgresStoredRow(row, table: "organisation", key: code).integer("id")
    }

    /// The organisation's terms, by start date and id.
    static func tenures(_ session: PostgresSession, organisation code: String) throws -> [Tenure] {
        let organisationID = try id(of: code, session)
        return try session.query("SELECT * FROM tenure WHERE org_id = $1 ORDER BY start_date COLLATE \"C\", id",
                                 [.integer(organisationID)])
            .map { row in try tenure(row, organisation: code) }
    }

    static func tenure(_ row: PostgresRowValues, organisation code: String) throws -> Tenure {
        let stored = PostgresStoredRow(row, table: "tenure", keyColumn: "id")
        return Tenure(id: try stored.integer("id"), organisation: code, role: try stored.choice("role", as: OfficerRole.self),
                      person: try stored.text("person"), start: try stored.date("start_date"), end: try stored.optionalDate("end_date"),
                      endReason: try stored.text("end_reason"))
    }

    /// The register's writes within one write transaction.
    struct Transaction: OrganisationTransaction {
        let session: PostgresSession
        let user: String
        let now: String

        func organisation(code: String) throws -> RegisteredOrganisation? {
            try PostgresOrganisationStore.organisation(session, code: code)
        }

        /// - Throws: `LedgerError.organisationCodeMustBeUnique` when another writer registered the
        ///   code since the register looked (the UNIQUE on `organisation.code` decides).
        func insertOrganisation(_ organisation: RegisteredOrganisation, firstPeriod: YearMonth) throws {
            let parentID = try organisation.parent.map { try PostgresOrganisationStore.id(of: $0, session) }
            do {
                try session.query("""
                    INSERT INTO organisation(code, name, kind, first_period, created_at, created_by, parent_id, bank_name, bank_account, channel)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                    """, [.text(organisation.code), .text(organisation.name), .text(organisation.kind), .int(firstPeriod.ordinal),
                          .text(now), .text(user), .optional(parentID), .text(organisation.bankName), .text(organisation.bankAccount),
                          .text(organisation.channel.rawValue)])
            } catch let failure as PostgresFailure where failure.isUniqueViolation {
                throw LedgerError.organisationCodeMustBeUnique(code: organisation.code)
            }
        }

        func updateOrganisation(code: String, parent: String?, bankName: String?, bankAccount: String?,
                                channel: CollectionChannel?) throws {
            let id = try PostgresOrganisationStore.id(of: code, session)
            if let parent {
                try session.query("UPDATE organisation SET parent_id = $1 WHERE id = $2",
                                  [.integer(try PostgresOrganisationStore.id(of: parent, session)), .integer(id)])
            }
            if let bankName { try session.query("UPDATE organisation SET bank_name = $1 WHERE id = $2", [.text(bankName), .integer(id)]) }
            if let bankAccount {
                try session.query("UPDATE organisation SET bank_account = $1 WHERE id = $2", [.text(bankAccount), .integer(id)])
            }
            if let channel {
                try session.query("UPDATE organisation SET channel = $1 WHERE id = $2", [.text(channel.rawValue), .integer(id)])
            }
        }

        func tenures(organisation code: String) throws -> [Tenure] {
            try PostgresOrganisationStore.tenures(session, organisation: code)
        }

        func tenure(id: Int64) throws -> Tenure? {
            guard let row = try session.query("""
                SELECT t.*, o.code AS organisation FROM tenure t JOIN organisation o ON o.id = t.org_id WHERE t.id = $1
                """, [.integer(id)]).first else { return nil }
            return try PostgresOrganisationStore.tenure(row, organisation: PostgresStoredRow(row, table: "tenure", key: String(id)).text("organisation"))
        }

        func insertTenure(organisation code: String, role: OfficerRole, person: String, start: LocalDate, end: LocalDate?) throws -> Int64 {
            let row = try session.one("""
                INSERT INTO tenure(org_id, role, person, start_date, end_date, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """, [.integer(try PostgresOrganisationStore.id(of: code, session)), .text(role.rawValue), .text(person),
                      .text(start.description), .optional(end?.description), .text(user)])
            return try PostgresStoredRow(row, table: "tenure", key: "new").integer("id")
        }

        func endTenure(id: Int64, on end: LocalDate, reason: String) throws {
            try session.query("UPDATE tenure SET end_date = $1, end_reason = $2 WHERE id = $3",
                              [.text(end.description), .text(reason), .integer(id)])
        }
    }
}
