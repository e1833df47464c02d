import Foundation
import LedgerPostgres
import Testing

/// The server `scripts/setup` started (`.build/pg-url`) or `GONGHUI_TEST_PG`; nil without one.
enum PostgresForCLI {
    static let server: PostgresURL? = {
        if let text = ProcessInfo.processInfo.environment["GONGHUI_TEST_PG"], !text.isEmpty { return try? PostgresURL(parsing: text) }
        guard let text = try? String(contentsOf: Repository.url(".build/pg-url"), encoding: .utf8),
              let url = try? PostgresURL(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return (try? PostgresSession(url: url)) == nil ? nil : url
    }()

    static let skipReason: Comment = "no PostgreSQL server: run `bash scripts/setup` (it starts one) or set GONGHUI_TEST_PG=postgres://…"

    /// A new empty database; its `--db` URL. Dropped by the returned handle.
    static func freshDatabase() throws -> (url: String, drop: DatabaseDrop) {
        guard let server else { throw CancellationError() }
        let name = "gonghui_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try PostgresSession(url: server).query("CREATE DATABASE \(name)")
        var text = "postgres://\(server.user)@\(server.host)"
        if let folder = server.socketFolder { text += "/\(name)?host=\(folder)&port=\(server.port)" } else { text += ":\(server.port)/\(name)" }
        return (text, DatabaseDrop(server: server, name: String(name)))
    }
}

final class DatabaseDrop: @unchecked Sendable {
    let server: PostgresURL
    let name: String
    init(server: PostgresURL, name: String) {
        self.server = server
        self.name = name
    }
    deinit { _ = try? PostgresSession(url: server).query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
}

/// The CLI end to end on a PostgreSQL book: the commands that work there, the same output as on a
/// file, the round trip file → PostgreSQL → file, and a clear refusal for the commands that don't.
@Suite(.enabled(if: PostgresForCLI.server != nil, PostgresForCLI.skipReason))
struct PostgresCLITests {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// Output without the footer naming the journal head (each store words it its own way).
    func withoutHead(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("日记账末端") && !$0.contains("凭证链末端") && !$0.contains("Journal head") }
            .joined(separator: "\n")
            .replacingOccurrences(of: #"  "journal" : \{[^}]*\},\n"#, with: "", options: .regularExpression)
    }

    func initBooks(_ db: String) throws {
        try sandbox.run("init", "--db", db, "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise",
                        "--start", "2026-01", "--chart", "basic").expectSuccess()
    }

    /// The same commands on a file and on PostgreSQL: init, import, add → review → post, reverse,
    /// list, trial balance, ledger, export, verify.
    func work(on db: String) throws -> [String] {
        try initBooks(db)
        let file = sandbox.exists("vouchers-utf8-bom.csv") ? "vouchers-utf8-bom.csv"
            : try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")
        try sandbox.run("voucher", "import", file, "--db", db).expectSuccess()
        try sandbox.run("voucher", "add", "--date", "2026-01-25", "--summary", "购买慰问品", "--line", "50105:借:360.00",
                        "--line", "102:贷:360.00", "--signoff-by", "主席", "--db", db).expectSuccess()
        try sandbox.run("voucher", "review", "--month", "2026-01", "--user", "复核员", "--db", db).expectSuccess()
        try sandbox.run("voucher", "post", "--month", "2026-01", "--db", db).expectSuccess()
        try sandbox.run("voucher", "reverse", "2", "--reason", "重复入账", "--db", db).expectSuccess()
        var outputs: [String] = []
        for arguments in [["voucher", "list"], ["voucher", "list", "--format", "json"], ["voucher", "show", "2"],
                          ["report", "trial-balance", "--from", "2026-01", "--to", "2026-01"],
                          ["report", "trial-balance", "--from", "2026-01", "--to", "2026-01", "--format", "json"],
                          ["report", "ledger", "--account", "102", "--from", "2026-01", "--to", "2026-01"],
                          ["export", "csv"], ["account", "list"]] {
            let result = try sandbox.run(arguments + ["--db", db])
            result.expectSuccess()
            outputs.append(withoutHead(result.stdout))
        }
        let verified = try sandbox.run("verify", "--db", db)
        verified.expectSuccess()
        #expect(verified.stdout.contains("校验通过"), "\(verified)")
        return outputs
    }

    @Test("the commands print the same on a PostgreSQL book as on a file")
    func sameAsOnAFile() throws {
        let (db, drop) = try PostgresForCLI.freshDatabase()
        _ = drop
        let onPostgres = try work(on: db)
        let onFile = try work(on: "file.sqlite")
        #expect(onPostgres == onFile)
    }

    @Test("copy file → PostgreSQL → file: the same journal head, trial balance and statements; both verify")
    func roundTrip() throws {
        let (db, drop) = try PostgresForCLI.freshDatabase()
        _ = drop
        _ = try work(on: "source.sqlite")
        let toPostgres = try sandbox.run("copy", "--to", db, "--db", "source.sqlite")
        #expect(toPostgres.exitCode == 0, "\(toPostgres)")
        let back = try sandbox.run("copy", "--to", "back.sqlite", "--db", db)
        back.expectSuccess()
        let heads = try ["source.sqlite", db, "back.sqlite"].map { book -> String in
            let verified = try sandbox.run("verify", "--db", book)
            verified.expectSuccess()
            return try #require(verified.stdout.split(separator: "\n").first { $0.contains("日记账末端") }.map(String.init))
        }
        #expect(Set(heads).count == 1, "\(heads)")
        for arguments in [["report", "trial-balance", "--from", "2026-01", "--to", "2026-01", "--format", "json"],
                          ["report", "balance-sheet", "--month", "2026-01"],
                          ["report", "income-expenditure", "--month", "2026-01"]] {
            let outputs = try ["source.sqlite", db, "back.sqlite"].map { book in
                try sandbox.run(arguments + ["--db", book])
            }
            #expect(outputs[0].exitCode == outputs[2].exitCode, "\(arguments)")
            #expect(withoutHead(outputs[0].stdout) == withoutHead(outputs[2].stdout), "\(arguments)")
            if outputs[1].exitCode == 0 {
                #expect(withoutHead(outputs[0].stdout) == withoutHead(outputs[1].stdout), "\(arguments)")
            }
        }
        // A second copy onto the same database is refused: it already holds books.
        let again = try sandbox.run("copy", "--to", db, "--db", "source.sqlite")
        #expect(again.exitCode == 2, "\(again)")
    }

    @Test("seal, verify --seal and backup on a PostgreSQL book, as on a file; an edit behind gonghui's back is named by verify")
    func sealAndBackup() throws {
        let (db, drop) = try PostgresForCLI.freshDatabase()
        _ = drop
        let key = ["GONGHUI_SEAL_KEY": "0123456789abcdef0123456789abcdef-committee"]
        _ = try work(on: db)
        let sealed = try sandbox.run(["seal", "--output", "seal.json", "--db", db], environment: key)
        sealed.expectSuccess()
        #expect(sealed.stdout.contains("已封存"), "\(sealed)")
        try sandbox.run("voucher", "add", "--date", "2026-01-26", "--summary", "购买文具", "--line", "50105:借:20.00",
                        "--line", "102:贷:20.00", "--signoff-by", "主席", "--db", db).expectSuccess()
        try sandbox.run("voucher", "review", "--month", "2026-01", "--user", "复核员", "--db", db).expectSuccess()
        try sandbox.run("voucher", "post", "--month", "2026-01", "--db", db).expectSuccess()
        let verified = try sandbox.run(["verify", "--seal", "seal.json", "--db", db], environment: key)
        verified.expectSuccess()
        #expect(verified.stdout.contains("封存核对通过") && verified.stdout.contains("变更日记账：覆盖全部状态表"), "\(verified)")

        // backup: the whole book into a new file (mode 0600) that verifies with the same voucher chain head.
        let backup = try sandbox.run("backup", "copy.sqlite", "--db", db)
        backup.expectSuccess()
        #expect(backup.stderr.isEmpty, "no table left behind: \(backup)")
        let mode = try FileManager.default.attributesOfItem(atPath: sandbox.path("copy.sqlite"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let heads = try [db, "copy.sqlite"].map { book -> String in
            let result = try sandbox.run("verify", "--db", book)
            result.expectSuccess()
            return try #require(result.stdout.split(separator: "\n").first { $0.contains("日记账末端：") }.map(String.init))
        }
        #expect(heads[0] == heads[1])
        try sandbox.run("backup", "copy.sqlite", "--db", db).expectError(exitCode: 2, containing: "copy.sqlite")

        // A register row edited outside gonghui: verify names the table and row, the seal still holds the records before.
        let server = try #require(PostgresForCLI.server)
        try PostgresSession(url: server.with(database: drop.name)).query("UPDATE organisation SET name = '别的工会'")
        let edited = try sandbox.run(["verify", "--seal", "seal.json", "--db", db], environment: key)
        #expect(edited.exitCode == 1, "\(edited)")
        #expect(edited.stderr.contains("organisation 表 [1]") && edited.stderr.contains("在 gonghui 之外被改动"), "\(edited)")
        #expect(!edited.stderr.contains("封存"), "the sealed records are intact: \(edited)")
    }

    @Test("the cash check refuses an overdraft on a PostgreSQL book as on a file (exit 1, nothing written)")
    func overdraftRefused() throws {
        let (db, drop) = try PostgresForCLI.freshDatabase()
        _ = drop
        for book in [db, "file.sqlite"] {
            try initBooks(book)
            try sandbox.run("voucher", "import", try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv",
                                                                  as: "v-\(book == db ? "pg" : "file").csv"), "--db", book).expectSuccess()
            let refused = try sandbox.run("voucher", "reverse", "1", "--reason", "重复入账", "--db", book)
            refused.expectError(exitCode: 1, containing: "102 银行存款 不能出现负数")
            let list = try sandbox.run("voucher", "list", "--format", "json", "--db", book)
            let document = try #require(try JSONSerialization.jsonObject(with: list.stdoutData) as? [String: Any])
            let rows = (document["tables"] as? [[String: Any]])?.first?["rows"] as? [Any]
            #expect(rows?.count == 3, "\(list)")
        }
    }

    @Test("a server that cannot be reached is a clear error, exit 3")
    func unreachableServer() throws {
        let result = try sandbox.run("voucher", "list", "--db", "postgres://nobody@127.0.0.1:1/none")
        result.expectError(exitCode: 3, containing: "无法连接 PostgreSQL 服务器")
    }
}
