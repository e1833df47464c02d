import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing

/// Opening books reads the register only when a name is not a code as registered (a federation's
/// file registers tens of thousands of units), so the other readings of a name must still reach it.
@Suite("books opened by code, by code in another case, by name")
struct BooksByNameTests {
    private static func add(_ t: TestBooks, _ code: String, _ name: String, books: Bool) throws {
        let chart = books ? [Account(code: try AccountCode("102"), name: "银行存款", kind: .asset)] : []
        _ = try t.database.addOrganisation(
            NewOrganisation(code: code, name: name, kind: "enterprise", firstPeriod: try YearMonth(parsing: "2026-01")),
            chart: chart, user: "tester")
    }

    private static func opened(_ t: TestBooks, _ text: String?) throws -> String {
        try t.database.sqliteBooks(for: text, user: "tester").organisation.code
    }

    @Test("every way of naming books opens the same books, and an exact code wins over a name")
    func readings() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try Self.add(t, "Äb-1", "第二工会", books: true)
        // A unit whose name is another organisation's code: the code still means the code.
        try Self.add(t, "DW9", "GH001", books: false)
        for unit in 0..<50 { try Self.add(t, "U\(unit)", "单位\(unit)", books: false) }

        #expect(try Self.opened(t, "GH001") == "GH001")
        #expect(try Self.opened(t, " GH001 ") == "GH001")
        #expect(try Self.opened(t, "gh001") == "GH001")
        #expect(try Self.opened(t, "测试工会") == "GH001")
        // Letter case by Swift's Unicode rules, not SQLite's ASCII ones.
        #expect(try Self.opened(t, "äB-1") == "Äb-1")
        #expect(try Self.opened(t, "第二工会") == "Äb-1")
        #expect(throws: LedgerError.self) { try Self.opened(t, "单位999") }
        #expect(throws: LedgerError.self) { try Self.opened(t, "U7") }
        #expect(throws: LedgerError.self) { try Self.opened(t, nil) }
    }

    @Test("with no code, the only organisation keeping books opens among many registered units")
    func onlyBooks() throws {
        let t = try TestBooks()
        defer { t.remove() }
        for unit in 0..<50 { try Self.add(t, "U\(unit)", "单位\(unit)", books: false) }
        #expect(try Self.opened(t, nil) == "GH001")
    }

    @Test("with several books and no code, the refusal lists their codes in code order, as the register lists them")
    func severalBooksListed() throws {
        let t = try TestBooks()
        defer { t.remove() }
        for code in ["ZF", "ÄX", "mb", "AB"] { try Self.add(t, code, "工会\(code)", books: true) }
        try Self.add(t, "AA", "登记单位", books: false)
        #expect(throws: LedgerError.organisationMustBeChosen(available: "AB, GH001, ZF, mb, ÄX")) { try Self.opened(t, nil) }
    }
}
