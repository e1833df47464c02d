import Foundation
import Testing

@Suite("gonghui org")
struct OrgTests {
    @Test("registers a unit under a federation, lists it, records and ends officers' terms")
    func registerAndTenures() throws {
        let sandbox = try Sandbox()
        let db = ["--db", "f.sqlite"]
        try sandbox.run(["init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                         "--start", "2026-01", "--chart", "2021-federation"] + db).expectSuccess()
        try sandbox.run(["org", "add", "--code", "DW001", "--name", "示例机械有限公司工会", "--kind", "enterprise",
                         "--parent", "XF", "--channel", "tax-40"] + db).expectSuccess()
        let list = try sandbox.run(["org", "list", "--format", "csv"] + db)
        #expect(list.stdout.contains("DW001,示例机械有限公司工会,企业,XF,税务代收40%,,,否\r\n"))

        try sandbox.run(["org", "tenure", "add", "--org", "XF", "--role", "主席", "--person", "王明", "--from", "2021-03-01"] + db)
            .expectSuccess()
        try sandbox.run(["org", "tenure", "add", "--org", "XF", "--role", "chair", "--person", "李红", "--from", "2024-01-01"] + db)
            .expectError(exitCode: 1, containing: "主席同一时间只能有一人")
        try sandbox.run(["org", "tenure", "end", "1", "--on", "2023-12-31", "--reason", "任期届满"] + db).expectSuccess()
        try sandbox.run(["org", "tenure", "add", "--org", "XF", "--role", "chair", "--person", "李红", "--from", "2024-01-01"] + db)
            .expectSuccess()
        let terms = try sandbox.run(["org", "tenure", "list", "--org", "XF", "--format", "json"] + db)
        terms.expectSuccess()
        #expect(terms.stdout.contains("\"to\" : \"2023-12-31\""))
        #expect(terms.stdout.contains("\"person\" : \"李红\""))

        let shown = try sandbox.run(["org", "show", "XF", "--format", "csv"] + db)
        shown.expectSuccess()
        #expect(shown.stdout.contains("下级单位数,1\r\n"))
        #expect(shown.stdout.contains(",主席,王明,2021-03-01,2023-12-31,任期届满\r\n"))
        #expect(shown.stdout.contains("DW001,示例机械有限公司工会,企业,XF,税务代收40%"))
        try sandbox.run(["org", "show", "NOPE"] + db).expectError(exitCode: 2, containing: "单位不存在：NOPE")

        // Without --channel the policy's default for the kind applies (organs are paid through the budget).
        try sandbox.run(["org", "add", "--code", "JG001", "--name", "示例县机关工会", "--kind", "organ", "--parent", "XF"] + db).expectSuccess()
        #expect(try sandbox.run(["org", "list", "--format", "csv"] + db).stdout.contains("JG001,示例县机关工会,机关,XF,财政划拨,"))

        try sandbox.run(["org", "add", "--code", "DW002", "--name", "x", "--kind", "enterprise", "--channel", "post"] + db)
            .expectError(exitCode: 2, containing: "缴费方式未知")
        try sandbox.run(["org", "set", "--code", "XF", "--parent", "DW001"] + db).expectError(exitCode: 1, containing: "成环")
    }
}
