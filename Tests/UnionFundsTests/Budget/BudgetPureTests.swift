import Foundation
import InputFiles
import LedgerCore
import PropertyBased
import Testing
@testable import UnionCore
@testable import UnionStatements

/// The budget's pure rules, without a database: the file, the line and balance rules, charging,
/// shares in basis points, 万元 rounding, the policy section.
@Suite("budget rules without a database")
struct BudgetPureTests {
    static func chart() throws -> [Account] { try ChartProfile(.official2021Grassroots).accounts }
    static func roles() throws -> ChartRoles { ChartRoles(organisation: "GH", accounts: try chart()) }

    static func rows(_ text: String) throws -> [BudgetFile.Row] {
        var records: [(line: Int, fields: [String])] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            records.append((index + 1, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
        return try BudgetFile.parse(records: records, file: "b.csv")
    }

    @Test("both header languages, columns in any order; 合计 rows skipped; the name and prior-year columns ignored")
    func readsEitherLanguage() throws {
        let chinese = try Self.rows("科目编码,科目名称,类别,项目,上年决算数,本年预算数,说明\n401,会费收入,收入,,9.00,100.00,\n,收入合计,,,9.00,100.00,\n50102,x,项目支出,运动会,0,5.00,五月")
        let english = try Self.rows("Budget,Category,Code,Project,Note\n100.00,revenue,401,,\n5.00,project,50102,运动会,五月")
        #expect(chinese.map(\.budgetLine) == english.map(\.budgetLine))
        #expect(chinese.map(\.line) == [2, 4])
        #expect(chinese[1].budgetLine == BudgetLine(account: try AccountCode("50102"), category: .project, project: "运动会",
                                                     amount: Money(fen: 500), note: "五月"))
    }

    @Test("every bad row is reported with its line, field and value")
    func reportsEveryBadRow() throws {
        #expect {
            _ = try Self.rows("科目编码,类别,本年预算数\n40X,收入,1.00\n401,其它,1.00\n402,收入,1.234")
        } throws: { error in
            guard let rejected = error as? RowsRejected else { return false }
            return rejected.problems.map { "\($0.line) \($0.field) \($0.value)" } == ["2 科目编码 40X", "3 类别 其它", "4 本年预算数 1.234"]
        }
    }

    @Test("lines are checked against the chart, all at once", arguments: [
        ("599,基本支出,,1.00", BudgetError.Rule.budgetAccountMustBeInChart),
        ("401,基本支出,,1.00", .budgetCategoryMustMatchAccount),
        ("501,收入,,1.00", .budgetCategoryMustMatchAccount),
        ("50102,项目支出,,1.00", .projectMustMatchCategory),
        ("501,基本支出,运动会,1.00", .projectMustMatchCategory),
        ("501,基本支出,,-1.00", .budgetAmountMustNotBeNegative),
        ("501,基本支出,,1.00\n501,基本支出,,2.00", .budgetLineMustBeUnique),
        ("501,基本支出,,1.00\n50102,基本支出,,2.00", .budgetLinesMustNotNest),
    ])
    func lineRules(_ body: String, _ rule: BudgetError.Rule) throws {
        let rows = try Self.rows("科目编码,类别,项目,本年预算数\n" + body)
        #expect {
            _ = try BudgetRules.checkLines(rows, chart: try Self.chart(), file: "b.csv")
        } throws: { error in
            ((error as? RowsRejected)?.problems.first?.error as? BudgetError)?.ruleKey == rule
        }
    }

    @Test("a project may sit under a basic line of its parent, and another project beside it")
    func projectsBesideBasicLines() throws {
        let rows = try Self.rows("科目编码,类别,项目,本年预算数\n501,基本支出,,10.00\n50102,项目支出,运动会,5.00\n50102,项目支出,书屋,5.00\n501,项目支出,运动会2,1.00")
        #expect(try BudgetRules.checkLines(rows, chart: try Self.chart(), file: "b.csv").count == 4)
    }

    @Test("以收定支: spending up to revenue + carried forward passes; a fen more is refused, or warned under balance_rule warn")
    func balanceRule() throws {
        let lines = [BudgetLine(account: try AccountCode("402"), category: .revenue, amount: Money(fen: 10_000)),
                     BudgetLine(account: try AccountCode("501"), category: .basic, amount: Money(fen: 15_000))]
        let roles = try Self.roles()
        #expect(try BudgetRules.checkBalance(lines: lines, carriedForward: Money(fen: 5_000), roles: roles, policy: .standard).gap == nil)
        #expect(throws: BudgetError.budgetMustBalance(spending: "150.00", revenue: "100.00", carriedForward: "49.99", gap: "0.01")) {
            try BudgetRules.checkBalance(lines: lines, carriedForward: Money(fen: 4_999), roles: roles, policy: .standard)
        }
        var lenient = BudgetPolicy.standard
        lenient.balanceRule = .warn
        #expect(try BudgetRules.checkBalance(lines: lines, carriedForward: Money(fen: 4_999), roles: roles, policy: lenient).gap == Money(fen: 1))
    }

    @Test("预备费 from the policy counts as spending in the balance")
    func contingency() throws {
        var policy = BudgetPolicy.standard
        policy.contingency = try PolicyRate(parsing: "2%")
        let lines = [BudgetLine(account: try AccountCode("402"), category: .revenue, amount: Money(fen: 10_000)),
                     BudgetLine(account: try AccountCode("501"), category: .basic, amount: Money(fen: 10_000))]
        #expect(throws: BudgetError.self) {
            try BudgetRules.checkBalance(lines: lines, carriedForward: Money(fen: 199), roles: try Self.roles(), policy: policy)
        }
        let balance = try BudgetRules.checkBalance(lines: lines, carriedForward: Money(fen: 200), roles: try Self.roles(), policy: policy)
        #expect(balance.contingency == Money(fen: 200))
    }

    @Test("charging: the nearest basic line, the project's line for a tagged posting, 无预算 otherwise")
    func charging() throws {
        let lines = [BudgetLine(account: try AccountCode("501"), category: .basic, amount: .zero),
                     BudgetLine(account: try AccountCode("50102"), category: .project, project: "运动会", amount: .zero),
                     BudgetLine(account: try AccountCode("402"), category: .revenue, amount: .zero)]
        let charging = BudgetCharging(lines: lines, roles: try Self.roles())
        let code = { (text: String) throws -> AccountCode in try AccountCode(text) }
        #expect(charging.target(account: try code("50105"), kind: .expenditure, project: "") == .line(.init(account: try code("501"))))
        #expect(charging.target(account: try code("50102"), kind: .expenditure, project: "运动会")
                == .line(.init(account: try code("50102"), project: "运动会")))
        #expect(charging.target(account: try code("50103"), kind: .expenditure, project: "运动会")
                == .unbudgeted(account: try code("50103"), project: "运动会"))
        #expect(charging.target(account: try code("50404"), kind: .expenditure, project: "") == .unbudgeted(account: try code("50404"), project: ""))
        #expect(charging.target(account: try code("402"), kind: .revenue, project: "") == .line(.init(account: try code("402"))))
        #expect(charging.target(account: try code("102"), kind: .asset, project: "") == nil)
    }

    @Test("shares are basis points from fen, half-up; no floating point", arguments: [
        (1, 3, 3_333), (2, 3, 6_667), (1, 8, 1_250), (-1, 3, -3_333), (10_000_000_000_000, 1, 100_000_000_000_000_000),
    ] as [(Int64, Int64, Int64)])
    func basisPoints(_ part: Int64, _ whole: Int64, _ expected: Int64) {
        #expect(ExactShare.basisPoints(Money(fen: part), of: Money(fen: whole)) == expected)
        #expect(ExactShare.basisPoints(Money(fen: part), of: .zero) == nil)
    }

    @Test("percent text", arguments: [(Int64(10_773), "107.73%"), (5, "0.05%"), (-250, "-2.50%")])
    func percentText(_ basisPoints: Int64, _ text: String) {
        #expect(ExactShare.percentText(basisPoints) == text)
        #expect(ExactShare.percentText(nil) == "—")
    }

    @Test("under-spent: below the pro-rata budget by more than the share, exactly")
    func underSpent() throws {
        let share = try Rate(numerator: 1, denominator: 2)
        // 12 months, budget 1,200: pro rata 600 at June; flagged below 300.
        #expect(BudgetExecution.isUnderSpent(actual: Money(fen: 29_999), budget: Money(fen: 120_000), months: 6, share: share))
        #expect(!BudgetExecution.isUnderSpent(actual: Money(fen: 30_000), budget: Money(fen: 120_000), months: 6, share: share))
        #expect(!BudgetExecution.isUnderSpent(actual: .zero, budget: .zero, months: 6, share: share))
    }

    @Test("万元: parts always sum to their printed total, each its exact value rounded down or up")
    func wanRoundingAddsUp() async {
        let parts = Gen.int64(in: -50_000_000...5_000_000_000).array(of: 1...12)
        await propertyCheck(count: 1_000, input: parts) { fens in
            let amounts = fens.map { Money(fen: $0) }
            let total = WanRounding.rounded(Money(fen: fens.reduce(0, +)))
            let shared = WanRounding.apportion(amounts, total: total)
            #expect(shared.reduce(0, +) == total)
            for (part, amount) in zip(shared, amounts) {
                let (floor, remainder) = WanRounding.floorDivide(amount.fen, WanRounding.fenPerUnit)
                #expect(part == floor || (part == floor + 1 && remainder > 0))
            }
        }
    }

    @Test("the disclosure's printed figures add up at every level and across the balance")
    func disclosureAddsUp() async throws {
        let amounts = Gen.int64(in: 0...900_000_000).array(of: 1...4).array(of: 1...5)
        await propertyCheck(count: 300, input: amounts, Gen.int64(in: -10_000_000...100_000_000)) { groups, opening in
            do {
                var code = 500
                let items = try groups.map { children -> Disclosure.Item in
                    code += 1
                    let top = try AccountCode(String(code))
                    let lines = try children.enumerated().map { index, fen in
                        Disclosure.Item(code: try AccountCode("\(code)0\(index + 1)"), name: "", amount: Money(fen: fen), printed: .zero, children: [])
                    }
                    return Disclosure.Item(code: top, name: "", amount: Money(fen: children.reduce(0, +)), printed: .zero, children: lines)
                }
                let income = [Disclosure.Item(code: try AccountCode("402"), name: "", amount: Money(fen: 1_234_567_89), printed: .zero, children: [])]
                let spent = items.reduce(Int64(0)) { $0 + $1.amount.fen }
                let closing = Money(fen: opening + 1_234_567_89 - spent)
                let disclosure = try Disclosure(organisationName: "", year: 2026, unit: .wan, income: income, spending: items,
                                                opening: Money(fen: opening), closing: closing)
                #expect(disclosure.spending.reduce(Int64(0)) { $0 + $1.printed.fen } == disclosure.totalSpending.printed.fen)
                for item in disclosure.spending where !item.children.isEmpty {
                    #expect(item.children.reduce(Int64(0)) { $0 + $1.printed.fen } == item.printed.fen)
                }
                #expect(disclosure.otherMovements.printed.isZero)
                #expect(disclosure.closing.printed.fen == disclosure.opening.printed.fen + disclosure.result.printed.fen)
                #expect(disclosure.totalSpending.printed.fen == WanRounding.rounded(Money(fen: spent)))
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test("the policy section: defaults, the shipped files, and refusals")
    func policySection() throws {
        #expect(try BudgetPolicy.inForce(policy: try BuiltinPolicies.load("default"), year: 2026) == .standard)
        let chongqing = try BudgetPolicy.inForce(policy: try BuiltinPolicies.load("chongqing"), year: 2026)
        #expect(chongqing.control == .warn && chongqing.approvalChain.first == .committee && chongqing.higherUnionMode == .approval)
        for bad in [#"{"effective_from":"2021-01-01","control":"maybe"}"#,
                    #"{"effective_from":"2021-01-01","approval_chain":["committee"]}"#,
                    #"{"effective_from":"2021-01-01","adjustments_per_year":-1}"#,
                    #"{"effective_from":"2021-01-01","contingency":"some"}"#] {
            let document = try PolicyDocument(json: Data(#"{"name":"t","title":"t","budget":[\#(bad)]}"#.utf8), source: "t.json")
            #expect(throws: UnionFundsError.self, "\(bad)") { try BudgetPolicy.inForce(policy: document, year: 2026) }
        }
        let none = try PolicyDocument(json: Data(#"{"name":"t","title":"t"}"#.utf8), source: "t.json")
        #expect(try BudgetPolicy.inForce(policy: none, year: 2026) == .standard)
    }
}
