import LedgerCore
import Testing
@testable import UnionAllocation
@testable import UnionCore

/// Receipts, pass-downs and refunds drawn up from values: no database.
@Suite("receipts, pass-downs and refunds (pure)")
struct RemittanceRuleTests {
    typealias F = PureAllocationFixture

    static func month(_ ordinal: Int, _ channel: CollectionChannel, receivable: String, retained: String) -> UnitAllocationMonth {
        UnitAllocationMonth(month: YearMonth(ordinal: 2026 * 12 + ordinal), channel: channel, dueDate: day("2026-02-15"),
                            receivable: yuan(receivable), retained: yuan(retained))
    }

    @Test("tax-full: the retained share of what was received passes down, less what went down before", arguments: [
        (["5000.00"], "0.00", "3000.00"),
        (["5000.00", "5000.00"], "3000.00", "3000.00"),
        (["10000.00", "2500.00"], "6000.00", "0.00"),      // January paid in full, then a credit: nothing more to pass
        (["2500.00"], "3000.00", "0.00"),                   // never below zero
    ])
    func passDown(receipts: [String], returned: String, expected: String) throws {
        let position = UnitPosition(allocations: [Self.month(0, .taxFull, receivable: "10000.00", retained: "6000.00")],
                                    receipts: receipts.map { .init(date: day("2026-02-15"), amount: yuan($0)) }, returned: yuan(returned))
        #expect(try RetainedShare.toPassDown(position) == yuan(expected))
    }

    @Test("the preparatory fund refunds the share of the months received; the months unpaid stay held")
    func refund() throws {
        let position = UnitPosition(allocations: [Self.month(0, .preparatory, receivable: "10000.00", retained: "6000.00"),
                                                  Self.month(1, .preparatory, receivable: "10000.00", retained: "6000.00")],
                                    receipts: [.init(date: day("2026-02-15"), amount: yuan("10000.00"))], returned: .zero)
        #expect(try RetainedShare.toRefund(position) == yuan("6000.00"))
        #expect(try RetainedShare.toPassDown(position) == .zero, "no tax-full or fiscal month")
    }

    @Test("a month whose channel changed counts all its receivable, and the retained share of the channels asked for")
    func mixedChannels() throws {
        let position = UnitPosition(allocations: [Self.month(0, .direct, receivable: "4000.00", retained: "6000.00"),
                                                  Self.month(0, .taxFull, receivable: "4000.00", retained: "2000.00")],
                                    receipts: [.init(date: day("2026-02-15"), amount: yuan("4000.00"))], returned: .zero)
        #expect(try RetainedShare.toPassDown(position) == yuan("1000.00"), "half of 8,000 received: half of the 2,000 share")
    }

    static func receipt(_ unit: UnitDirectory.Unit, _ amount: String, payer: Payer) -> NewReceipt {
        NewReceipt(unitID: unit.id, date: day("2026-02-15"), amount: yuan(amount), month: nil, payer: payer, reference: "B1",
                   source: "remit record", importID: nil)
    }

    static func lines(_ vouchers: [PlannedVoucher]) -> [String] {
        vouchers.map { voucher in
            voucher.organisation + ": " + voucher.draft.postings.map {
                "\($0.side == .debit ? "借" : "贷") \($0.account.rawValue) \($0.amount.plainString) \($0.memo)"
            }.joined(separator: " / ")
        }
    }

    @Test("a receipt from a union keeping its books posts at both ends", arguments: [false, true])
    func receiptAtBothEnds(official: Bool) throws {
        let charts = try official ? F.officialCharts() : F.shippedCharts()
        let vouchers = try ReceiptVouchers.receipt(Self.receipt(F.gh101, "4000.00", payer: .unit), id: 7, unit: F.gh101, collector: F.xf,
                                                   returned: .zero, charts: charts)
        let payable = official ? "211" : "221"
        #expect(Self.lines(vouchers) == ["XF: 借 102 4000.00 GH101 / 贷 132 4000.00 GH101",
                                         "GH101: 借 \(payable) 4000.00 XF / 贷 102 4000.00 GH101"])
        #expect(vouchers.map(\.draft.summary) == ["收到示例钢铁有限公司工会拨缴经费（B1）", "上解上级工会经费（B1）"])
        #expect(vouchers.allSatisfy { $0.draft.externalReference == "remittance:7" })
    }

    @Test("a tax-office receipt for a tax-full union passes its share down in both sets of books", arguments: [false, true])
    func passDownVouchers(official: Bool) throws {
        let charts = try official ? F.officialCharts() : F.shippedCharts()
        let vouchers = try ReceiptVouchers.receipt(Self.receipt(F.gh102, "5000.00", payer: .tax), id: 8, unit: F.gh102, collector: F.xf,
                                                   returned: yuan("3000.00"), charts: charts)
        let (transfer, receivable) = official ? ("21202", "13102") : ("22202", "131")
        #expect(Self.lines(vouchers) == ["XF: 借 102 5000.00 GH102 / 贷 132 5000.00 GH102 税务代收",
                                         "XF: 借 \(transfer) 3000.00 GH102 / 贷 102 3000.00 GH102",
                                         "GH102: 借 102 3000.00 XF / 贷 \(receivable) 3000.00 XF"])
        #expect(vouchers.map(\.draft.externalReference) == ["remittance:8", "return:8", "return:8"])
    }

    @Test("the refund posts from the fund held: 22203 in the old charts, 215 其他应付款 in the official ones", arguments: [false, true])
    func refundVouchers(official: Bool) throws {
        let charts = try official ? F.officialCharts() : F.shippedCharts()
        let vouchers = try ReceiptVouchers.refund(yuan("6000.00"), on: day("2026-03-20"), unit: F.prep, collector: F.xf, charts: charts)
        #expect(Self.lines(vouchers) == ["XF: 借 \(official ? "215" : "22203") 6000.00 PR / 贷 102 6000.00 PR"])
    }

    @Test("receipts file: every bad row is reported; good rows come back by date, then line")
    func receiptsFile() throws {
        var file = RemittanceFile(fileName: "r.csv", directory: F.directory, queue: ReceiptQueueInMemory()) { unitID, reference in
            unitID == F.t40.id && reference == "OLD"
        }
        // Line 6 repeats line 2's reference for the same unit; line 7 repeats a bad row's (still a repeat);
        // line 8 has line 2's reference for another unit (fine).
        for (line, fields) in [(1, ["单位编码", "日期", "金额", "单据号", "缴款方"]),
                               (2, ["T40", "2026-03-01", "10.00", "A", ""]), (3, ["TF", "2026-02-01", "20.00", "", "税务"]),
                               (4, ["T40", "2026-03-02", "1.00", "OLD", ""]), (5, ["TF", "2026-02-30", "-1", "B", "bank"]),
                               (6, ["T40", "2026-03-05", "2.00", "A", ""]), (7, ["TF", "2026-03-06", "3.00", "B", ""]),
                               (8, ["TF", "2026-03-07", "4.00", "A", ""])] {
            try file.read(line: line, fields: fields)
        }
        #expect(file.problems.problems.map { "\($0.line):\($0.field)" }
                == ["4:单据号", "5:日期", "5:金额", "5:缴款方", "6:单据号", "7:单据号"])
        let queue = ReceiptQueueInMemory()
        var clean = RemittanceFile(fileName: "r.csv", directory: F.directory, queue: queue) { _, _ in false }
        for (line, fields) in [(1, ["unit_code", "date", "amount"]), (2, ["T40", "2026-03-01", "10.00"]), (3, ["TF", "2026-02-01", "20.00"]),
                               (4, ["TF", "2026-03-01", "30.00"])] {
            try clean.read(line: line, fields: fields)
        }
        #expect(try clean.finish() == 3)
        var booked: [Int] = []
        try queue.forEachByDate { line, _ in booked.append(line) }
        #expect(booked == [3, 2, 4])
    }
}
