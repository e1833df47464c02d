import GRDB

/// The temporary tables an import keeps what it has checked in (member numbers and ID hashes,
/// receipts, units): tables of the import's connection, outside the change journal (not state),
/// gone with the transaction when it rolls back, whose pages spill to a temporary file past a small
/// cache, so a file of millions of rows is held in bounded memory.
enum ImportScratchTables {
    /// The temporary tables' own page cache, in KiB (SQLite's default for them is 2 MB).
    static let cacheKiB = 8_192

    /// Drops `tables` where an earlier import on the connection left them, then runs `creating`.
    static func create(_ tables: [String], in db: Database, sql creating: String) throws {
        try db.execute(sql: "PRAGMA temp.cache_size = -\(cacheKiB);\n" + dropping(tables) + creating)
    }

    /// Drops `tables`: the import is over.
    static func drop(_ tables: [String], in db: Database) throws {
        try db.execute(sql: dropping(tables))
    }

    private static func dropping(_ tables: [String]) -> String {
        tables.map { "DROP TABLE IF EXISTS temp.\($0);\n" }.joined()
    }
}
