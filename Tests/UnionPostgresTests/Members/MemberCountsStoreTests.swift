import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionCore
import UnionMembers

/// Employee counts and the membership statistics built on them, a 20,000-row import, and one
/// scenario run on both stores with every result compared.
@Suite("Member counts, large imports and both stores compared")
struct MemberCountsStoreTests {
    static let november = membersMonth("2026-11")

    @Test("employee counts: the latest at or before the month, replaced in the same month; refusals", arguments: MembersStoreKind.available)
    func employeeCounts(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.register.setEmployees(unit: "DW001", count: 5, from: membersMonth("2026-01"))
        try book.register.setEmployees(unit: "XF", count: 10, from: membersMonth("2026-03"))
        #expect(try book.members.employeeCounts(in: membersMonth("2025-12")).isEmpty)
        #expect(try book.members.employeeCounts(in: membersMonth("2026-02")) == ["DW001": 5])
        #expect(try book.members.employeeCounts(in: membersMonth("2026-03")) == ["DW001": 5, "XF": 10])
        try book.register.setEmployees(unit: "DW001", count: 6, from: membersMonth("2026-01"))
        try book.register.setEmployees(unit: "DW001", count: 8, from: membersMonth("2026-06"))
        #expect(try book.members.employeeCounts(in: membersMonth("2026-05"))["DW001"] == 6)
        #expect(try book.members.employeeCounts(in: Self.november)["DW001"] == 8)
        #expect(try book.count("unit_headcount") == 3)
        #expect(throws: LedgerError.organisationMustExist(code: "NOPE")) {
            try book.register.setEmployees(unit: "NOPE", count: 1, from: membersMonth("2026-01"))
        }
        #expect(membershipRules { try book.register.setEmployees(unit: "DW001", count: -1, from: membersMonth("2026-01")) }
                == [.employeeCountMustBeWhole])
    }

    @Test("employee counts from payroll declarations: the latest revision of the latest month declared by the month, over a recorded count",
          arguments: MembersStoreKind.available)
    func employeeCountsFromDeclarations(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        let (january, march) = (membersMonth("2026-01").ordinal, membersMonth("2026-03").ordinal)
        // Written as a payroll import writes them (the register is keyed month first: 0022), out of month and revision order.
        try book.tamper("""
            INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by)
                VALUES ('payroll', 'p.csv', '\(String(repeating: "0", count: 64))', 4, '2026-04-01T00:00:00Z', 'tester')
            """)
        try book.tamper("""
            INSERT INTO payroll_declaration(unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line)
            SELECT o.id, v.month, v.revision, v.headcount, 100, 'self', (SELECT MAX(id) FROM register_import), v.line
            FROM organisation o CROSS JOIN (SELECT \(march) AS month, 1 AS revision, 30 AS headcount, 2 AS line
                                            UNION ALL SELECT \(january), 2, 12, 4
                                            UNION ALL SELECT \(january), 1, 10, 3) v
            WHERE o.code = 'DW001'
            """)
        try book.register.setEmployees(unit: "DW001", count: 20, from: membersMonth("2026-02"))
        #expect(try book.members.employeeCounts(in: membersMonth("2025-12")).isEmpty)
        #expect(try book.members.employeeCounts(in: membersMonth("2026-01")) == ["DW001": 12], "January's second revision")
        #expect(try book.members.employeeCounts(in: membersMonth("2026-02")) == ["DW001": 20], "a count recorded for a later month")
        #expect(try book.members.employeeCounts(in: membersMonth("2026-03")) == ["DW001": 30], "March's declaration")
        #expect(try book.members.employeeCounts(in: Self.november) == ["DW001": 30])
        // A count recorded for the declared month: the declaration wins.
        try book.register.setEmployees(unit: "DW001", count: 25, from: membersMonth("2026-03"))
        #expect(try book.members.employeeCounts(in: membersMonth("2026-03")) == ["DW001": 30], "in the same month the declaration wins")
    }

    @Test("membership statistics from the register: active members over employees, IDs over members", arguments: MembersStoreKind.available)
    func statistics(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers("""
            A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,
            A2,乙,,DW001,,2020-01-01,active,合同制,5000,
            A3,丙,11010519491231002X,DW001,,2020-01-01,retained-exempt,农民工,5000,
            A4,丁,,DW001,,2020-01-01,withdrawn,合同制,5000,
            B1,戊,,XF,,2020-01-01,active,合同制,5000,

            """)
        try book.register.setEmployees(unit: "DW001", count: 5, from: membersMonth("2026-01"))
        let organisations = [RegisteredOrganisation(code: "DW001", name: "示例机械有限公司工会", kind: "enterprise", parent: "XF"),
                             RegisteredOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", parent: nil)]
        let asOf = try membersDay(MembersBook.today)
        let statistics = MembershipStatistics(asOf: asOf, organisations: organisations, members: try book.members.members(in: asOf.yearMonth),
                                              employees: try book.members.employeeCounts(in: asOf.yearMonth), targets: { _ in nil })
        #expect(statistics.units.map(\.code) == ["DW001", "XF"])
        let unit = statistics.units[0].counts, total = statistics.total
        #expect((unit.employees, unit.activeMembers, unit.members, unit.withRegisteredID) == (5, 2, 3, 2))
        #expect((total.employees, total.activeMembers, total.members, total.withRegisteredID) == (5, 3, 4, 2))
    }

    @Test("20,000 members in one import, and again unchanged", arguments: MembersStoreKind.available)
    func largeImport(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        let count = 20_000
        var rows = ""
        for index in 0..<count {
            let unit = index % 3 == 0 ? "XF" : "DW001"
            rows += "M\(String(format: "%05d", index)),会员\(index),,\(unit),,2020-01-01,active,合同制,\(4_000 + index % 500),\n"
        }
        let started = Date()
        let first = try book.importMembers(rows)
        let firstSeconds = Date().timeIntervalSince(started)
        #expect(first.added == count)
        let again = try book.importMembers(rows)
        #expect(again.unchanged == count)
        #expect(try (book.count("member"), book.count("member_state")) == (count, count))
        let listed = try book.register.members(in: Self.november)
        #expect(listed.count == count && listed.first?.number == "M00001" && listed.last?.number == "M19998")
        print("\(kind): 20,000 members imported in \(String(format: "%.1f", firstSeconds)) s")
    }

    @Test("the same imports and dues give the same results on SQLite and PostgreSQL",
          .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
    func sameOnBothStores() throws {
        let results = try [MembersStoreKind.sqlite, .postgres].map { kind in
            let book = try MembersBook(kind)
            defer { book.remove() }
            return try Self.scenario(book)
        }
        #expect(results[0] == results[1])
        #expect(!results[0].isEmpty)
    }

    /// Imports, re-imports, assesses, collects and reports; every result rendered as text.
    static func scenario(_ book: MembersBook) throws -> [String] {
        var out: [String] = []
        let key = String(repeating: "k", count: 32)
        let first = try book.importMembers("""
            A1,甲,150102198905153640,DW001,车间,2020-01-01,active,合同制,5000,
            a1,乙,,DW001,,2021-06-15,retained-exempt,农民工,3000.50,
            B1,丙,11010519491231002X,XF,机关,2019-03-01,active,劳务派遣,8000,
            Z9,丁,,GH2,,2019-03-01,active,合同制,4000,

            """, secret: key)
        out.append("\(first.added) \(first.legacyIDs)")
        let second = try book.importMembers("A1,甲,150102198905153640,DW001,车间二,2020-01-01,active,合同制,6000,2026-02\n", secret: key)
        out.append("\(second.changes)")
        for month in ["2025-12", "2026-01", "2026-02", "2026-11"] {
            out.append("\(try book.register.members(in: membersMonth(month)))")
        }
        for number in ["A1", "a1", "B1"] {
            let history = try #require(try book.members.member(number: number))
            out.append("\(history.record) \(history.states) \(history.changes)")
        }
        for month in ["2026-01", "2026-02", "2026-03"] {
            out.append("\(try book.memberDues().assess(month: membersMonth(month), rule: .standard))")
        }
        out.append("\(try book.memberDues("GH2").assess(month: membersMonth("2026-01"), rule: .standard))")
        let batch = try book.collect(membersMonth("2026-01"), on: try membersDay("2026-01-25"))
        out.append("\(batch.payments) \(batch.total) \(batch.vouchers.map { "\($0.number) \($0.date) \($0.summary) \($0.postings)" })")
        let file = try book.collect(membersMonth("2026-02"), on: try membersDay("2026-02-25"),
                                    payments: "A1,10.00,bank,2026-02-10,\nB1,5.00,现金,,\nA1,1.00,cash,,2026-03\n")
        out.append("\(file.payments) \(file.total) \(file.vouchers.map { "\($0.number) \($0.date) \($0.summary) \($0.postings)" })")
        for month in ["2026-01", "2026-02", "2026-03"] { out.append("\(try book.memberDues().lines(month: membersMonth(month)))") }
        out.append("\(try book.memberDues().arrears(asOf: try membersDay("2026-03-31")))")
        out.append("\(try book.memberDues().arrears(asOf: try membersDay("2026-02-15")))")
        out.append("\(try book.members.employeeCounts(in: membersMonth("2026-03")))")
        return out
    }
}
