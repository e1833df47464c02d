import LedgerStore
import Foundation
import Testing

@Suite("gonghui policy")
struct PolicyCommandTests {
    @Test("init keeps the chosen policy in the file; set adds to the history; a bad file writes nothing")
    func chooseAndChange() throws {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "A", "--org-name", "甲工会", "--kind", "enterprise", "--policy", "beijing")
            .expectSuccess()
        let shown = try sandbox.onBooks("policy", "show", "--section", "vouchers", "--format", "json")
        shown.expectSuccess()
        #expect(shown.stdout.contains("\"name\" : \"beijing\""))
        #expect(shown.stdout.contains("\"collective_decision_threshold\" : \"30000.00\""))

        try sandbox.run(["init", "--org-code", "B", "--org-name", "乙", "--kind", "enterprise", "--db", "b.sqlite", "--policy", "nowhere.json"])
            .expectError(exitCode: 2, containing: "nowhere.json")
        #expect(!sandbox.exists("b.sqlite"))

        try Data(#"{"name":"x","title":"t","vouchers":[{"effective_from":"2026-13-01"}]}"#.utf8).write(to: URL(fileURLWithPath: sandbox.path("bad.json")))
        let before = try sandbox.snapshot()
        try sandbox.onBooks("policy", "set", sandbox.path("bad.json"))
            .expectError(exitCode: 2, containing: "vouchers[0].effective_from")
        #expect(try sandbox.snapshot() == before)

        try sandbox.onBooks("policy", "set", "chongqing").expectSuccess()
        let history = try sandbox.onBooks("policy", "history", "--format", "csv")
        #expect(history.stdout.components(separatedBy: "built-in:").count == 3)
        #expect(try sandbox.onBooks("policy", "show", "--lang", "en").stdout.contains("Policy: Chongqing (example)"))
    }

    @Test("books without a chosen policy run under the built-in default")
    func defaultPolicy() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        #expect(try sandbox.onBooks("policy", "show").stdout.contains("全国默认"))
    }
}
