import LedgerStore
import Foundation
import Testing

@Suite("gonghui verify")
struct VerifyTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox.withFixtureBooks()
    }

    /// Runs SQL on the books with the sqlite3 command-line tool, behind the engine's back.
    private func sqlite3(_ sql: String) throws -> CLIResult {
        let shell = try #require(SQLiteShell.path, "these tests tamper with the books through the sqlite3 tool")
        return try CLI.runProcess(URL(fileURLWithPath: shell), [Sandbox.books, sql], in: sandbox.url)
    }

    @Test("passes on sound books", arguments: [
        ([String](), "校验通过：哈希链完整，余额与分录一致，凭证均符合规则\n"),
        (["--lang", "en"], "Verified: hash chain intact, balances agree with postings, every voucher keeps the rules\n"),
    ])
    func passesOnSoundBooks(options: [String], message: String) throws {
        let result = try sandbox.run(["verify", "--db", Sandbox.books] + options)
        result.expectSuccess()
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map { String($0) + "\n" } == message)
        // The journal head follows: the count and the last link, for keeping elsewhere.
        #expect(lines.count == 4 && lines[1].contains("sha256 ") && lines[1].utf8.count > 64)
        // Then the change journal's head, as every report's footer prints it.
        #expect(lines[2].contains(" #"))
    }

    @Test("passes on fresh books with no vouchers")
    func passesOnEmptyBooks() throws {
        let empty = try Sandbox()
        try empty.initBooks()
        try empty.onBooks("verify").expectSuccess()
    }

    @Test("SQLite itself refuses to edit a posting while the immutability trigger is in place")
    func triggerRefusesEdits() throws {
        let update = try sqlite3("UPDATE posting SET amount_fen = amount_fen + 1 WHERE voucher_id = 2 AND line = 1;")
        #expect(update.exitCode != 0, "\(update)")
        #expect(update.stderr.contains("postings are immutable; correct by red-ink reversal"), "\(update)")
        let delete = try sqlite3("DELETE FROM voucher WHERE id = 3;")
        #expect(delete.exitCode != 0, "\(delete)")
        #expect(delete.stderr.contains("posted vouchers are immutable"), "\(delete)")
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("finds an edit made behind the engine's back: chain broken at voucher #2, balances disagree")
    func findsTampering() throws {
        let tamper = try sqlite3("""
            DROP TRIGGER posting_is_immutable_update;
            UPDATE posting SET amount_fen = amount_fen + 1 WHERE voucher_id = 2 AND line = 1;
            """)
        #expect(tamper.exitCode == 0, "\(tamper)")

        let result = try sandbox.onBooks("verify")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderrLines
        #expect(lines.contains { $0.hasPrefix("GH001 凭证 #2: 哈希链不符") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("GH001 凭证 #2: 借贷不平衡 (3600.01 / 3600.00)") }, "\(result)")
        #expect(lines.contains { $0.contains("余额表与分录不符 (50105 2026-01：分录合计 3600.01/0.00，余额表 3600.00/0.00)") },
                "\(result)")
        #expect(!lines.contains { $0.contains("凭证 #1") || $0.contains("凭证 #3") }, "only voucher #2 was touched\n\(result)")
        #expect(lines.last == "校验失败：\(lines.count - 1) 处问题")

        let english = try sandbox.onBooks("verify", "--lang", "en")
        #expect(english.exitCode == 1)
        #expect(english.stderrLines.contains { $0.hasPrefix("GH001 voucher #2: hash chain broken") }, "\(english)")
        #expect(english.stderrLines.contains { $0.contains("balance table disagrees with postings") }, "\(english)")
    }

    @Test("finds a balance row edited behind the engine's back")
    func findsBalanceTampering() throws {
        let tamper = try sqlite3("UPDATE balance SET debit_fen = debit_fen + 100 WHERE account_id = (SELECT id FROM account WHERE code = '102');")
        #expect(tamper.exitCode == 0, "\(tamper)")
        let result = try sandbox.onBooks("verify")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderrLines == [
            "GH001 账套: 余额表与分录不符 (102 2026-01：分录合计 13234.50/3600.00，余额表 13235.50/3600.00)",
            "校验失败：1 处问题",
        ])
    }

    @Test("--format json: the findings as a document on stdout (kinds, not sentences, as values), exit 1")
    func findingsAsJSON() throws {
        let sound = try sandbox.onBooks("verify", "--format", "json")
        sound.expectSuccess()
        let passed = try #require(try JSONSerialization.jsonObject(with: sound.stdoutData) as? [String: Any])
        #expect(passed["verified"] as? Bool == true && (passed["findings"] as? [Any])?.isEmpty == true)
        #expect((passed["journal_head"] as? [String: Any])?["vouchers"] as? Int == 3)
        _ = try sqlite3("UPDATE balance SET debit_fen = debit_fen + 100 WHERE account_id = (SELECT id FROM account WHERE code = '102');")
        let result = try sandbox.onBooks("verify", "--format", "json", "--lang", "en")
        #expect(result.exitCode == 1 && result.stderrLines == ["verify failed: 1 findings"], "\(result)")
        let failed = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let findings = try #require(failed["findings"] as? [[String: Any]])
        #expect(failed["verified"] as? Bool == false && findings.count == 1)
        #expect(findings.first?["check"] as? String == "balanceMismatch" && findings.first?["organisation"] as? String == "GH001")
        #expect(findings.first?["voucher_id"] is NSNull)
    }

    @Test("a file that is not Gonghui books is a storage error")
    func notBooks() throws {
        try Data("hello\n".utf8).write(to: sandbox.url.appendingPathComponent("other.sqlite"))
        try sandbox.run("verify", "--db", "other.sqlite").expectError(exitCode: 3, containing: "不是工会账套文件：other.sqlite")
    }
}
