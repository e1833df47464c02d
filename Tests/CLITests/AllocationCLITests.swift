import LedgerStore
import Foundation
import Testing

@Suite("gonghui org import, payroll import, allocate, remit, arrears, notice")
struct AllocationCLITests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: sandbox.url.appendingPathComponent(name))
    }

    /// A county federation's books with three units registered from a file.
    func federation() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "XF", "--bank-name", "示例银行", "--bank-account", "6200001").expectSuccess()
        try write("units.csv", """
            单位编码,单位名称,类型,上级单位,缴费方式
            DW001,示例机械有限公司工会,enterprise,XF,self
            DW002,示例纺织有限公司工会,enterprise,XF,tax-full
            DW003,示例县教育局工会,organ,XF,

            """)
        let imported = try sandbox.onBooks("org", "import", "units.csv")
        imported.expectSuccess()
        #expect(imported.stdout.contains("已登记 3 个单位"))
    }

    @Test("a federation's month: units, payroll, allocate, a receipt, arrears as JSON, a notice, verify")
    func federationMonth() throws {
        try federation()
        let list = try sandbox.onBooks("org", "list", "--format", "csv")
        #expect(list.stdout.contains("DW003,示例县教育局工会,机关,XF,财政划拨"), "a blank channel takes the policy's default for the kind")
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,\"500,000.00\"\nDW002,,2026-01,80,300000\nDW003,,2026-01,50,200000.00\n")
        let payroll = try sandbox.onBooks("payroll", "import", "payroll.csv")
        payroll.expectSuccess()
        #expect(payroll.stdout.contains("新申报 3"))
        #expect(try sandbox.onBooks("payroll", "import", "payroll.csv").stdout.contains("未做任何改动"))

        let allocate = try sandbox.onBooks("allocate", "--month", "2026-01")
        allocate.expectSuccess()
        #expect(allocate.stdout.contains("分配 3 户") && allocate.stdout.contains("应缴合计 20,000.00 元"))
        #expect(try sandbox.onBooks("allocate", "--month", "2026-01").stdout.contains("没有待分配的申报"))

        try sandbox.onBooks("remit", "record", "--unit", "DW001", "--amount", "4000", "--date", "2026-02-15", "--ref", "B-1").expectSuccess()
        try sandbox.onBooks("remit", "record", "--unit", "DW001", "--amount", "1", "--date", "2026-02-16", "--ref", "B-1")
            .expectError(exitCode: 2, containing: "已登记过")
        try sandbox.onBooks("arrears", "status", "--unit", "DW002", "--set", "notice", "--date", "2026-03-01").expectSuccess()

        let json = try sandbox.onBooks("arrears", "--as-of", "2026-03-07", "--format", "json")
        json.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["as_of", "units", "totals", "aging", "journal"])
        let units = try #require(document["units"] as? [[String: Any]])
        #expect(Set(units[0].keys) == ["code", "name", "due", "paid", "outstanding", "credit", "late_fee", "oldest_unpaid", "months", "bucket",
                                       "status"])
        #expect(units[0]["code"] as? String == "DW002" && units[0]["outstanding"] as? String == "6000.00")
        #expect(units[0]["late_fee"] as? String == "600.00", "6,000 × 5‰ × 20 days")
        #expect(units[0]["status"] as? String == "notice" && units[0]["bucket"] as? String == "0-3" && units[0]["oldest_unpaid"] as? String == "2026-01")
        let paidUp = try #require(units.first { $0["code"] as? String == "DW001" })
        #expect(paidUp["oldest_unpaid"] is NSNull && paidUp["bucket"] is NSNull)
        let totals = try #require(document["totals"] as? [String: String])
        #expect(totals == ["due": "14000.00", "paid": "4000.00", "outstanding": "10000.00", "credit": "0.00", "late_fee": "1000.00"])
        #expect(try sandbox.onBooks("arrears", "--as-of", "2026-03-07", "--aging").stdout.contains("账龄分析"))

        let notice = try sandbox.onBooks("notice", "--unit", "DW002", "--as-of", "2026-03-07", "--format", "md")
        notice.expectSuccess()
        #expect(notice.stdout.contains("# 工会经费催缴通知书"))
        #expect(notice.stdout.contains("陆仟陆佰元整"), "6,000.00 + 600.00 in 大写")
        #expect(notice.stdout.contains("第四十四条") && notice.stdout.contains("6200001"))
        try sandbox.onBooks("notice", "--unit", "DW001", "--as-of", "2026-03-07").expectError(exitCode: 1, containing: "无需催缴")
        try sandbox.onBooks("notice", "--all", "--min-outstanding", "5000", "--dir", "notices", "--as-of", "2026-03-07", "--format", "html")
            .expectSuccess()
        #expect(sandbox.exists("notices/DW002.html"))
        #expect(!sandbox.exists("notices/DW003.html"), "owes 4,000.00, below --min-outstanding")
        // The batch finds each unit's payee as the single notice does (the register read once for all).
        let batchNotice = try String(contentsOfFile: sandbox.path("notices/DW002.html"), encoding: .utf8)
        #expect(batchNotice.contains("示例银行") && batchNotice.contains("6200001"))

        let verify = try sandbox.onBooks("verify")
        verify.expectSuccess()
    }

    @Test("a payroll file with bad rows reports every one, exits 2 and writes nothing")
    func badPayroll() throws {
        try federation()
        try write("bad.csv", """
            unit_code,unit_name,month,headcount,wage_total,channel
            DW999,,2026-01,10,1000.00,
            DW001,,2026-13,10,1000.00,
            DW001,,2026-02,ten,1000.005,
            DW001,,2026-03,10,1000.00,post
            DW002,,2026-01,10,1000.00,
            DW002,,2026-01,10,2000.00,

            """)
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("payroll", "import", "bad.csv")
        #expect(result.exitCode == 2)
        for expected in ["bad.csv:2: unit_code: DW999", "bad.csv:3: month: 2026-13", "bad.csv:4: headcount: ten", "bad.csv:4: wage_total: 1000.005",
                         "bad.csv:5: channel: post", "bad.csv:7: unit_code", "第 6 行已申报", "6 处错误，未写入任何数据"] {
            #expect(result.stderr.contains(expected), "\(expected)\n\(result)")
        }
        #expect(try sandbox.snapshot() == before)
    }

    @Test("GB18030 payroll with the Chinese header, a correction later, an adjusting voucher")
    func gb18030AndCorrection() throws {
        try federation()
        let text = "单位编码,单位名称,所属期,职工人数,工资总额,缴费方式\r\nDW001,示例机械有限公司工会,2026-01,120,500000.00,单位直接拨缴\r\n"
        let encoded = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        try encoded.write(to: sandbox.url.appendingPathComponent("gbk.csv"))
        try sandbox.onBooks("payroll", "import", "gbk.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        try write("fix.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,510000.00\n")
        #expect(try sandbox.onBooks("payroll", "import", "fix.csv").stdout.contains("更正 1"))
        let adjusted = try sandbox.onBooks("allocate", "--month", "2026-01")
        #expect(adjusted.stdout.contains("调整 1 户") && adjusted.stdout.contains("应缴合计 200.00 元"))
        let vouchers = try sandbox.onBooks("voucher", "list", "--org", "XF")
        #expect(vouchers.stdout.contains("2026-01工会经费汇总（更正调整1户"), "\(vouchers)")
    }

    @Test("org import refuses unknown parents, clashing details and loops, writing nothing")
    func badUnits() throws {
        try federation()
        try write("more.csv", """
            code,name,kind,parent,channel
            DW010,甲,enterprise,NOPE,self
            DW001,改名了,enterprise,XF,self
            DW011,乙,enterprise,DW012,self
            DW012,丙,enterprise,DW011,self
            DW013,丁,enterprise,XF,wire

            """)
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("org", "import", "more.csv")
        #expect(result.exitCode == 2)
        for expected in ["more.csv:2: parent: NOPE", "more.csv:3: name: 改名了", "more.csv:4: parent: DW012", "more.csv:6: channel: wire"] {
            #expect(result.stderr.contains(expected), "\(expected)\n\(result)")
        }
        #expect(try sandbox.snapshot() == before)
    }

    @Test("remit import books bank receipts; bad rows exit 2; the same file again is a no-op")
    func remitImport() throws {
        try federation()
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,500000.00\nDW001,,2026-02,120,500000.00\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-02").expectSuccess()
        try write("bad.csv", "单位编码,日期,金额,单据号\nDW001,2026-02-30,100.00,R1\nDW404,2026-02-15,100.00,R2\nDW001,2026-02-15,-5.00,R3\n")
        let before = try sandbox.snapshot()
        let bad = try sandbox.onBooks("remit", "import", "bad.csv")
        #expect(bad.exitCode == 2 && bad.stderr.contains("3 处错误"))
        #expect(try sandbox.snapshot() == before)
        try write("bank.csv", "单位编码,日期,金额,单据号\nDW001,2026-02-15,5000.00,R1\n")
        #expect(try sandbox.onBooks("remit", "import", "bank.csv").stdout.contains("导入 1 笔缴款，合计 5,000.00 元"))
        #expect(try sandbox.onBooks("remit", "import", "bank.csv").stdout.contains("未做任何改动"))
        let arrears = try sandbox.onBooks("arrears", "--as-of", "2026-03-15", "--unit", "DW001", "--format", "csv")
        #expect(arrears.stdout.contains("DW001,示例机械有限公司工会,8000.00,5000.00,3000.00,0.00,0.00,2026-02,1,未逾期"), "\(arrears)")
    }

    @Test("arrears in register order: every format holds the ranked report's rows, totals and aging, the units as registered; --unit and a bad --level as before")
    func registerOrder() throws {
        try federation()
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,500000.00\nDW002,,2026-01,80,300000\nDW003,,2026-01,50,900000.00\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        try sandbox.onBooks("remit", "record", "--unit", "DW003", "--amount", "100", "--date", "2026-02-15").expectSuccess()
        let asOf = ["--as-of", "2026-03-07", "--aging"]
        // Ranked: DW003 owes most; registered: DW001, DW002, DW003.
        for format in ["table", "csv", "md", "html"] {
            let ranked = try sandbox.onBooks(["arrears", "show"] + asOf + ["--format", format])
            let registered = try sandbox.onBooks(["arrears", "show"] + asOf + ["--format", format, "--order", "register"])
            ranked.expectSuccess()
            registered.expectSuccess()
            // CSV ends its lines with CRLF, one Character.
            let rankedLines = ranked.stdout.split(whereSeparator: \.isNewline), registeredLines = registered.stdout.split(whereSeparator: \.isNewline)
            #expect(rankedLines.sorted() == registeredLines.sorted(), "\(format): the same lines")
            let codes = registeredLines.compactMap { line in ["DW001", "DW002", "DW003"].first { line.contains($0) } }
            #expect(codes == ["DW001", "DW002", "DW003"], "\(format): \(registered.stdout)")
            #expect(rankedLines.compactMap { line in ["DW001", "DW002", "DW003"].first { line.contains($0) } } == ["DW003", "DW002", "DW001"])
            if format == "html" {
                // The aging table, fed after the units, is still kept on one printed page.
                #expect(ranked.stdout.contains("<table class=\"keep\">") && registered.stdout.contains("<table class=\"keep\">"))
            }
        }
        let rankedJSON = try sandbox.onBooks(["arrears", "show"] + asOf + ["--format", "json"])
        let registeredJSON = try sandbox.onBooks(["arrears", "show"] + asOf + ["--format", "json", "--order", "register"])
        let ranked = try #require(try JSONSerialization.jsonObject(with: Data(rankedJSON.stdout.utf8)) as? NSDictionary)
        let registered = try #require(try JSONSerialization.jsonObject(with: Data(registeredJSON.stdout.utf8)) as? NSDictionary)
        let registeredUnits = try #require(registered["units"] as? [NSDictionary])
        #expect(registeredUnits.compactMap { $0["code"] as? String } == ["DW001", "DW002", "DW003"])
        let rankedUnits = try #require(ranked["units"] as? [NSDictionary])
        #expect(Set(rankedUnits) == Set(registeredUnits))
        for key in ["as_of", "totals", "aging", "journal"] { #expect(ranked[key] as? NSObject == registered[key] as? NSObject, "\(key)") }
        #expect(registeredJSON.stdout.range(of: "\"units\"")?.lowerBound ?? registeredJSON.stdout.endIndex
                < registeredJSON.stdout.range(of: "\"totals\"")?.lowerBound ?? registeredJSON.stdout.startIndex, "the totals after the units")
        let sheet = try sandbox.onBooks(["arrears", "show"] + asOf + ["--format", "xlsx", "--order", "register", "--output", "欠缴.xlsx"])
        sheet.expectSuccess()
        #expect(FileManager.default.fileExists(atPath: sandbox.url.appendingPathComponent("欠缴.xlsx").path))
        let one = try sandbox.onBooks("arrears", "show", "--as-of", "2026-03-07", "--unit", "DW002", "--order", "register", "--format", "csv")
        #expect(one.stdout.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("DW") }.map { String($0.prefix(5)) } == ["DW002"])
        try sandbox.onBooks("arrears", "show", "--as-of", "2026-03-07", "--level", "NOWHERE", "--order", "register")
            .expectError(exitCode: 2, containing: "NOWHERE")
        try sandbox.onBooks("arrears", "show", "--order", "code").expectError(exitCode: 2, containing: "code")
    }

    @Test("the policy in force sets the numbers: Chongqing caps the late fee at the principal", arguments: [
        ("default", "7500.00"), ("chongqing", "6000.00"),
    ])
    func policyCap(policy: String, fee: String) throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation", "--policy", policy).expectSuccess()
        try sandbox.onBooks("org", "add", "--code", "DW002", "--name", "示例纺织有限公司工会", "--kind", "enterprise",
                            "--parent", "XF", "--channel", "tax-full").expectSuccess()
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW002,,2026-01,80,300000.00\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        // 6,000.00 due 2026-02-15, unpaid for 250 days: 7,500.00 at 5‰ a day.
        let json = try sandbox.onBooks("arrears", "--as-of", "2026-10-23", "--format", "json")
        #expect(json.stdout.contains("\"late_fee\" : \"\(fee)\""), "\(json)")
    }
}
