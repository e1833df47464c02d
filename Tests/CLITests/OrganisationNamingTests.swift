import Foundation
import Testing

/// Issue 14 item 3: an organisation given by its code in any letter case or by its exact
/// registered name, wherever a command asks for one; a name several organisations share is
/// refused with the candidates.
@Suite("organisations by code in any case or by name")
struct OrganisationNamingTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks(code: "GH001", name: "示例科技有限公司工会")
        try sandbox.onBooks("org", "add", "--code", "DW001", "--name", "示例机械有限公司工会", "--kind", "enterprise",
                            "--parent", "GH001").expectSuccess()
    }

    @Test("--org takes the code in lower case or the organisation's name", arguments: ["GH001", "gh001", "Gh001", "示例科技有限公司工会", " 示例科技有限公司工会 "])
    func booksByCodeOrName(_ named: String) throws {
        let result = try sandbox.onBooks("report", "trial-balance", "--from", "2026-01", "--to", "2026-01", "--org", named)
        result.expectSuccess()
        #expect(result.stdout.contains("编制单位：示例科技有限公司工会"), "\(result)")
    }

    @Test("org show, stats and arrears take a unit by code in any case or by name")
    func unitsByCodeOrName() throws {
        for named in ["dw001", "示例机械有限公司工会"] {
            let shown = try sandbox.onBooks("org", "show", named, "--format", "csv")
            shown.expectSuccess()
            #expect(shown.stdout.contains("DW001"), "\(shown)")
            try sandbox.onBooks("stats", "membership", "--unit", named, "--as-of", "2026-06-30").expectSuccess()
            try sandbox.onBooks("arrears", "show", "--unit", named, "--as-of", "2026-06-30", "--org", "gh001").expectSuccess()
        }
    }

    @Test("org add --parent, org set --unit, member list --unit and arrears status --unit take a code in any case or a name")
    func registerCommands() throws {
        try sandbox.onBooks("org", "add", "--code", "DW003", "--name", "示例纺织有限公司工会", "--kind", "enterprise",
                            "--parent", "示例科技有限公司工会").expectSuccess()
        try sandbox.onBooks("org", "set", "--unit", "dw003", "--employees", "120", "--employees-from", "2026-01").expectSuccess()
        try sandbox.onBooks("org", "set", "--unit", "示例纺织有限公司工会", "--parent", "gh001").expectSuccess()
        let shown = try sandbox.onBooks("org", "show", "DW003", "--format", "json")
        shown.expectSuccess()
        #expect(shown.stdout.contains("GH001"), "\(shown)")
        try sandbox.onBooks("member", "list", "--unit", "dw003").expectSuccess()
    }

    @Test("a name two organisations share is refused with both; an unknown one says it does not exist")
    func ambiguousAndUnknown() throws {
        try sandbox.onBooks("org", "add", "--code", "DW002", "--name", "示例机械有限公司工会", "--kind", "enterprise",
                            "--parent", "GH001").expectSuccess()
        let shared = try sandbox.onBooks("org", "show", "示例机械有限公司工会")
        shared.expectError(exitCode: 2, containing: "“示例机械有限公司工会”可指多个单位，请写准确的单位编码：DW001 示例机械有限公司工会、DW002 示例机械有限公司工会")
        let unknown = try sandbox.onBooks("report", "trial-balance", "--org", "没有这个工会")
        unknown.expectError(exitCode: 2, containing: "单位不存在：没有这个工会")
    }
}
