import PropertyBased
import Testing
@testable import LedgerCore

@Suite("TrialBalance: balances signed by normal side")
struct TrialBalanceTests {
    static let accounts: [Account] = [
        Account(code: try! AccountCode("101"), name: "库存现金", kind: .asset),
        Account(code: try! AccountCode("201"), name: "应付职工薪酬", kind: .liability),
        Account(code: try! AccountCode("301"), name: "工会资金结余", kind: .netAssets),
        Account(code: try! AccountCode("401"), name: "会费收入", kind: .revenue),
        Account(code: try! AccountCode("501"), name: "职工活动支出", kind: .expenditure),
    ]

    static func code(_ text: String) -> AccountCode { try! AccountCode(text) }

    static func balance(_ movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)]) -> TrialBalance {
        try! TrialBalance(organisation: "ORG1", from: try! YearMonth(year: 2026, month: 1), to: try! YearMonth(year: 2026, month: 3),
                     accounts: accounts, movements: movements)
    }

    @Test("signs opening and closing balances by each account's normal side")
    func signsByNormalSide() {
        let trial = Self.balance([
            Self.code("101"): (before: 100_000, debit: 50_000, credit: 20_000),
            Self.code("301"): (before: -100_000, debit: 0, credit: 0),
            Self.code("401"): (before: 0, debit: 0, credit: 50_000),
            Self.code("501"): (before: 0, debit: 20_000, credit: 0),
        ])
        #expect(trial.rows.map(\.account.code.rawValue) == ["101", "201", "301", "401", "501"])
        #expect(trial.rows.map(\.opening.fen) == [100_000, 0, 100_000, 0, 0])
        #expect(trial.rows.map(\.debit.fen) == [50_000, 0, 0, 0, 20_000])
        #expect(trial.rows.map(\.credit.fen) == [20_000, 0, 0, 50_000, 0])
        #expect(trial.rows.map(\.closing.fen) == [130_000, 0, 100_000, 50_000, 20_000])
        #expect(trial.totalDebit == Money(fen: 70_000) && trial.totalCredit == Money(fen: 70_000))
        #expect(trial.openingImbalance.isZero && trial.closingImbalance.isZero)
        #expect(trial.isBalanced)
    }

    @Test("a balance against the normal side shows negative")
    func contraBalanceIsNegative() {
        // Cash overdrawn by ¥5 against an increase in what is owed.
        let trial = Self.balance([
            Self.code("101"): (before: 0, debit: 0, credit: 500),
            Self.code("201"): (before: 0, debit: 500, credit: 0),
        ])
        #expect(trial.rows[0].closing == Money(fen: -500))
        #expect(trial.rows[1].closing == Money(fen: -500))
        #expect(trial.isBalanced)
    }

    @Test("is not balanced when debits and credits differ or the opening does not net", arguments: [
        ([code("101"): (before: 0, debit: 100, credit: 0), code("401"): (before: 0, debit: 0, credit: 99)],
         Int64(1), Int64(0), false),
        ([code("101"): (before: 100, debit: 0, credit: 0)], Int64(100), Int64(100), false),
        ([code("101"): (before: 100, debit: 0, credit: 0), code("301"): (before: -100, debit: 0, credit: 0)],
         Int64(0), Int64(0), true),
    ] as [([AccountCode: (before: Int64, debit: Int64, credit: Int64)], Int64, Int64, Bool)])
    func detectsImbalance(movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)],
                          closingImbalance: Int64, openingImbalance: Int64, balanced: Bool) {
        let trial = Self.balance(movements)
        #expect(trial.closingImbalance.fen == closingImbalance)
        #expect(trial.openingImbalance.fen == openingImbalance)
        #expect(trial.isBalanced == balanced)
    }

    @Test("accounts with no movements show zero rows")
    func emptyMovements() {
        let trial = Self.balance([:])
        #expect(trial.rows.count == Self.accounts.count)
        #expect(trial.rows.allSatisfy { $0.opening.isZero && $0.debit.isZero && $0.credit.isZero && $0.closing.isZero })
        #expect(trial.isBalanced)
    }

    @Test("random valid vouchers keep the trial balance at zero")
    func randomVouchersBalance() async {
        // Each voucher: an account debited, an account credited, an amount, and whether it falls
        // before the range (opening) or inside it.
        let voucher = zip(Gen.int(in: 0...4), Gen.int(in: 0...4), Gen.int64(in: 1...100_000_000), Gen.bool)
        await propertyCheck(count: 300, input: voucher.array(of: 0...40)) { vouchers in
            var movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)] = [:]
            for (debitIndex, creditIndex, fen, isBefore) in vouchers {
                let draft = VoucherDraft(date: try LocalDate(year: 2026, month: 1, day: 1), summary: "x", postings: [
                    Posting(account: Self.accounts[debitIndex].code, side: .debit, amount: Money(fen: fen)),
                    Posting(account: Self.accounts[creditIndex].code, side: .credit, amount: Money(fen: fen)),
                ])
                try draft.validate()
                for posting in draft.postings {
                    var movement = movements[posting.account] ?? (0, 0, 0)
                    if isBefore {
                        movement.before += posting.debitMinusCredit.fen
                    } else if posting.side == .debit {
                        movement.debit += posting.amount.fen
                    } else {
                        movement.credit += posting.amount.fen
                    }
                    movements[posting.account] = movement
                }
            }
            let trial = Self.balance(movements)
            #expect(trial.isBalanced)
            #expect(trial.totalDebit == trial.totalCredit)
        }
    }
}
