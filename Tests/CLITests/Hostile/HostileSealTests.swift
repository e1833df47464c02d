import Foundation
import GRDB
import Testing

/// The journal's head anchored outside the file: `gonghui seal` signs it with the funds-review
/// committee's key, `verify --seal` proves nothing recorded before the seal changed, and every
/// report carries the head in its footer.
@Suite("hostile: seal and the journal head")
struct HostileSealTests {
    static let key = ["GONGHUI_SEAL_KEY": "0123456789abcdef0123456789abcdef-committee"]
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    func importFixtureVouchers() throws {
        try sandbox.onBooks("voucher", "import", sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv"))
            .expectSuccess()
    }

    func seal(environment: [String: String] = key) throws -> CLIResult {
        try sandbox.run(["seal", "--output", "seal.json", "--db", Sandbox.books], environment: environment)
    }

    func verifySeal(environment: [String: String] = key) throws -> CLIResult {
        try sandbox.run(["verify", "--seal", "seal.json", "--db", Sandbox.books], environment: environment)
    }

    func scalar(_ sql: String) throws -> Int64 {
        let queue = try DatabaseQueue(path: sandbox.path(Sandbox.books))
        defer { try? queue.close() }
        return try queue.read { db in try Int64.fetchOne(db, sql: sql) ?? 0 }
    }

    @Test("a seal verifies, and still does after later writes")
    func sealVerifies() throws {
        try importFixtureVouchers()
        try seal().expectSuccess()
        let sealed = try JSONSerialization.jsonObject(with: sandbox.bytes("seal.json")) as? [String: Any]
        #expect(sealed?["records"] as? Int == Int(try scalar("SELECT MAX(seq) FROM change_commit")))
        #expect((sealed?["hmac"] as? String)?.count == 64)
        let verified = try verifySeal()
        #expect(verified.exitCode == 0, "\(verified)")
        #expect(verified.stdout.contains("封存核对通过"), "\(verified)")
        try sandbox.post("2026-01-20", "购买办公用品", ["50105:借:10.00", "102:贷:10.00"], extra: ["--attachments", "1"]).expectSuccess()
        #expect(try verifySeal().exitCode == 0)
    }

    @Test("a truncation that also rewrites journal_head and the journal's tail passes verify, not verify --seal")
    func truncationCaughtBySeal() throws {
        let before = try scalar("SELECT MAX(seq) FROM change_commit")
        let eventsBefore = try scalar("SELECT MAX(id) FROM event")
        try importFixtureVouchers()
        try seal().expectSuccess()
        #expect(try scalar("SELECT voucher_count FROM journal_head") == 3)
        // Everything the import wrote goes, and the journal is cut back to the record before it.
        try HostileTamperTests.tamper(sandbox.path(Sandbox.books), """
            DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
            DROP TRIGGER change_is_append_only_delete; DROP TRIGGER change_commit_is_append_only_delete;
            DROP TRIGGER voucher_approval_is_immutable_delete;
            DELETE FROM posting; DELETE FROM voucher_approval; DELETE FROM voucher; DELETE FROM balance;
            DELETE FROM period; DELETE FROM import_log; DELETE FROM import_content; DELETE FROM event WHERE id > \(eventsBefore);
            DELETE FROM journal_head;
            DELETE FROM change WHERE seq > (SELECT last_change_seq FROM change_commit WHERE seq = \(before));
            DELETE FROM change_commit WHERE seq > \(before);
            """)
        let plain = try sandbox.onBooks("verify")
        #expect(plain.exitCode == 0, "the truncation is consistent: only the seal can tell \(plain)")
        let result = try verifySeal()
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("封存") && result.stderr.contains("\(before)"), "\(result)")
    }

    @Test("an edit before the seal is caught, and named")
    func editBeforeSealCaught() throws {
        try importFixtureVouchers()
        try seal().expectSuccess()
        try HostileTamperTests.tamper(sandbox.path(Sandbox.books), "UPDATE organisation SET name = '别的工会'")
        let result = try verifySeal()
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("organisation"), "\(result)")
    }

    @Test("a seal under another key, or edited, is not authentic")
    func forgedSealRefused() throws {
        try importFixtureVouchers()
        try seal().expectSuccess()
        let other = try verifySeal(environment: ["GONGHUI_SEAL_KEY": String(repeating: "x", count: 40)])
        #expect(other.exitCode == 1)
        #expect(other.stderr.contains("HMAC"), "\(other)")
        let text = String(decoding: try sandbox.bytes("seal.json"), as: UTF8.self)
        let edited = text.replacingOccurrences(of: #""records" : "#, with: #""records" : 1"#)
        try Data(edited.utf8).write(to: sandbox.url.appendingPathComponent("seal.json"))
        let forged = try verifySeal()
        #expect(forged.exitCode == 1)
        #expect(forged.stderr.contains("HMAC"), "\(forged)")
    }

    @Test("a short or missing seal key is refused, and nothing is written", arguments: [String(repeating: "k", count: 31), ""])
    func shortKeyRefused(_ secret: String) throws {
        let result = try seal(environment: ["GONGHUI_SEAL_KEY": secret])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("GONGHUI_SEAL_KEY"), "\(result)")
        #expect(!sandbox.exists("seal.json"))
        try seal().expectSuccess()
        #expect(try verifySeal(environment: ["GONGHUI_SEAL_KEY": secret]).exitCode == 2)
    }

    @Test("a seal file that is missing or not a seal is refused (exit 2)")
    func unreadableSealRefused() throws {
        let missing = try verifySeal()
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("seal.json"), "\(missing)")
        try Data("not json".utf8).write(to: sandbox.url.appendingPathComponent("seal.json"))
        let garbled = try verifySeal()
        #expect(garbled.exitCode == 2)
        #expect(garbled.stderr.contains("not a gonghui seal"), "\(garbled)")
    }

    @Test("every report's footer carries the journal head and its count, in every format but CSV (data only)")
    func reportsCarryTheHead() throws {
        try importFixtureVouchers()
        let records = try scalar("SELECT MAX(seq) FROM change_commit")
        let table = try sandbox.onBooks("report", "trial-balance", "--from", "2026-01", "--to", "2026-01")
        table.expectSuccess()
        #expect(table.stdout.contains("日记账末端 #\(records) "), "\(table)")
        for format in ["md", "html"] {
            let result = try sandbox.onBooks("report", "trial-balance", "--from", "2026-01", "--to", "2026-01", "--format", format)
            #expect(result.stdout.contains("#\(records) "), "\(format): \(result)")
        }
        let json = try sandbox.onBooks("report", "trial-balance", "--from", "2026-01", "--to", "2026-01", "--format", "json")
        json.expectSuccess()
        let document = try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
        let journal = document?["journal"] as? [String: Any]
        #expect(journal?["records"] as? Int == Int(records))
        #expect((journal?["head"] as? String)?.count == 12)
    }
}
