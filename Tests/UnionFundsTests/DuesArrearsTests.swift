import LedgerCore
import Testing
@testable import UnionMembers

/// Member dues arrears and the six-month flag (中国工会章程 art. 5), on dues lines alone.
@Suite("dues arrears (no database)")
struct DuesArrearsTests {
    static func month(_ text: String) -> YearMonth { (try? YearMonth(parsing: text)) ?? YearMonth(ordinal: 0) }

    static func line(_ member: String, _ month: String, amount: Int64, paid: Int64 = 0) -> DuesLine {
        DuesLine(memberNumber: member, name: "名", unit: "GH1", month: Self.month(month), base: Money(fen: amount * 200),
                 amount: Money(fen: amount), paid: Money(fen: paid), exempt: false)
    }

    @Test("a month counts once it has ended on the as-of date", arguments: [
        ("2026-12-31", "2026-12"), ("2026-12-30", "2026-11"), ("2026-03-01", "2026-02"), ("2024-02-29", "2024-02"),
    ])
    func lastEndedMonth(_ asOf: String, _ expected: String) {
        #expect(MemberDuesArrears.lastEndedMonth(asOf: day(asOf)) == Self.month(expected))
    }

    @Test("the longest run counts consecutive calendar months, across a year end", arguments: [
        ([String](), 0),
        (["2026-03"], 1),
        (["2026-01", "2026-02", "2026-04", "2026-05", "2026-06"], 3),
        (["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"], 6),
        (["2026-01", "2026-03", "2026-05"], 1),
    ])
    func longestRun(_ months: [String], _ expected: Int) {
        #expect(MemberDuesArrears.longestRun(of: months.map(Self.month)) == expected)
    }

    @Test("unpaid and partly paid months are owed; paid and overpaid months are not; six in a row is flagged")
    func arrears() throws {
        var lines: [DuesLine] = []
        for (index, month) in ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"].enumerated() {
            lines.append(Self.line("A1", month, amount: 2_280, paid: index == 0 ? 2_280 : 0))   // paid January only
        }
        lines.append(Self.line("B2", "2026-01", amount: 1_500, paid: 1_000))   // partly paid
        lines.append(Self.line("B2", "2026-02", amount: 1_500, paid: 2_000))   // overpaid: owes nothing
        lines.append(Self.line("C3", "2026-01", amount: 1_500, paid: 1_500))   // all paid: not listed
        let arrears = try MemberDuesArrears.arrears(from: lines)
        #expect(arrears.map(\.memberNumber) == ["A1", "B2"])
        #expect(arrears[0].unpaidMonths == (2...7).map { Self.month("2026-0\($0)") })
        #expect(arrears[0].amount == Money(fen: 6 * 2_280))
        #expect(arrears[0].longestRun == 6 && arrears[0].isWithdrawalCandidate)
        #expect(arrears[1].unpaidMonths == [Self.month("2026-01")])
        #expect(arrears[1].amount == Money(fen: 500))
        #expect(!arrears[1].isWithdrawalCandidate)
    }

    @Test("five months in a row is not yet a withdrawal candidate")
    func fiveMonths() throws {
        let lines = ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-08"].map { Self.line("A1", $0, amount: 100) }
        let arrears = try #require(try MemberDuesArrears.arrears(from: lines).first)
        #expect(arrears.longestRun == 5 && !arrears.isWithdrawalCandidate)
        #expect(arrears.unpaidMonths.count == 6)
    }
}
