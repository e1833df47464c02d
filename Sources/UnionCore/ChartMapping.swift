import InputFiles
import LedgerCore

/// The changeover table from the 2009 chart to the 2021 charts (财会〔2021〕16号 附表 and its
/// section 二, `ledgers/charts/changeover-2009-2021.csv`): each old account's new account in the
/// grassroots chart and in the county-and-above chart, and whether its balance must first be
/// analysed by a person (a split: 331 结余 into 结转 and 结余, 162 固定资产 by the new thresholds, the
/// 建会筹备金 part of 131/132/221/222, …).
public struct ChartMapping: Sendable {
    public struct Line: Sendable, Hashable {
        public var from: AccountCode
        public var name: String
        /// The new account in a grassroots union's chart, if it has one.
        public var grassroots: AccountCode?
        /// The new account in a county-and-above union's chart, if it has one.
        public var county: AccountCode?
        /// The balance must be analysed and assigned by a person (16号: 分析、拆分).
        public var needsDecision: Bool
        public var note: String
        public var source: String

        /// The new account at `level`.
        public func target(at level: ChartLevel) -> AccountCode? { level == .grassroots ? grassroots : county }
    }

    public let lines: [Line]

    /// The shipped 2009 → 2021 table.
    public static func shipped() throws(RowsRejected) -> ChartMapping {
        try ChartMapping(text: ChartProfileData.changeover2009To2021, fileName: "changeover-2009-2021.csv")
    }

    /// Reads a table with the header `code_2009,name_2009,grassroots,county,decision,note,source`.
    /// - Throws: `RowsRejected` naming every bad line.
    public init(text: String, fileName: String) throws(RowsRejected) {
        let columns = ["code_2009", "name_2009", "grassroots", "county", "decision", "note", "source"]
        guard let records = CSVRecordParser.records(of: text), records.first?.fields == columns else {
            throw RowsRejected(problems: [RowProblem(file: fileName, line: 1, field: "header", value: "",
                                                     error: LedgerError.headerMustNameColumn(column: columns.joined(separator: ",")))])
        }
        var lines: [Line] = []
        var problems = ProblemList(file: fileName)
        for record in records.dropFirst() {
            let fields = record.fields + Array(repeating: "", count: max(0, columns.count - record.fields.count))
            do {
                func code(_ text: String) throws -> AccountCode? { text.isEmpty ? nil : try AccountCode(text) }
                guard ["none", "split"].contains(fields[4]) else { throw LedgerError.fieldMustBePresent(field: "decision (none, split)") }
                lines.append(Line(from: try AccountCode(fields[0]), name: fields[1], grassroots: try code(fields[2]),
                                  county: try code(fields[3]), needsDecision: fields[4] == "split", note: fields[5], source: fields[6]))
            } catch {
                problems.add(line: record.line, field: "code", value: "\(fields[0]) → \(fields[2])/\(fields[3])", error)
            }
        }
        guard problems.problems.isEmpty else { throw RowsRejected(problems: problems.problems, truncated: problems.truncated) }
        self.lines = lines
    }

    /// The line for a 2009 account, if the table has one.
    public func line(of code: AccountCode) -> Line? {
        lines.first { $0.from == code }
    }
}

/// Which of the two 2021 charts a union keeps (财会〔2021〕7号 第二部分).
public enum ChartLevel: String, Sendable, CaseIterable {
    /// 基层工会.
    case grassroots
    /// 县级以上工会.
    case county

    /// The level of an organisation of `kind`: federations keep the county-and-above chart.
    public static func of(kind: String) -> ChartLevel { FederationKind.isFederation(kind) ? .county : .grassroots }
}
