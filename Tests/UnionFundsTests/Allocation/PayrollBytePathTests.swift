import InputFiles
import LedgerCore
import PropertyBased
import Testing
@testable import UnionAllocation
@testable import UnionCore

/// A payroll file's plain rows are read from their bytes, the rest as Strings: whatever the rows,
/// both ways must give the same declarations, counts and problems.
@Suite("payroll rows read from their bytes, as from Strings")
struct PayrollBytePathTests {
    typealias F = PureAllocationFixture

    // Plain values beside every kind the byte path hands to the String path: padding (space, tab,
    // U+3000), quotes, doubled quotes, separators, full-width digits, signs, unknown codes,
    // another name, a channel, months out of the window or malformed.
    static let codes = ["GH101", "T40", "TF", "NOPE", "", " GH101 ", "gh101", "\"T40\"", "\"GH\"\"101\"", "\u{3000}T40"]
    static let names = ["", "示例钢铁有限公司工会", "T40单位", "别的单位", "T40单位 ", "\"T40单位\"", "\tT40单位"]
    static let months = ["2026-01", "2026-01", "2026-02", " 2026-02", "2026-1", "2026/01", "bad", "", "2027-12", "2028-01"]
    static let headcounts = ["100", "10", "1,100", "007", "-1", "x", "", "99999999999999999999", "１０", "+5", " 12 "]
    static let wages = ["500000.00", "1000.00", "500,000.00", "-1", "１２３", "", "1.234", "¥100", "99999999999999999999",
                        "-0.00", " 10 ", "\"1,000.00\""]
    static let channels = ["", "", "", "self", "单位直接拨缴", "bad", "tax-40"]

    @Test("declarations, counts and problems the same both ways")
    func sameAsStrings() async {
        let row = Gen.int(in: 0...999_999).array(of: 6)
        await propertyCheck(count: 400, input: row.array(of: 1...12)) { picks in
            let lines = picks.map { pick in
                [Self.codes[pick[0] % Self.codes.count], Self.names[pick[1] % Self.names.count],
                 Self.months[pick[2] % Self.months.count], Self.headcounts[pick[3] % Self.headcounts.count],
                 Self.wages[pick[4] % Self.wages.count], Self.channels[pick[5] % Self.channels.count]].joined(separator: ",")
            }
            let text = "单位编码,单位名称,所属期,职工人数,工资总额,缴费方式\n" + lines.joined(separator: "\n") + "\n"
            let asBytes = Self.outcome(of: text, bytePath: true)
            let asStrings = Self.outcome(of: text, bytePath: false)
            #expect(asBytes == asStrings, "\(text)")
        }
    }

    @Test("a plain file takes the byte path and gives what the Strings give")
    func plainFile() {
        let text = "unit_code,unit_name,month,headcount,wage_total\n"
            + "GH101,示例钢铁有限公司工会,2026-01,100,500000.00\nT40,,2026-01,10,1000.00\nGH101,,2026-02,101,510000.10\n"
            + "GH101,,2026-02,101,510000.10\nT40,T40单位,2026-02,10,1000.00\nGH101,,2026-01,100,500000.00\n"
        let outcome = Self.outcome(of: text, bytePath: true)
        #expect(outcome == Self.outcome(of: text, bytePath: false))
        #expect(outcome.hasPrefix("rows 6 new 3 corrected 0 unchanged 1"), "\(outcome)")
    }

    /// What reading `text` came to, written out: counts and added declarations, or the problems.
    static func outcome(of text: String, bytePath: Bool) -> String {
        // GH101's January is on file, so the rows also meet revisions and unchanged figures.
        let onFile = DeclarationKey(unit: F.gh101.id, month: F.january.ordinal)
        let declarations = DeclarationsInMemory(latest: [onFile: DeclaredRevision(
            revision: 1, figures: DeclaredFigures(headcount: 100, wageTotal: Money(fen: 50_000_000), channel: .direct))])
        var file = PayrollDeclarationFile(fileName: "p.csv", units: UnitCodeTable(directory: F.directory), declarations: declarations,
                                          latestMonth: try? YearMonth(parsing: "2027-12"))
        let bytes = Array(text.utf8)
        do {
            try bytes.withUnsafeBufferPointer { buffer in
                var parser = CSVRecordParser()
                var offset = 0
                while case .record(let next, let line) = parser.nextRecord(in: buffer, from: offset, isFinal: true) {
                    offset = next
                    if bytePath {
                        // As `InputFile.forEachRawRecordFingerprinted` hands them on.
                        if !CSVRecordParser.isBlank(parser.fields, in: buffer) { try file.read(line: line, bytes: buffer, fields: parser.fields) }
                    } else {
                        let fields = parser.fields.map { CSVRecordParser.string($0, in: buffer) }
                        if !fields.allSatisfy(\.isEmpty) { try file.read(line: line, fields: fields) }
                    }
                }
            }
            let counts = try file.finish()
            return "rows \(counts.rows) new \(counts.new) corrected \(counts.corrected) unchanged \(counts.unchanged) "
                + declarations.added.map { "\($0.key.unit)/\($0.key.month) r\($0.revision) \($0.figures) @\($0.line)" }.joined(separator: "; ")
        } catch let rejected as RowsRejected {
            return rejected.problems.map { "\($0.line) \($0.field) \($0.value) \($0.error)" }.joined(separator: "\n")
        } catch {
            return "\(error)"
        }
    }
}
