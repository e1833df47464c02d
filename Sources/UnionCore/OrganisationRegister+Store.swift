import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// Reads and writes the organisation register and officers' tenures, one transaction per call.
public struct OrganisationRegister: Sendable {
    public let database: LedgerDatabase
    public let user: String

    public init(database: LedgerDatabase, user: String) {
        self.database = database
        self.user = user
    }

    /// Registers an organisation whose books this file does not keep (a federation's unit, say).
    public func add(code: String, name: String, kind: String, parent: String?, bankName: String = "",
                    bankAccount: String = "", channel: CollectionChannel = .direct, firstPeriod: YearMonth) throws {
        try database.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [code]) != nil {
                throw LedgerError.organisationCodeMustBeUnique(code: code)
            }
            let parentID = try parent.map { try Self.id(of: $0, db) }
            try db.execute(sql: """
                INSERT INTO organisation(code, name, kind, first_period, created_at, created_by, parent_id, bank_name, bank_account, channel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code, name, kind, firstPeriod.ordinal, database.clock.now(), user, parentID, bankName, bankAccount, channel.rawValue])
        }
    }

    /// Changes an organisation's parent, bank account or channel; nil leaves a field as it is.
    /// - Throws: `.parentMustNotLoop` when the new parent sits below the organisation.
    public func update(code: String, parent: String?, bankName: String?, bankAccount: String?, channel: CollectionChannel?) throws {
        try database.write { db in
            let id = try Self.id(of: code, db)
            if let parent {
                let parentID = try Self.id(of: parent, db)
                // Walk up from the new parent: meeting the organisation itself would close a loop.
                var cursor: Int64? = parentID
                var steps = 0
                while let current = cursor, steps < 64 {
                    guard current != id else { throw UnionFundsError.parentMustNotLoop(code: code, parent: parent) }
                    cursor = try Int64.fetchOne(db, sql: "SELECT parent_id FROM organisation WHERE id = ?", arguments: [current])
                    steps += 1
                }
                try db.execute(sql: "UPDATE organisation SET parent_id = ? WHERE id = ?", arguments: [parentID, id])
            }
            if let bankName { try db.execute(sql: "UPDATE organisation SET bank_name = ? WHERE id = ?", arguments: [bankName, id]) }
            if let bankAccount { try db.execute(sql: "UPDATE organisation SET bank_account = ? WHERE id = ?", arguments: [bankAccount, id]) }
            if let channel { try db.execute(sql: "UPDATE organisation SET channel = ? WHERE id = ?", arguments: [channel.rawValue, id]) }
        }
    }

    /// Every registered organisation, by code.
    public func list() throws -> [RegisteredOrganisation] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.code, o.name, o.kind, p.code AS parent, o.bank_name, o.bank_account, o.channel,
                       EXISTS (SELECT 1 FROM account a WHERE a.org_id = o.id) AS keeps_books
                FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id ORDER BY o.code
                """).map { row in
                RegisteredOrganisation(code: row["code"], name: row["name"], kind: row["kind"], parent: row["parent"],
                                       bankName: row["bank_name"], bankAccount: row["bank_account"],
                                       channel: CollectionChannel(rawValue: row["channel"]) ?? .direct,
                                       keepsBooks: row["keeps_books"])
            }
        }
    }

    /// Records a term of office.
    /// - Throws: `.tenuresMustNotOverlap` for a second holder of a single-holder office,
    ///   `.accountantMustNotBeCashier` (不相容岗位), `.tenureMustEndAfterStart`.
    @discardableResult
    public func addTenure(organisation code: String, role: OfficerRole, person: String, start: LocalDate,
                          end: LocalDate?) throws -> Int64 {
        if let end, end < start { throw UnionFundsError.tenureMustEndAfterStart(start: start.description, end: end.description) }
        return try database.write { db in
            let organisationID = try Self.id(of: code, db)
            let existing = try Self.tenures(db, organisationID: organisationID, code: code)
            let overlapping = existing.filter { other in
                other.start <= (end ?? LocalDate.farFuture) && start <= (other.end ?? LocalDate.farFuture)
            }
            if role.isSingleHolder, let clash = overlapping.first(where: { $0.role == role }) {
                throw UnionFundsError.tenuresMustNotOverlap(role: role.rawValue, person: clash.person, from: clash.start.description,
                                                            to: clash.end?.description ?? "…")
            }
            let incompatible: Set<OfficerRole> = [.accountant, .cashier]
            if incompatible.contains(role),
               overlapping.contains(where: { $0.person == person && incompatible.contains($0.role) && $0.role != role }) {
                throw UnionFundsError.accountantMustNotBeCashier(person: person)
            }
            try db.execute(sql: """
                INSERT INTO tenure(org_id, role, person, start_date, end_date, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [organisationID, role.rawValue, person, start.description, end?.description, user])
            return db.lastInsertedRowID
        }
    }

    /// Ends an open term (the chair leaves office: the departure audit covers start…end).
    public func endTenure(id: Int64, on end: LocalDate, reason: String) throws {
        try database.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT start_date FROM tenure WHERE id = ?", arguments: [id]) else {
                throw UnionFundsError.tenureMustExist(id: id)
            }
            let start: String = row["start_date"]
            guard end.description >= start else {
                throw UnionFundsError.tenureMustEndAfterStart(start: start, end: end.description)
            }
            try db.execute(sql: "UPDATE tenure SET end_date = ?, end_reason = ? WHERE id = ?", arguments: [end.description, reason, id])
        }
    }

    /// The organisation's terms of office, by role and start.
    public func tenures(organisation code: String) throws -> [Tenure] {
        try database.read { db in try Self.tenures(db, organisationID: try Self.id(of: code, db), code: code) }
    }

    static func tenures(_ db: Database, organisationID: Int64, code: String) throws -> [Tenure] {
        try Row.fetchAll(db, sql: "SELECT * FROM tenure WHERE org_id = ? ORDER BY start_date, id", arguments: [organisationID])
            .compactMap { row in
                guard let role = OfficerRole(rawValue: row["role"]),
                      let start = try? LocalDate(parsing: row["start_date"] as String) else { return nil }
                return Tenure(id: row["id"], organisation: code, role: role, person: row["person"], start: start,
                              end: (row["end_date"] as String?).flatMap { try? LocalDate(parsing: $0) },
                              endReason: row["end_reason"])
            }
    }

    static func id(of code: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = ?", arguments: [code]) else {
            throw LedgerError.organisationMustExist(code: code)
        }
        return id
    }
}

extension LocalDate {
    /// Stands for "still in office" when comparing terms.
    public static var farFuture: LocalDate {
        (try? LocalDate(year: 9999, month: 12, day: 31)) ?? { preconditionFailure("9999-12-31 is a valid date") }()
    }
}
