import Foundation
import LedgerPostgres
import LedgerStore
import Testing

/// The PostgreSQL server the tests use: `GONGHUI_TEST_PG`, else the one `scripts/setup` started
/// (its URL in `.build/pg-url`). Without either, the suites that need it are skipped, saying why.
enum PostgresTestServer {
    static let url: PostgresURL? = {
        if let text = ProcessInfo.processInfo.environment["GONGHUI_TEST_PG"], !text.isEmpty { return try? PostgresURL(parsing: text) }
        // Tests/UnionPostgresTests/this file → the repository's .build/pg-url.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let text = try? String(contentsOf: root.appendingPathComponent(".build/pg-url"), encoding: .utf8) else { return nil }
        guard let url = try? PostgresURL(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        // A URL left by an earlier run whose server has gone counts as none.
        return (try? PostgresSession(url: url)) == nil ? nil : url
    }()

    static var isAvailable: Bool { url != nil }

    static let skipReason: Comment = "no PostgreSQL server: run `bash scripts/setup` (it starts one) or set GONGHUI_TEST_PG=postgres://…"

    /// A new, empty database on the server, dropped when the returned handle goes away.
    static func freshDatabase() throws -> TestDatabase {
        guard let url else { throw StoreError.storage(message: "no PostgreSQL server") }
        let name = "gonghui_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let admin = try PostgresSession(url: url)
        try admin.query("CREATE DATABASE \(name)")
        return TestDatabase(server: url, url: url.with(database: String(name)), name: String(name))
    }
}

/// One test's database; dropped (with whatever still connects to it) when released.
final class TestDatabase: @unchecked Sendable {
    let server: PostgresURL
    let url: PostgresURL
    let name: String

    init(server: PostgresURL, url: PostgresURL, name: String) {
        self.server = server
        self.url = url
        self.name = name
    }

    /// The URL as `--db` takes it.
    var text: String {
        var text = "postgres://\(url.user)@\(url.host)/\(url.database)"
        if let folder = url.socketFolder { text += "?host=\(folder)&port=\(url.port)" } else { text = "postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)" }
        return text
    }

    deinit {
        if let admin = try? PostgresSession(url: server) {
            _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
}
