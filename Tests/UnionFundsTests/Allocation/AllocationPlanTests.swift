import InputFiles
import LedgerCore
import PropertyBased
import Testing
@testable import UnionAllocation
@testable import UnionCore

/// The allocation plan of one month, without a database: rows and vouchers from declarations.
@Suite("the allocation plan (pure)")
struct AllocationPlanTests {
    typealias F = PureAllocationFixture

    static func plan(_ declarations: [MonthDeclaration], earlier: [PostedAllocation] = [], charts: [String: ChartRoles]? = nil,
                     policy: AllocationPolicy = F.policy) throws -> AllocationPlan {
        try AllocationPlan.make(terms: try F.terms(policy: policy), declarations: declarations, earlier: earlier,
                                directory: F.directory, charts: try charts ?? F.shippedCharts(), runAt: "2026-11-21T10:00:00Z")
    }

    static let everyChannel = [F.declaration(F.gh101, "500000.00"), F.declaration(F.gh102, "500000.00"), F.declaration(F.t40, "500000.00"),
                               F.declaration(F.tf, "500000.00"), F.declaration(F.prep, "500000.00")]

    @Test("a first allocation posts the whole split: one summary at the federation, one voucher per union keeping books")
    func firstAllocation() throws {
        let plan = try Self.plan(Self.everyChannel)
        #expect(plan.allocated == 5 && plan.adjusted == 0)
        #expect(plan.due == yuan("50000.00"))
        #expect(plan.vouchers.map(\.organisation) == ["GH101", "GH102", "XF"])
        #expect(F.lines(plan, "XF") == [
            // GH101 (self) and GH102 (tax-full) keep books here: their lines stay apart, named by code, for
            // consolidation to pair with their own books. Prep 10,000; tax-40 4,000 + tax-full 10,000 × 2.
            "借 132 4000.00 GH101", "借 132 10000.00 单位拨缴", "借 132 24000.00 税务代收",
            "贷 221 10000.00", "贷 22202 6000.00", "贷 22202 6000.00 GH102", "贷 22203 6000.00", "贷 402 10000.00",
        ])
        #expect(F.lines(plan, "GH101") == ["借 102 10000.00", "贷 221 4000.00 XF", "贷 402 6000.00"])
        #expect(F.lines(plan, "GH102") == ["借 131 6000.00 XF", "贷 402 6000.00"])
        let summary = try #require(plan.vouchers.last?.draft)
        #expect(summary.summary == "2026-01工会经费汇总（分配5户，明细见拨缴分配表）")
        #expect(summary.date == day("2026-02-15") && summary.externalReference == "allocation:2026-01:2026-11-21T10:00:00Z")
        #expect(plan.vouchers.first?.draft.summary == "2026-01工会经费（工资总额500,000.00元×2%，单位直接拨缴）")
        // The register: T40 is collected by XF through the street federation that keeps no books.
        let t40 = try #require(plan.rows.first { $0.unitID == F.t40.id })
        #expect(t40.collectorID == F.xf.id && t40.receivable == yuan("4000.00") && t40.split.collector == yuan("2000.00"))
        let prep = try #require(plan.rows.first { $0.unitID == F.prep.id })
        #expect(prep.receivable == yuan("10000.00") && prep.split.retained == yuan("6000.00"))
    }

    @Test("the same rules post to each chart's own accounts: the official 2021 charts give 211, 21202, 215 and 13102")
    func officialCharts() throws {
        let plan = try Self.plan(Self.everyChannel, charts: try F.officialCharts())
        #expect(F.lines(plan, "XF") == [
            "借 132 4000.00 GH101", "借 132 10000.00 单位拨缴", "借 132 24000.00 税务代收",
            "贷 211 10000.00", "贷 21202 6000.00", "贷 21202 6000.00 GH102", "贷 215 6000.00", "贷 402 10000.00",   // 建会筹备金 in 215 其他应付款
        ])
        #expect(F.lines(plan, "GH101") == ["借 102 10000.00", "贷 211 4000.00 XF", "贷 402 6000.00"])
        #expect(F.lines(plan, "GH102") == ["借 13102 6000.00 XF", "贷 402 6000.00"])
    }

    @Test("a chart without a role the rule needs is refused, naming the role and the organisation")
    func missingRole() throws {
        var charts = try F.officialCharts()
        // A grassroots chart has no 132 应收下级经费: it cannot collect for units.
        charts["XF"] = ChartRoles(organisation: "XF", accounts: try ChartFile.parse(
            try ChartProfileTests.file("ledgers/charts/2021-grassroots.csv"), fileName: "2021-grassroots.csv"))
        #expect(throws: UnionFundsError.accountRoleMustBeInChart(role: "receivableFromLower", organisation: "XF")) {
            try Self.plan([F.declaration(F.t40, "1000.00")], charts: charts)
        }
    }

    @Test("a correction posts only the difference, up or down, never a negative amount", arguments: [
        ("550000.00", "1000.00", ["借 102 1000.00", "贷 221 400.00 XF", "贷 402 600.00"], ["借 132 400.00 GH101", "贷 221 200.00", "贷 402 200.00"]),
        ("450000.00", "-1000.00", ["借 221 400.00 XF", "借 402 600.00", "贷 102 1000.00"], ["借 221 200.00", "借 402 200.00", "贷 132 400.00 GH101"]),
    ])
    func correction(wage: String, due: String, unitLines: [String], federationLines: [String]) throws {
        let first = try F.terms().split(wageTotal: yuan("500000.00"), channel: .direct, collectorLevel: 0)
        let earlier = [PostedAllocation(unitID: F.gh101.id, channel: .direct, collectorID: F.xf.id, split: first)]
        let plan = try Self.plan([F.declaration(F.gh101, wage, revision: 2)], earlier: earlier)
        #expect(plan.allocated == 0 && plan.adjusted == 1)
        #expect(plan.due == yuan(due))
        let row = try #require(plan.rows.first)
        #expect(row.split.due == yuan(due) && row.split.retained.fen * 10 == row.split.due.fen * 6)
        #expect(row.receivable == row.split.upward)
        #expect(F.lines(plan, "GH101") == unitLines)
        #expect(F.lines(plan, "XF") == federationLines)
        #expect(plan.vouchers.first?.draft.summary.hasPrefix("调整2026-01工会经费（更正申报第2次") == true)
        #expect(plan.vouchers.last?.draft.summary == "2026-01工会经费汇总（更正调整1户，明细见拨缴分配表）")
    }

    @Test("a correction to the same total posts nothing to the books, but still records the revision")
    func correctionWithoutDifference() throws {
        let first = try F.terms().split(wageTotal: yuan("500000.00"), channel: .direct, collectorLevel: 0)
        let earlier = [PostedAllocation(unitID: F.gh101.id, channel: .direct, collectorID: F.xf.id, split: first)]
        let plan = try Self.plan([F.declaration(F.gh101, "500000.00", revision: 2)], earlier: earlier)
        #expect(plan.vouchers.isEmpty && plan.rows.count == 1 && plan.rows[0].split == .zero)
    }

    @Test("a unit with no federation's books above it has its row, all of the upward share counted as above")
    func noCollector() throws {
        // LONE is not in the directory (no books, nothing below it): the plan places it by its declaration.
        let plan = try Self.plan([MonthDeclaration(id: 500, unitID: 50, unitCode: "LONE", parentID: nil, revision: 1,
                                                   wageTotal: yuan("100000.00"), channel: .direct, isAllocated: false)])
        #expect(plan.vouchers.isEmpty)
        #expect(plan.rows.first?.collectorID == nil && plan.rows.first?.split.above == yuan("800.00"))
    }

    @Test("the run takes each unit's latest revision, unless it is allocated already")
    func pending() {
        func revision(_ unit: UnitDirectory.Unit, _ number: Int64, allocated: Bool) -> MonthDeclaration {
            var declaration = F.declaration(unit, "1000.00", revision: number)
            declaration.isAllocated = allocated
            return declaration
        }
        let revisions = [revision(F.gh101, 1, allocated: true), revision(F.gh101, 2, allocated: false),
                         revision(F.t40, 1, allocated: true), revision(F.tf, 1, allocated: false), revision(F.tf, 2, allocated: true),
                         revision(F.prep, 1, allocated: false)]
        #expect(AllocationPlan.pending(revisions).map { "\($0.unitCode)/\($0.revision)" } == ["GH101/2", "PR/1"])
    }

    @Test("a collector whose level the policy's chain does not name is refused")
    func unknownLevel() throws {
        var policy = F.policy
        policy.allocation[0].terms.upward = [.init(level: "city", share: try Rate(numerator: 1, denominator: 1))]
        #expect(throws: AllocationError.federationLevelMustBeInPolicy(code: "XF", kind: "county-federation")) {
            try Self.plan([F.declaration(F.t40, "1000.00")], policy: policy)
        }
    }

    @Test("without a preparatory_fund entry only a preparatory-fund declaration is refused")
    func preparatoryTermsMissing() throws {
        var policy = F.policy
        policy.preparatoryFund = []
        #expect(try Self.plan([F.declaration(F.t40, "1000.00")], policy: policy).rows.count == 1)
        #expect(throws: UnionFundsError.policyMustCoverDate(section: "preparatory_fund", date: "2026-01-01")) {
            try Self.plan([F.declaration(F.prep, "1000.00")], policy: policy)
        }
    }

    @Test("a rate as a voucher summary writes it", arguments: [((2, 100), "2%"), ((25, 1_000), "2.5%"), ((1, 400), "0.25%"), ((1, 300), "0.33%"), ((1, 3), "33.33%")])
    func percent(rate: (Int64, Int64), text: String) throws {
        #expect(AllocationPlan.percent(try Rate(numerator: rate.0, denominator: rate.1)) == text)
    }
}

@Suite("the allocation plan: corrections (property)")
struct AllocationPlanPropertyTests {
    typealias F = PureAllocationFixture

    /// Allocating a declaration, then a correction, posts in all what allocating the corrected
    /// figures at once would: the register rows sum to the final split, and the books' lines net out.
    @Test("a first allocation plus a correction equals allocating the corrected figures at once")
    func correctionsCompose() async {
        let channels = CollectionChannel.allCases
        await propertyCheck(count: 200, input: Gen.int64(in: 0...10_000_000_000), Gen.int64(in: 0...10_000_000_000),
                            Gen.int(in: 0...(channels.count - 1)), Gen.int(in: 0...(channels.count - 1))) { before, after, first, second in
            do {
                let terms = try F.terms()
                let charts = try F.shippedCharts()
                func plan(_ declaration: MonthDeclaration, earlier: [PostedAllocation]) throws -> AllocationPlan {
                    try AllocationPlan.make(terms: terms, declarations: [declaration], earlier: earlier, directory: F.directory,
                                            charts: charts, runAt: "t")
                }
                var original = F.declaration(F.gh101, "0.00", channel: channels[first])
                original.wageTotal = Money(fen: before)
                var corrected = F.declaration(F.gh101, "0.00", revision: 2, channel: channels[second])
                corrected.wageTotal = Money(fen: after)
                let firstPlan = try plan(original, earlier: [])
                let posted = firstPlan.rows.map { PostedAllocation(unitID: $0.unitID, channel: $0.channel, collectorID: $0.collectorID, split: $0.split) }
                let correction = try plan(corrected, earlier: posted)
                let direct = try plan(corrected, earlier: [])
                #expect(try firstPlan.rows[0].split.adding(correction.rows[0].split) == direct.rows[0].split)
                #expect(try firstPlan.rows[0].receivable.adding(correction.rows[0].receivable) == direct.rows[0].receivable)
                #expect(try firstPlan.due.adding(correction.due) == direct.due)
                #expect(correction.adjusted == 1 && correction.allocated == 0)
                // Each organisation's balances after both plans equal those after the direct one.
                #expect(try Self.balances(firstPlan.vouchers + correction.vouchers) == Self.balances(direct.vouchers))
                #expect((firstPlan.vouchers + correction.vouchers).allSatisfy { $0.draft.postings.allSatisfy { $0.amount.isPositive } })
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    /// Net debit per (organisation, account, memo), zero entries dropped.
    static func balances(_ vouchers: [PlannedVoucher]) throws -> [String: Money] {
        var result: [String: Money] = [:]
        for voucher in vouchers {
            for posting in voucher.draft.postings {
                let key = "\(voucher.organisation) \(posting.account.rawValue) \(posting.memo)"
                result[key] = try (result[key] ?? .zero).adding(posting.side == .debit ? posting.amount : posting.amount.negated)
            }
        }
        return result.filter { !$0.value.isZero }
    }
}
