import Foundation
import InputFiles
import LedgerCore
import Testing
@testable import UnionAllocation
@testable import UnionCore
@testable import UnionMembers
@testable import UnionStatements

/// `ledgers/postings.md` §0: every event the engine books, with its debit and credit accounts on
/// the official 2021 charts and the paragraph of 财会〔2021〕7号 it follows. Each row is produced
/// here by the library itself (the allocation plan, the receipt vouchers, the dues and year-end
/// accounts, all posting to roles), so a row that drifts from the code, or an event without a row,
/// fails.
@Suite("ledgers/postings.md: the postings the engine makes")
struct PostingsTableTests {
    typealias F = PureAllocationFixture

    struct Row: Hashable {
        var id: String
        var books: String
        var debit: Set<String>
        var credit: Set<String>
        var basis: String
    }

    /// The rows of §0's table: `| id | event | books | debit | credit | basis |`.
    static func rows() throws -> [Row] {
        let text = try ChartProfileTests.file("ledgers/postings.md")
        guard let start = text.range(of: "## 0."), let end = text.range(of: "\n## 1.") else { return [] }
        return text[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 7, cells[1].hasPrefix("E"), cells[1].count == 3 else { return nil }
            func codes(_ cell: String) -> Set<String> {
                Set(cell.split(whereSeparator: { !$0.isNumber }).map(String.init).filter { $0.count >= 3 })
            }
            return Row(id: cells[1], books: cells[3], debit: codes(cells[4]), credit: codes(cells[5]), basis: cells[6])
        }
    }

    static func accounts(_ vouchers: [PlannedVoucher], in organisation: String) -> (debit: Set<String>, credit: Set<String>) {
        let postings = vouchers.filter { $0.organisation == organisation }.flatMap(\.draft.postings)
        return (Set(postings.filter { $0.side == .debit }.map(\.account.rawValue)),
                Set(postings.filter { $0.side == .credit }.map(\.account.rawValue)))
    }

    static func allocation(_ unit: UnitDirectory.Unit) throws -> [PlannedVoucher] {
        try AllocationPlan.make(terms: try F.terms(), declarations: [F.declaration(unit, "500000.00")], earlier: [],
                                directory: F.directory, charts: try F.officialCharts(), runAt: "2026-11-21T10:00:00Z").vouchers
    }

    static func receipt(_ unit: UnitDirectory.Unit, payer: Payer, returned: Money = .zero) throws -> [PlannedVoucher] {
        try ReceiptVouchers.receipt(NewReceipt(unitID: unit.id, date: day("2026-02-20"), amount: yuan("4000.00"), month: nil, payer: payer,
                                               reference: "", source: "test", importID: nil),
                                    id: 1, unit: unit, collector: F.xf, returned: returned, charts: try F.officialCharts())
    }

    /// What the engine posts for each row, on the official charts.
    static func produced() throws -> [String: (debit: Set<String>, credit: Set<String>)] {
        let grassroots = try ChartProfile(.official2021Grassroots).accounts
        let roles = ChartRoles(organisation: "GH", accounts: grassroots)
        let dues = try DuesAccounts(roles: roles)
        let close = try YearEndClose.accounts(roles: roles)
        let rollUps = close.rollUps
        var events: [String: (debit: Set<String>, credit: Set<String>)] = [
            "E01": accounts(try allocation(F.gh101), in: "GH101"),
            "E02": accounts(try allocation(F.gh101), in: "XF"),
            "E03": accounts(try allocation(F.gh102), in: "GH102"),
            "E04": accounts(try allocation(F.gh102), in: "XF"),
            "E05": accounts(try allocation(F.t40), in: "XF"),
            "E06": accounts(try allocation(F.prep), in: "XF"),
            "E07": accounts(try receipt(F.gh101, payer: .unit), in: "GH101"),
            "E08": accounts(try receipt(F.gh101, payer: .unit), in: "XF"),
            "E09": accounts(try receipt(F.gh102, payer: .tax, returned: yuan("6000.00")).filter { $0.draft.summary.contains("转拨") || $0.organisation == "GH102" }, in: "GH102"),
            "E11": ([dues.bank.rawValue, dues.cash.rawValue], [dues.revenue.rawValue]),
            "E12": (["401", "402", "403"], [close.target.rawValue]),            // revenue accounts emptied into 32203
            "E13": ([close.target.rawValue], ["501", "503", "504", "505", "507", "510"]),
            "E15": (Set(rollUps.last?.from.map(\.rawValue) ?? []), Set(rollUps.last.map { [$0.to.rawValue] } ?? [])),
            "E16": (Set(rollUps.first?.from.map(\.rawValue) ?? []), Set(rollUps.first.map { [$0.to.rawValue] } ?? [])),
        ]
        // The federation passing the retained share down (tax-full): 借 21202 贷 102.
        let passDown = try receipt(F.gh102, payer: .tax, returned: yuan("6000.00")).filter { $0.organisation == "XF" }
        events["E10"] = accounts(Array(passDown.dropFirst()), in: "XF")
        events["E14"] = (["32103"], [close.restrictedTarget?.rawValue].compactMap { $0 }.isEmpty ? [] : ["501", "503", "504", "505", "507", "510"])
        return events
    }

    @Test("every row of the table is what the engine posts, and every event has a row")
    func tableMatchesTheEngine() throws {
        let rows = try Self.rows()
        let produced = try Self.produced()
        #expect(Set(rows.map(\.id)) == Set(produced.keys))
        for row in rows {
            guard let event = produced[row.id] else { continue }
            switch row.id {
            case "E12":   // every revenue line of the year, into 本年收支结转
                #expect(row.credit == event.credit, "\(row.id) credit")
            case "E13", "E14":   // every expenditure line of the year, out of 本年收支结转
                #expect(row.debit == event.debit, "\(row.id) debit")
            default:
                #expect(row.debit == event.debit, "\(row.id) debit: table \(row.debit.sorted()), engine \(event.debit.sorted())")
                #expect(row.credit == event.credit, "\(row.id) credit: table \(row.credit.sorted()), engine \(event.credit.sorted())")
            }
            #expect(row.basis.contains("第") || row.basis.contains("16号"), "\(row.id) cites its paragraph")
        }
    }
}
