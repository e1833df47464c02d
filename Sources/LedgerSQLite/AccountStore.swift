import InputFiles
import GRDB
import LedgerCore
import LedgerStore


enum AccountStore {
    /// Inserts one account; its parent (if any) must already be there and stops being a leaf.
    static func insert(_ account: Account, organisation: Organisation, user: String, db: Database) throws {
        try PlainText.requireName(account.name, field: "account name")
        var parentID: Int64?
        if let parent = account.code.parent {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, kind FROM account WHERE org_id = ? AND code = ?",
                                             arguments: [organisation.id, parent.rawValue]) else {
                throw LedgerError.accountParentMustExist(code: parent.rawValue)
            }
            let parentKind: String = row["kind"]
            guard parentKind == account.kind.rawValue else {
                throw LedgerError.accountKindMustMatchParent(code: account.code.rawValue, parentKind: parentKind)
            }
            parentID = row["id"]
            let hasPostings = try Int.fetchOne(db, sql: "SELECT 1 FROM balance WHERE account_id = ? LIMIT 1",
                                               arguments: [parentID]) != nil
            guard !hasPostings else { throw LedgerError.accountWithPostingsMustStayLeaf(code: parent.rawValue) }
            try db.execute(sql: "UPDATE account SET is_leaf = 0 WHERE id = ?", arguments: [parentID])
        }
        if try Int.fetchOne(db, sql: "SELECT 1 FROM account WHERE org_id = ? AND code = ?",
                            arguments: [organisation.id, account.code.rawValue]) != nil {
            throw LedgerError.accountCodeMustBeUnique(code: account.code.rawValue)
        }
        try db.execute(sql: """
            INSERT INTO account(org_id, code, name, name_en, kind, parent_id, is_leaf, is_open, created_by, role)
            VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
            """, arguments: [organisation.id, account.code.rawValue, account.name, account.nameEnglish,
                             account.kind.rawValue, parentID, account.isOpen ? 1 : 0, user, account.role])
    }

    /// The organisation's chart, by code.
    /// - Throws: `StoreError.storage` naming the first row whose code or kind does not parse:
    ///   a chart that quietly lost an account would misstate every report.
    static func all(_ db: Database, organisation: Int64) throws -> [StoredAccount] {
        try Row.fetchAll(db, sql: "SELECT * FROM account WHERE org_id = ? ORDER BY code", arguments: [organisation])
            .map { row in try account(row) }
    }

    /// One `account` row.
    static func account(_ row: Row) throws(StoreError) -> StoredAccount {
        let id: Int64 = row["id"]
        let code = try StoredValue.accountCode(row["code"], row: "account row \(id)")
        let kind = try StoredValue.accountKind(row["kind"], row: "account row \(id)")
        // is_open and is_leaf are CHECKed to 0 or 1 by the schema.
        let account = Account(code: code, name: row["name"], nameEnglish: row["name_en"], kind: kind,
                              isOpen: (row["is_open"] as Int) == 1, role: row["role"])
        return StoredAccount(id: id, account: account, isLeaf: (row["is_leaf"] as Int) == 1)
    }
}

extension SQLiteBooks {
    /// The chart of accounts, by code.
    public func accounts() throws -> [StoredAccount] {
        try database.read { db in try AccountStore.all(db, organisation: organisation.id) }
    }

    /// Adds a sub-account (or a new standard account) to the chart.
    /// - Throws: `.accountParentMustExist`, `.accountKindMustMatchParent`, `.accountCodeMustBeUnique`,
    ///   `.accountWithPostingsMustStayLeaf` (a parent with postings would leave them on a non-leaf).
    public func addAccount(_ account: Account) throws {
        try database.write { db in
            try AccountStore.insert(account, organisation: organisation, user: user, db: db)
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "account.add",
                                detail: "\(account.code) \(account.name)")
        }
    }

    /// Stops an account taking new postings; its history and balance stay.
    public func closeAccount(_ code: AccountCode) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE account SET is_open = 0 WHERE org_id = ? AND code = ?",
                           arguments: [organisation.id, code.rawValue])
            guard db.changesCount == 1 else { throw LedgerError.accountMustExist(code: code.rawValue) }
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "account.close", detail: code.rawValue)
        }
    }
}
