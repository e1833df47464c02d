import LedgerStore
import Foundation
import Testing

@Suite("gonghui stats membership")
struct StatsTests {
    @Test("入会率 and 实名制率 by unit and employment type, against each kind's target, with the gap in people")
    func membership() throws {
        let sandbox = try Sandbox()
        try sandbox.initMemberBooks()
        try sandbox.onBooks("org", "add", "--code", "DW002", "--name", "示例研究所", "--kind", "institution", "--parent", "GH001")
            .expectSuccess()
        try sandbox.onBooks("member", "import", try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")).expectSuccess()
        try sandbox.write("institute.csv", """
            member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base
            S001,钱一,11010519491231002X,DW002,所办,2020-01-01,active,contract,8000
            S002,钱二,,DW002,所办,2020-01-01,active,contract,8000
            S003,钱三,110105199003071239,DW002,所办,2020-01-01,active,劳务派遣,6000

            """)
        try sandbox.onBooks("member", "import", "institute.csv").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "DW001", "--employees", "50", "--employees-from", "2026-01").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "DW002", "--employees", "3").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "DW002", "--employees=-3").expectError(exitCode: 2, containing: "职工人数须为非负整数")

        let result = try sandbox.onBooks("stats", "membership", "--as-of", "2026-11-21", "--format", "csv")
        result.expectSuccess()
        // DW001: 36 active of 50 employees = 72.0%, 80% needs 40: 4 short; 39 members all with IDs.
        #expect(result.stdout.contains("DW001,示例机械有限公司,企业,50,36,72.0%,80%,4,39,39,100.0%,80%,0\r\n"))
        // DW002: 3 of 3; 2 of 3 registered = 66.7%, 95% needs 3: 1 short.
        #expect(result.stdout.contains("DW002,示例研究所,事业单位,3,3,100.0%,95%,0,3,2,66.7%,95%,1\r\n"))
        #expect(result.stdout.contains("合计,,,53,39,73.6%,,4,42,41,97.6%,,1\r\n"))
        #expect(result.stdout.contains("劳务派遣,4,5,5,100.0%,5,0\r\n"))

        // A payroll declaration (issue 4) gives the headcount from its month on, over a declared count.
        try sandbox.write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,示例机械有限公司,2026-10,45,500000.00\n")
        let payroll = try sandbox.onBooks("payroll", "import", "payroll.csv")
        #expect(payroll.exitCode == 0, "\(payroll)")
        let declared = try sandbox.onBooks("stats", "membership", "--as-of", "2026-11-21", "--format", "csv")
        #expect(declared.stdout.contains("DW001,示例机械有限公司,企业,45,36,80.0%,80%,0,39,39,100.0%,80%,0\r\n"))
        let september = try sandbox.onBooks("stats", "membership", "--as-of", "2026-09-30", "--format", "csv")
        #expect(september.stdout.contains("DW001,示例机械有限公司,企业,50,36,"))

        // The latest revision of the latest month declared by the as-of month counts; a later month does not yet.
        try sandbox.write("correction.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,示例机械有限公司,2026-10,48,500000.00\n")
        try sandbox.onBooks("payroll", "import", "correction.csv").expectSuccess()
        try sandbox.write("december.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,示例机械有限公司,2026-12,40,500000.00\n")
        try sandbox.onBooks("payroll", "import", "december.csv").expectSuccess()
        let corrected = try sandbox.onBooks("stats", "membership", "--as-of", "2026-11-21", "--format", "csv")
        #expect(corrected.stdout.contains("DW001,示例机械有限公司,企业,48,36,"), "\(corrected.stdout)")
        let december = try sandbox.onBooks("stats", "membership", "--as-of", "2026-12-31", "--format", "csv")
        #expect(december.stdout.contains("DW001,示例机械有限公司,企业,40,36,"), "\(december.stdout)")
        // A count recorded for a later month than the latest declaration wins from that month.
        try sandbox.onBooks("org", "set", "--code", "DW001", "--employees", "44", "--employees-from", "2026-11").expectSuccess()
        let recorded = try sandbox.onBooks("stats", "membership", "--as-of", "2026-11-21", "--format", "csv")
        #expect(recorded.stdout.contains("DW001,示例机械有限公司,企业,44,36,"), "\(recorded.stdout)")
        #expect(try sandbox.onBooks("stats", "membership", "--as-of", "2026-12-31", "--format", "csv").stdout
                    .contains("DW001,示例机械有限公司,企业,40,36,"))

        let early = try sandbox.onBooks("stats", "membership", "--as-of", "2025-06-30", "--format", "csv")
        #expect(early.stdout.contains("DW001,示例机械有限公司,企业,—,"), "no employee count recorded before 2026-01")
        try sandbox.onBooks("stats", "membership", "--unit", "DW404").expectError(exitCode: 2, containing: "DW404 不在单位名册中")
    }
}
