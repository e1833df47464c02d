import Foundation
import GRDB
@testable import LedgerSQLite
import Testing

/// `RawStatement.bind(_:String)` marks a text NUL-terminated for SQLite unless it holds a NUL
/// itself: either way the text must be stored whole, and a CHECK calling a function on it must
/// see it.
@Suite("raw statement")
struct RawStatementTests {
    @Test("texts are stored whole, one holding a NUL too; a CHECK sees each", arguments: [
        "", "x", "单位工会", String(repeating: "长文本", count: 40), "前\u{0}后", "\u{0}",
        "fifteen bytes!!", "sixteen bytes!!!",
    ])
    func textsStoredWhole(text: String) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(s TEXT NOT NULL, n INTEGER NOT NULL CHECK(n = length(CAST(s AS BLOB))), l INTEGER)")
            let insert = try RawStatement(db, "INSERT INTO t(s, n, l) VALUES (?, ?, length(?))")
            insert.bind(1, text)
            insert.bind(2, text.utf8.count)
            insert.bind(3, text)
            try insert.run()
            let row = try #require(try Row.fetchOne(db, sql: "SELECT CAST(s AS BLOB) AS bytes, typeof(s) AS type, l FROM t"))
            #expect(Array((row["bytes"] as Data?) ?? Data()) == Array(text.utf8))
            #expect(row["type"] as String == "text")
            // SQLite's length() counts characters up to the first NUL.
            let expectedLength = text.split(separator: "\u{0}", omittingEmptySubsequences: false).first.map(\.count) ?? 0
            #expect(row["l"] as Int == expectedLength)
        }
    }
}
