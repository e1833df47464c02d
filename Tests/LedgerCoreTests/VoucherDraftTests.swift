import Testing
@testable import LedgerCore

@Suite("VoucherDraft.validate(): the rules that need no books")
struct VoucherDraftTests {
    static let date = try! LocalDate(year: 2026, month: 1, day: 15)
    static let cash = try! AccountCode("101")
    static let dues = try! AccountCode("401")
    static let spending = try! AccountCode("50101")

    static func posting(_ account: AccountCode, _ side: Side, _ fen: Int64) -> Posting {
        Posting(account: account, side: side, amount: Money(fen: fen))
    }

    static func draft(_ postings: [Posting], summary: String = "收会费", kind: VoucherDraft.Kind = .normal) -> VoucherDraft {
        VoucherDraft(date: date, summary: summary, postings: postings, kind: kind)
    }

    @Test("accepts a balanced voucher")
    func acceptsBalanced() throws {
        let voucher = Self.draft([
            Self.posting(Self.cash, .debit, 12_000),
            Self.posting(Self.dues, .credit, 10_000),
            Self.posting(Self.dues, .credit, 2_000),
        ])
        try voucher.validate()
        let totals = try voucher.totals()
        #expect(totals.debit == Money(fen: 12_000) && totals.credit == Money(fen: 12_000))
        #expect(voucher.period.description == "2026-01")
    }

    @Test("kinds other than reversal need positive amounts", arguments: [
        VoucherDraft.Kind.normal, .closing, .opening,
    ])
    func otherKindsArePositive(kind: VoucherDraft.Kind) throws {
        try Self.draft([Self.posting(Self.cash, .debit, 100), Self.posting(Self.dues, .credit, 100)], kind: kind).validate()
        #expect(throws: LedgerError.amountMustBePositive(line: 1, value: "-1.00")) {
            try Self.draft([Self.posting(Self.cash, .debit, -100), Self.posting(Self.dues, .credit, -100)], kind: kind).validate()
        }
    }

    @Test("refuses each broken rule", arguments: [
        ([posting(cash, .debit, 100)], "收会费", VoucherDraft.Kind.normal,
         LedgerError.voucherMustHaveTwoPostings(count: 1)),
        ([], "收会费", .normal, .voucherMustHaveTwoPostings(count: 0)),
        ([posting(cash, .debit, 100), posting(dues, .credit, 100)], "", .normal, .summaryMustBePresent),
        ([posting(cash, .debit, 100), posting(dues, .credit, 100)], " \u{3000}\t", .normal, .summaryMustBePresent),
        ([posting(cash, .debit, 100), posting(dues, .credit, 100)], String(repeating: "费", count: 201), .normal,
         .summaryMustFitLength(length: 201, max: 200)),
        ([posting(cash, .debit, 100), posting(dues, .credit, 0)], "收会费", .normal,
         .amountMustBePositive(line: 2, value: "0.00")),
        ([posting(cash, .debit, -100), posting(dues, .credit, -100)], "收会费", .normal,
         .amountMustBePositive(line: 1, value: "-1.00")),
        ([posting(cash, .debit, -100), posting(dues, .credit, 100)], "冲销", .reversal,
         .amountMustBePositive(line: 2, value: "1.00")),
        ([posting(cash, .debit, 100), posting(dues, .credit, 99)], "收会费", .normal,
         .postingsMustBalance(debit: "1.00", credit: "0.99")),
        ([posting(cash, .debit, 100), posting(cash, .debit, 100)], "收会费", .normal,
         .postingsMustBalance(debit: "2.00", credit: "0.00")),
        ([posting(cash, .debit, -100), posting(dues, .credit, -50)], "冲销", .reversal,
         .postingsMustBalance(debit: "-1.00", credit: "-0.50")),
        ([posting(cash, .debit, 0), posting(dues, .credit, 0)], "收会费", .normal, .voucherMustNotBeZero),
        ([posting(cash, .debit, 0), posting(dues, .credit, 0)], "冲销", .reversal, .voucherMustNotBeZero),
        ([posting(cash, .debit, .max), posting(cash, .debit, 1), posting(dues, .credit, 1)], "收会费", .normal,
         .amountMustFitRange(value: "\(Int64.max) + 1 fen")),
    ] as [([Posting], String, VoucherDraft.Kind, LedgerError)])
    func refusesBrokenRule(postings: [Posting], summary: String, kind: VoucherDraft.Kind, expected: LedgerError) {
        #expect(throws: expected) { try Self.draft(postings, summary: summary, kind: kind).validate() }
    }

    @Test("a 200-character summary is allowed")
    func summaryAtLimit() throws {
        try Self.draft([Self.posting(Self.cash, .debit, 1), Self.posting(Self.dues, .credit, 1)],
                       summary: String(repeating: "费", count: VoucherDraft.summaryLengthMax)).validate()
    }

    @Test("more postings than postingsPerVoucherMax are refused")
    func tooManyPostings() throws {
        let count = VoucherDraft.postingsPerVoucherMax + 1
        var postings = Array(repeating: Self.posting(Self.cash, .debit, 1), count: count - 1)
        postings.append(Self.posting(Self.dues, .credit, Int64(count - 1)))
        #expect(throws: LedgerError.voucherMustNotExceedPostingsMax(count: count, max: VoucherDraft.postingsPerVoucherMax)) {
            try Self.draft(postings).validate()
        }
        postings.removeFirst()
        postings[postings.count - 1] = Self.posting(Self.dues, .credit, Int64(count - 2))
        try Self.draft(postings).validate()
    }

    @Test("the first broken rule in the ladder is the one reported")
    func ladderOrder() {
        // One posting, no summary, negative and unbalanced: the posting count comes first.
        #expect(brokenRule { () throws(LedgerError) in
            try Self.draft([Self.posting(Self.cash, .debit, -5)], summary: "").validate()
        } == .voucherMustHaveTwoPostings)
        // No summary, negative and unbalanced: the summary comes next.
        #expect(brokenRule { () throws(LedgerError) in
            try Self.draft([Self.posting(Self.cash, .debit, -5), Self.posting(Self.dues, .credit, 7)], summary: "").validate()
        } == .summaryMustBePresent)
        // Negative and unbalanced: the line's sign before the balance.
        #expect(brokenRule { () throws(LedgerError) in
            try Self.draft([Self.posting(Self.cash, .debit, 5), Self.posting(Self.dues, .credit, -7)]).validate()
        } == .amountMustBePositive)
    }

    @Test("a reversal mirrors its original with negated amounts and validates")
    func reversalOfPostedVoucher() throws {
        let original = PostedVoucher(
            id: 42, organisation: "ORG1", date: Self.date, number: 3, summary: "支付活动费",
            kind: .normal,
            postings: [Self.posting(Self.spending, .debit, 50_000), Self.posting(Self.cash, .credit, 50_000)],
            reverses: nil, reversedBy: nil, preparedBy: "张三", source: "", externalReference: "")
        #expect(original.label == "记-2026-01-003")
        #expect(original.total == Money(fen: 50_000))
        let reversal = VoucherDraft.reversal(of: original, on: try LocalDate(year: 2026, month: 2, day: 1), reason: "重复录入")
        #expect(reversal.kind == .reversal)
        #expect(reversal.reverses == 42)
        #expect(reversal.summary == "冲销 记-2026-01-003 重复录入")
        #expect(reversal.postings.map(\.account) == original.postings.map(\.account))
        #expect(reversal.postings.map(\.side) == original.postings.map(\.side))
        #expect(reversal.postings.map(\.amount.fen) == [-50_000, -50_000])
        try reversal.validate()
        // Together they net every account to zero.
        let net = (original.postings + reversal.postings).reduce(0) { $0 + $1.debitMinusCredit.fen }
        #expect(net == 0)
    }

    @Test("labels pad the voucher number to three digits", arguments: [(1, "记-2026-01-001"), (42, "记-2026-01-042"), (1234, "记-2026-01-1234")])
    func labelPadding(number: Int, label: String) {
        let voucher = PostedVoucher(id: 1, organisation: "O", date: Self.date, number: number, summary: "s", kind: .normal,
                                    postings: [], reverses: nil, reversedBy: nil, preparedBy: "", source: "",
                                    externalReference: "")
        #expect(voucher.label == label)
    }

    @Test("a posting's signed effect is debit minus credit")
    func debitMinusCredit() {
        #expect(Self.posting(Self.cash, .debit, 100).debitMinusCredit == Money(fen: 100))
        #expect(Self.posting(Self.cash, .credit, 100).debitMinusCredit == Money(fen: -100))
    }
}

@Suite("Side: 借 and 贷")
struct SideTests {
    @Test("parses the ways treasurers write it", arguments: [
        ("借", Side.debit), ("贷", .credit), ("D", .debit), ("C", .credit), ("d", .debit), ("c", .credit),
        ("Dr", .debit), ("CR", .credit), ("debit", .debit), ("Credit", .credit), (" 借 ", .debit),
    ])
    func parsesSide(text: String, side: Side) throws {
        #expect(try Side(parsing: text) == side)
    }

    @Test("rejects anything else", arguments: ["", "X", "借贷", "debits", "1", "出", "收"])
    func rejectsSide(text: String) {
        #expect(throws: LedgerError.sideMustBeDebitOrCredit(value: text)) { try Side(parsing: text) }
    }

    @Test("names and opposites")
    func namesAndOpposites() {
        #expect(Side.debit.chinese == "借" && Side.credit.chinese == "贷")
        #expect(Side.debit.opposite == .credit && Side.credit.opposite == .debit)
    }
}
