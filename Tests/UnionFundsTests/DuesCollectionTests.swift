import InputFiles
import LedgerCore
import LedgerStore
import Testing
@testable import UnionCore
@testable import UnionMembers

/// The dues payments file's rules and the voucher a day's payments make, with the member standings
/// given as values (no database).
@Suite("dues collection rules (no database)")
struct DuesCollectionTests {
    static let books = Organisation(id: 7, code: "GH1", name: "示例工会", kind: "enterprise",
                                    firstPeriod: (try? YearMonth(year: 2026, month: 1)) ?? YearMonth(ordinal: 0))
    static let march = (try? YearMonth(year: 2026, month: 3)) ?? YearMonth(ordinal: 0)

    /// A1 owes 22.80 in these books, of which 10.00 is paid; B2 is assessed in other books; C3 is not assessed.
    static func standing(_ number: String, _ month: YearMonth) -> DuesStanding? {
        switch number {
        case "A1": DuesStanding(assessment: .init(books: 7, amount: Money(fen: 2_280)), paid: Money(fen: 1_000))
        case "B2": DuesStanding(assessment: .init(books: 8, amount: Money(fen: 1_500)), paid: .zero)
        case "C3": DuesStanding(assessment: nil, paid: .zero)
        default: nil
        }
    }

    static func payments(_ rows: String) throws -> [DuesPayment] {
        let file = try RegisterFile(text: "member_no,amount,method,paid_on\n" + rows, name: "pay.csv", columns: DuesPaymentLayout.all)
        return try DuesPaymentCheck.payments(in: file, month: march, date: day("2026-03-31"), books: books, standing: standing)
    }

    @Test("payments up to what is owed pass, the running balance counting earlier rows of the file")
    func acceptsPayments() throws {
        let payments = try Self.payments("A1,5.00,现金,2026-03-20\nA1,7.80,bank,\n")
        #expect(payments == [
            DuesPayment(memberNumber: "A1", month: Self.march, amount: Money(fen: 500), method: .cash, date: day("2026-03-20")),
            DuesPayment(memberNumber: "A1", month: Self.march, amount: Money(fen: 780), method: .bank, date: day("2026-03-31")),
        ])
    }

    @Test("every bad row is reported with its own rule, numbers masked")
    func refusesRows() throws {
        do {
            _ = try Self.payments("""
                A1,12.81,bank,
                B2,1.00,bank,
                C3,1.00,bank,
                150102198905153640,1.00,bank,
                A1,0.00,wire,2026-02-30

                """)
            Issue.record("the file was accepted")
        } catch let rejected as RowsRejected {
            let rules = rejected.problems.map { ($0.line, RowProblem.text(of: $0.error, in: .en)) }
            #expect(rules.contains { $0.0 == 2 && $0.1.contains("owes 12.80") })
            #expect(rules.contains { $0.0 == 3 && $0.1 == MembershipError.memberMustBelongToBooks(memberNumber: "B2", books: "GH1").message(in: .en) })
            #expect(rules.contains { $0.0 == 4 && $0.1 == MembershipError.duesMustBeAssessed(memberNumber: "C3", month: "2026-03").message(in: .en) })
            #expect(rules.contains { $0.0 == 5 && $0.1.contains("150102********3640") })
            #expect(rejected.problems.filter { $0.line == 6 }.map(\.field) == ["paid_on", "method", "amount"])
            #expect(!rejected.message(in: .zh).contains("198905"), "no full ID in any message")
        }
    }

    @Test("a day's payments make one voucher: cash to the cash role, bank and payroll to the bank role, 会费收入 the total")
    func voucher() throws {
        let chart = [
            Account(code: try AccountCode("101"), name: "库存现金", kind: .asset, role: "cash"),
            Account(code: try AccountCode("10201"), name: "工行", kind: .asset, role: "bank"),
            Account(code: try AccountCode("401"), name: "会费收入", kind: .revenue, role: "duesRevenue"),
        ]
        let accounts = try DuesAccounts(roles: ChartRoles(organisation: "GH1", accounts: chart))
        #expect(accounts == DuesAccounts(bank: try AccountCode("10201"), cash: try AccountCode("101"), revenue: try AccountCode("401")))
        let day = day("2026-03-20")
        let draft = try DuesPaymentCheck.voucher(for: [
            DuesPayment(memberNumber: "A1", month: Self.march, amount: Money(fen: 2_280), method: .cash, date: day),
            DuesPayment(memberNumber: "B2", month: Self.march, amount: Money(fen: 1_500), method: .payroll, date: day),
            DuesPayment(memberNumber: "C3", month: Self.march.previous, amount: Money(fen: 1_000), method: .bank, date: day),
        ], on: day, accounts: accounts, payroll: false, source: "pay.csv")
        #expect(draft.summary == "收取 2026-02、2026-03 会费（会员缴纳，3 人次）")
        #expect(draft.postings == [
            Posting(account: try AccountCode("101"), side: .debit, amount: Money(fen: 2_280)),
            Posting(account: try AccountCode("10201"), side: .debit, amount: Money(fen: 2_500)),
            Posting(account: try AccountCode("401"), side: .credit, amount: Money(fen: 4_780)),
        ])
    }

    @Test("a chart without 会费收入 is refused by role, never posted elsewhere")
    func missingRole() throws {
        let chart = [Account(code: try AccountCode("101"), name: "库存现金", kind: .asset, role: "cash"),
                     Account(code: try AccountCode("102"), name: "银行存款", kind: .asset, role: "bank")]
        #expect(throws: UnionFundsError.accountRoleMustBeInChart(role: "duesRevenue", organisation: "GH1")) {
            try DuesAccounts(roles: ChartRoles(organisation: "GH1", accounts: chart))
        }
    }
}
