import Foundation
import Testing

/// The federation's JSON: the arrears document reconciles a unit that overpaid (credit, aging),
/// and every write command says what it did, the same in both languages.
@Suite("federation JSON: arrears with credit and aging; what the write commands did")
struct FederationJSONTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: sandbox.url.appendingPathComponent(name))
    }

    /// Runs `arguments --format json` on the books; expects success and one document; returns it.
    func json(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let zh = try sandbox.onBooks(arguments + ["--format", "json"])
        zh.expectSuccess(sourceLocation: sourceLocation)
        let document = try #require(try JSONSerialization.jsonObject(with: zh.stdoutData) as? [String: Any], "\(zh)",
                                    sourceLocation: sourceLocation)
        return document
    }

    /// A county federation, a unit paying itself (DW001), a preparatory-fund employer (DW021).
    func federation() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try write("units.csv", "code,name,kind,parent,channel\nDW001,示例机械有限公司工会,enterprise,XF,self\nDW021,示例新材料有限公司,enterprise,XF,prep\n")
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
    }

    @Test("arrears JSON carries each unit's credit and the aging table: due = paid + outstanding − credit, from JSON alone")
    func arrearsReconcile() throws {
        try federation()
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,200000.00\nDW021,,2026-01,10,100000.00\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        // DW001 owes its federation 1,600.00 for January (the 40% above it) and pays 2,000.00: 400.00 in advance.
        try sandbox.onBooks("remit", "record", "--unit", "DW001", "--amount", "2000", "--date", "2026-02-15").expectSuccess()
        let document = try json("arrears", "--as-of", "2026-06-30")
        let units = try #require(document["units"] as? [[String: Any]])
        let dw001 = try #require(units.first { $0["code"] as? String == "DW001" })
        #expect(dw001["credit"] as? String == "400.00" && dw001["outstanding"] as? String == "0.00" && dw001["due"] as? String == "1600.00")
        for unit in units {
            let (due, paid, outstanding, credit) = try (Self.fen(unit["due"]), Self.fen(unit["paid"]), Self.fen(unit["outstanding"]),
                                                        Self.fen(unit["credit"]))
            #expect(due == paid + outstanding - credit, "\(unit)")
        }
        let totals = try #require(document["totals"] as? [String: String])
        #expect(totals["credit"] == "400.00" && totals["outstanding"] == "2000.00")
        let aging = try #require(document["aging"] as? [[String: Any]])
        #expect(aging.compactMap { $0["bucket"] as? String } == ["current", "0-3", "4-6", "7-12", "12+"])
        #expect(aging.first { $0["bucket"] as? String == "4-6" }?["units"] as? Int == 1, "DW021's January, due 02-15: 5 months on 06-30")
        #expect(aging.first { $0["bucket"] as? String == "4-6" }?["outstanding"] as? String == "2000.00")
        let agedTotal = try aging.reduce(Int64(0)) { $0 + (try Self.fen($1["outstanding"])) }
        #expect(agedTotal == (try Self.fen(totals["outstanding"])), "the aging table adds up to the total outstanding")
    }

    @Test("org import, payroll import, allocate, remit record, remit import and remit refund print what they did as JSON")
    func writeCommandsPrintJSON() throws {
        try federation()
        try write("more.csv", "code,name,kind,parent,channel\nDW002,示例纺织有限公司工会,enterprise,XF,tax-full\n")
        let units = try json("org", "import", "more.csv")
        #expect(Set(units.keys) == ["command", "file", "status", "rows", "registered", "unchanged", "previous_import", "journal"])
        #expect(units["command"] as? String == "org import" && units["registered"] as? Int == 1 && units["previous_import"] is NSNull)
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,200000.00\nDW021,,2026-01,10,100000.00\n")
        let payroll = try json("payroll", "import", "payroll.csv")
        #expect(Set(payroll.keys) == ["command", "file", "status", "rows", "new", "corrected", "unchanged", "previous_import", "journal"])
        #expect(payroll["rows"] as? Int == 2 && payroll["new"] as? Int == 2 && payroll["status"] as? String == "imported")
        let again = try json("payroll", "import", "payroll.csv")
        #expect(again["status"] as? String == "already-imported" && (again["previous_import"] as? [String: String])?["file"] == "payroll.csv")

        let allocate = try json("allocate", "--month", "2026-01")
        #expect(Set(allocate.keys) == ["command", "month", "status", "allocated", "adjusted", "due", "vouchers", "journal"])
        #expect(allocate["month"] as? String == "2026-01" && allocate["allocated"] as? Int == 2 && allocate["due"] as? String == "6000.00")
        let vouchers = try #require(allocate["vouchers"] as? [[String: Any]])
        #expect(vouchers.count == 1 && vouchers.first?["organisation"] as? String == "XF" && vouchers.first?["count"] as? Int == 1)
        #expect(try json("allocate", "--month", "2026-01")["status"] as? String == "nothing-to-allocate")

        let record = try json("remit", "record", "--unit", "DW021", "--amount", "2000", "--date", "2026-02-15", "--ref", "B-1")
        #expect(Set(record.keys) == ["command", "unit", "date", "month", "payer", "reference", "amount", "passed_down", "refunded", "vouchers", "journal"])
        #expect(record["amount"] as? String == "2000.00" && record["refunded"] as? String == "0.00" && record["month"] is NSNull)

        let refund = try json("remit", "refund", "--unit", "DW021", "--date", "2026-03-20")
        #expect(Set(refund.keys) == ["command", "unit", "date", "refunded", "formation", "channel", "vouchers", "journal"])
        #expect(refund["refunded"] as? String == "1200.00" && refund["formation"] as? Bool == true && refund["channel"] as? String == "self")

        try write("bank.csv", "unit_code,date,amount,ref\nDW001,2026-02-15,4000.00,R1\n")
        let imported = try json("remit", "import", "bank.csv")
        #expect(Set(imported.keys) == ["command", "file", "status", "receipts", "amount", "passed_down", "refunded", "vouchers", "previous_import", "journal"])
        #expect(imported["receipts"] as? Int == 1 && imported["amount"] as? String == "4000.00")

        let english = try sandbox.onBooks("allocate", "--month", "2026-01", "--format", "json", "--lang", "en")
        let chinese = try sandbox.onBooks("allocate", "--month", "2026-01", "--format", "json")
        #expect(english.stdout == chinese.stdout && !english.stdout.isEmpty, "one document whatever the language")
    }

    /// A two-decimal amount string in fen.
    static func fen(_ value: Any?) throws -> Int64 {
        let text = try #require(value as? String)
        let parts = text.split(separator: ".")
        let whole = try #require(Int64(parts[0])), fraction = try #require(Int64(parts.count > 1 ? parts[1] : "0"))
        return whole * 100 + (whole < 0 ? -fraction : fraction)
    }
}
