import InputFiles
import LedgerCore

/// The changeover map from the 2009 chart to the 2021 chart (财会〔2021〕16号: old books are
/// closed on 2021-12-31 and their balances carried into the new accounts). The official annex
/// could not be retrieved; `ledgers/charts/mapping-2009-2021.csv` is our reading, marked [U]
/// where unsure, and every line is checked against both charts by the tests.
public struct ChartMapping: Sendable {
    public struct Line: Sendable, Hashable {
        public var from: AccountCode
        public var to: AccountCode
        public var note: String
    }

    public let lines: [Line]

    /// The shipped 2009 → 2021 map.
    public static func shipped() throws(ChartFileRejected) -> ChartMapping {
        try ChartMapping(text: ChartProfileData.mapping2009To2021, fileName: "mapping-2009-2021.csv")
    }

    /// Reads a mapping file with the header `code_2009,code_2021,note`.
    /// - Throws: `ChartFileRejected` naming every bad line.
    public init(text: String, fileName: String) throws(ChartFileRejected) {
        guard let records = CSVRecordParser.records(of: text), records.first?.fields.prefix(2) == ["code_2009", "code_2021"] else {
            throw ChartFileRejected(problems: [InputProblem(file: fileName, line: 1, field: "header", value: "",
                                                            error: .headerMustNameColumn(column: "code_2009,code_2021,note"))])
        }
        var lines: [Line] = []
        var problems: [InputProblem] = []
        for record in records.dropFirst() {
            let fields = record.fields + ["", "", ""]
            do {
                lines.append(Line(from: try AccountCode(fields[0]), to: try AccountCode(fields[1]), note: fields[2]))
            } catch {
                problems.append(InputProblem(file: fileName, line: record.line, field: "code",
                                             value: "\(fields[0]) → \(fields[1])", error: error))
            }
        }
        guard problems.isEmpty else { throw ChartFileRejected(problems: problems) }
        self.lines = lines
    }

    /// The 2021 account for a 2009 account, if the map has one.
    public func target(of code: AccountCode) -> AccountCode? {
        lines.first { $0.from == code }?.to
    }
}
