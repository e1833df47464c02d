import LedgerStore
import Foundation
import Testing

@Suite("gonghui dues")
struct DuesTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initMemberBooks()
        try sandbox.onBooks("member", "import", try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")).expectSuccess()
    }

    @Test("assess truncates the wage to whole 10 yuan, takes 0.5%, exempts retained members; assessing twice changes nothing")
    func assess() throws {
        let result = try sandbox.onBooks("dues", "assess", "--month", "2026-03", "--format", "csv")
        result.expectSuccess()
        #expect(result.stdout.contains("M00001,杨艳,DW001,17800.00,89.00,0.00,89.00,\r\n"))
        #expect(result.stdout.contains("M00018,陈强,DW001,22910.00,0.00,0.00,0.00,保留会籍免缴\r\n"))
        #expect(!result.stdout.contains("M00020,"), "withdrawn members are not assessed")
        #expect(result.stdout.contains("合计,39 人,,576550.00,2644.65,0.00,2644.65,\r\n"))
        let before = try sandbox.snapshot()
        let again = try sandbox.onBooks("dues", "assess", "--month", "2026-03")
        again.expectSuccess()
        #expect(again.stdout.contains("本次核定 0 人，重新核定 0 人，已核定未变 39 人"))
        #expect(try sandbox.snapshot() == before)
        #expect(try sandbox.voucherCount() == 0, "assessment posts nothing: the books are on a cash basis")
    }

    @Test("a payroll batch posts 借 银行存款 贷 会费收入 for everything assessed and unpaid, once")
    func collectBatch() throws {
        try sandbox.onBooks("dues", "assess", "--month", "2026-03").expectSuccess()
        let result = try sandbox.onBooks("dues", "collect", "--month", "2026-03")
        result.expectSuccess()
        #expect(result.stdout.contains("记-2026-03-001  2026-03-31  收取 2026-03 会费（工资代扣，36 人次）  2,644.65"))
        let balance = try sandbox.trialBalanceJSON(from: "2026-03", to: "2026-03")
        #expect(balance.contains("\"code\" : \"401\""))
        #expect(balance.contains("\"credit\" : \"2644.65\""))
        #expect(balance.contains("\"debit\" : \"2644.65\""))
        let twice = try sandbox.onBooks("dues", "collect", "--month", "2026-03")
        twice.expectSuccess()
        #expect(twice.stdout.contains("没有应收未收的会费，未记账"))
        #expect(try sandbox.voucherCount() == 1)
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("a payments file posts cash to 库存现金 and bank to 银行存款; bad rows are all reported and nothing is written")
    func collectFile() throws {
        try sandbox.onBooks("dues", "assess", "--month", "2026-04").expectSuccess()
        try sandbox.write("pay.csv", """
            会员编号,金额,缴费方式,缴费日期
            M00001,89.00,现金,2026-04-20
            M00002,46.75,bank,2026-04-20
            M00003,10.00,cash,2026-04-22

            """)
        let result = try sandbox.onBooks("dues", "collect", "--month", "2026-04", "--file", "pay.csv", "--format", "csv")
        result.expectSuccess()
        #expect(result.stdout.contains("记-2026-04-001,2026-04-20,收取 2026-04 会费（会员缴纳，2 人次）,135.75\r\n"))
        #expect(result.stdout.contains("记-2026-04-002,2026-04-22,收取 2026-04 会费（会员缴纳，1 人次）,10.00\r\n"))
        let voucher = try sandbox.onBooks("voucher", "show", "1", "--format", "csv")
        #expect(voucher.stdout.contains("101"))
        #expect(voucher.stdout.contains("102"))

        try sandbox.write("bad-pay.csv", """
            member_no,amount,method
            M00003,16.36,cash
            M09999,1.00,bank
            M00018,1.00,bank
            M00004,abc,wire
            M00005,-1,bank

            """)
        let before = try sandbox.snapshot()
        let bad = try sandbox.onBooks("dues", "collect", "--month", "2026-04", "--file", "bad-pay.csv")
        #expect(bad.exitCode == 2, "\(bad)")
        #expect(bad.stderrLines.contains("bad-pay.csv:2: amount: 16.36: 会员 M00003 2026-04 应缴未缴 16.35 元，本次缴费超出"))
        #expect(bad.stderrLines.contains("bad-pay.csv:3: member_no: M09999: 会员不存在：M09999"))
        #expect(bad.stderrLines.contains("bad-pay.csv:4: amount: 1.00: 会员 M00018 2026-04 应缴未缴 0.00 元，本次缴费超出"))
        #expect(bad.stderrLines.contains { $0.hasPrefix("bad-pay.csv:5: method: wire: ") })
        #expect(bad.stderrLines.contains { $0.hasPrefix("bad-pay.csv:5: amount: abc: ") })
        #expect(bad.stderrLines.contains { $0.hasPrefix("bad-pay.csv:6: amount: -1: ") })
        #expect(bad.stderrLines.last == "导入失败：6 处错误，未写入任何数据")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("collecting into a closed month is refused and writes nothing")
    func closedMonth() throws {
        try sandbox.onBooks("dues", "assess", "--month", "2026-01").expectSuccess()
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        let before = try sandbox.snapshot()
        try sandbox.onBooks("dues", "collect", "--month", "2026-01").expectError(exitCode: 1, containing: "2026-01")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("arrears list unpaid months per member and flag six in a row; a back-dated raise re-assesses unpaid months only")
    func arrearsAndReassessment() throws {
        for month in 1...7 { try sandbox.onBooks("dues", "assess", "--month", "2026-0\(month)").expectSuccess() }
        try sandbox.onBooks("dues", "collect", "--month", "2026-01").expectSuccess()
        try sandbox.write("pay.csv", "member_no,amount,method\nM00001,89.00,bank\n")
        try sandbox.onBooks("dues", "collect", "--month", "2026-02", "--file", "pay.csv").expectSuccess()

        let arrears = try sandbox.onBooks("dues", "arrears", "--as-of", "2026-07-31", "--format", "csv")
        arrears.expectSuccess()
        #expect(arrears.stdout.contains("M00001,杨艳,DW001,5,2026-03…2026-07,445.00,5,\r\n"))
        #expect(arrears.stdout.contains("M00002,高杰,DW001,6,2026-02…2026-07,280.50,6,连续6个月未缴，按章程视为自动退会（须先教育）\r\n"))
        #expect(!arrears.stdout.contains("M00018,"), "exempt months owe nothing")
        let midMonth = try sandbox.onBooks("dues", "arrears", "--as-of", "2026-07-30", "--format", "csv")
        #expect(midMonth.stdout.contains("M00002,高杰,DW001,5,2026-02…2026-06,233.75,5,\r\n"), "July has not ended")

        var text = try String(contentsOf: sandbox.url.appendingPathComponent("members-utf8.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "合同制,17802.17", with: "合同制,20002.17")
        try sandbox.write("raise.csv", text)
        try sandbox.onBooks("member", "import", "raise.csv", "--effective", "2026-01").expectSuccess()
        let january = try sandbox.onBooks("dues", "assess", "--month", "2026-01")
        #expect(january.stdout.contains("已核定未变 38 人，已缴费未重新核定 1 人"))
        let march = try sandbox.onBooks("dues", "assess", "--month", "2026-03", "--format", "csv")
        #expect(march.stdout.contains("M00001,杨艳,DW001,20000.00,100.00,0.00,100.00,\r\n"))
    }

    @Test("arrears as of a past date count only payments made by that date: a later payment leaves the report and its flag alone")
    func arrearsAsOfPastDate() throws {
        for month in 1...7 { try sandbox.onBooks("dues", "assess", "--month", "2026-0\(month)").expectSuccess() }
        let june = "M00002,高杰,DW001,6,2026-01…2026-06,280.50,6,连续6个月未缴，按章程视为自动退会（须先教育）\r\n"
        let before = try sandbox.onBooks("dues", "arrears", "--as-of", "2026-06-30", "--format", "csv")
        before.expectSuccess()
        #expect(before.stdout.contains(june), "\(before)")
        // January paid in August, late.
        try sandbox.write("late.csv", "member_no,amount,method,paid_on\nM00002,46.75,bank,2026-08-10\n")
        try sandbox.onBooks("dues", "collect", "--month", "2026-01", "--file", "late.csv").expectSuccess()
        let after = try sandbox.onBooks("dues", "arrears", "--as-of", "2026-06-30", "--format", "csv")
        after.expectSuccess()
        #expect(after.stdout == before.stdout, "what was known on 2026-06-30 has not changed")
        let july = try sandbox.onBooks("dues", "arrears", "--as-of", "2026-07-31", "--format", "csv")
        #expect(july.stdout.contains("M00002,高杰,DW001,7,2026-01…2026-07,327.25,7,"), "still unpaid on 2026-07-31\n\(july)")
        let august = try sandbox.onBooks("dues", "arrears", "--as-of", "2026-08-31", "--format", "csv")
        #expect(august.stdout.contains("M00002,高杰,DW001,6,2026-02…2026-07,280.50,6,"), "paid by 2026-08-31\n\(august)")
    }

    @Test("the dues rule comes from the policy in force for the month: a mid-year entry changes later months only")
    func followsPolicy() throws {
        var policy = try String(contentsOf: Repository.url("ledgers/policies/default.json"), encoding: .utf8)
        policy = policy.replacingOccurrences(of: "\"name\": \"default\"", with: "\"name\": \"test-dues\"")
        policy = policy.replacingOccurrences(of: """
              "exempt_statuses": ["retained-exempt"]
            }
          ],
        """, with: """
              "exempt_statuses": ["retained-exempt"]
            },
            {
              "effective_from": "2026-06-01",
              "rate": "1%",
              "wage_unit": "100.00",
              "exempt_statuses": []
            }
          ],
        """)
        try sandbox.write("policy.json", policy)
        try sandbox.onBooks("policy", "set", "policy.json").expectSuccess()
        let may = try sandbox.onBooks("dues", "assess", "--month", "2026-05", "--format", "csv")
        #expect(may.stdout.contains("M00001,杨艳,DW001,17800.00,89.00,0.00,89.00,\r\n"))
        let june = try sandbox.onBooks("dues", "assess", "--month", "2026-06", "--format", "csv")
        #expect(june.stdout.contains("M00001,杨艳,DW001,17800.00,178.00,0.00,178.00,\r\n"))
        #expect(june.stdout.contains("M00018,陈强,DW001,22900.00,229.00,0.00,229.00,\r\n"), "no exempt status from June")
    }

    @Test("dues stay in 会费收入 and never enter the 2% allocation: the split is of the declared payroll alone (DOMAIN §8.1)")
    func duesStayOutOfTheAllocation() throws {
        try sandbox.onBooks("dues", "assess", "--month", "2026-03").expectSuccess()
        try sandbox.onBooks("dues", "collect", "--month", "2026-03").expectSuccess()
        try sandbox.write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nGH001,示例科技有限公司工会,2026-02,45,500000.00\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        let allocated = try sandbox.onBooks("allocate", "--month", "2026-02")
        allocated.expectSuccess()
        #expect(allocated.stdout.contains("应缴合计 10,000.00 元"), "2% of 500,000.00, whatever the dues")
        let balance = try sandbox.onBooks("report", "trial-balance", "--from", "2026-03", "--to", "2026-03", "--format", "csv")
        #expect(balance.stdout.contains("401,会费收入,贷,0.00,0.00,2644.65,2644.65\r\n"))
        #expect(balance.stdout.contains("402,拨缴经费收入,贷,0.00,0.00,6000.00,6000.00\r\n"))
        #expect(balance.stdout.contains("221,应付上级经费,贷,0.00,0.00,4000.00,4000.00\r\n"))
    }
}
