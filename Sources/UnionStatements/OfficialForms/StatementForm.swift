import InputFiles
import LedgerCore

/// One of the official report forms of 财会〔2021〕7号 附录1 第四部分, as its line file under
/// `ledgers/statements/` defines it: every line, its label as printed, and how 第五部分 fills it.
public struct StatementForm: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// 工会01表 资产负债表.
        case balanceSheet = "01"
        /// 工会02表 收入支出表.
        case incomeExpenditure = "02"

        var fileName: String {
            switch self {
            case .balanceSheet: "2021-balance-sheet.csv"
            case .incomeExpenditure: "2021-income-expenditure.csv"
            }
        }

        var text: String {
            switch self {
            case .balanceSheet: StatementFormData.balanceSheet2021
            case .incomeExpenditure: StatementFormData.incomeExpenditure2021
            }
        }
    }

    /// Which level's books a line applies to; the form is printed whole for every level.
    public enum Level: String, Sendable {
        case both, grassroots, county = "county+"
    }

    public struct Line: Sendable, Hashable {
        /// Order on the form (the printed forms have no 行次).
        public var number: Int
        public var label: String
        public var labelEnglish: String
        /// asset, liability, netAssets, total (01表); opening, adjustment, revenue, expenditure, result, closing (02表).
        public var section: String
        public var indent: Int
        /// nil for a heading, which is printed but not filled.
        public var formula: FormFormula?
        /// Filled on the monthly (interim) form.
        public var filledMonthly: Bool
        /// Filled on the annual form.
        public var filledAnnually: Bool
        public var level: Level
        /// Printed on interim forms only (零余额账户用款额度*).
        public var interimOnly: Bool
        /// The paragraph of 第五部分 that says how the line is filled.
        public var source: String

        public func label(in language: Language) -> String {
            language == .en && !labelEnglish.isEmpty ? labelEnglish : label
        }
    }

    public let kind: Kind
    public let lines: [Line]

    /// The shipped form.
    /// - Throws: `RowsRejected` only if the shipped data were broken (a test guards that).
    public init(_ kind: Kind) throws(RowsRejected) {
        self.kind = kind
        lines = try StatementForm.lines(from: kind.text, fileName: kind.fileName)
    }

    /// Reads a line file: `line,label,label_en,section,indent,formula,columns,level,interim_only,source`.
    static func lines(from text: String, fileName: String) throws(RowsRejected) -> [Line] {
        var problems = ProblemList(file: fileName)
        guard let records = CSVRecordParser.records(of: text), let header = records.first else {
            throw RowsRejected(problems: [RowProblem(file: fileName, line: 1, field: "header", value: "",
                                                     error: LedgerError.headerMustNameColumn(column: "line,label,formula"))])
        }
        let names = header.fields.map { $0.trimmingSpaces() }
        func index(_ name: String) -> Int? {
            let found = names.firstIndex(of: name)
            if found == nil { problems.add(line: header.line, field: "header", value: names.joined(separator: ","), LedgerError.headerMustNameColumn(column: name)) }
            return found
        }
        let columns = ["line", "label", "label_en", "section", "indent", "formula", "columns", "level", "interim_only", "source"].map(index)
        guard columns.allSatisfy({ $0 != nil }) else { throw RowsRejected(problems: problems.problems) }
        var lines: [Line] = []
        for record in records.dropFirst() {
            func field(_ position: Int) -> String {
                guard let column = columns[position], column < record.fields.count else { return "" }
                return record.fields[column].trimmingSpaces()
            }
            guard let number = Int(field(0)), number == lines.count + 1 else {
                problems.add(line: record.line, field: "line", value: field(0), LedgerError.fieldMustBePresent(field: "line (consecutive from 1)"))
                continue
            }
            let formula: FormFormula?
            do { formula = try FormFormula.parse(field(5)) } catch {
                problems.add(line: record.line, field: "formula", value: field(5),
                             LedgerError.fieldMustBePresent(field: "formula: \(error.expected) at \(error.position)"))
                continue
            }
            guard let level = Level(rawValue: field(7)) else {
                problems.add(line: record.line, field: "level", value: field(7), LedgerError.fieldMustBePresent(field: "level (both, grassroots, county+)"))
                continue
            }
            // `本月数|本年累计数;本年数|上年数` (02表) or `年初余额|期末余额` (01表, both forms); an empty side is not filled.
            let spec = field(6)
            let parts = spec.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let monthly = parts.count == 2 ? !parts[0].isEmpty : !spec.isEmpty
            let annually = parts.count == 2 ? !parts[1].isEmpty : !spec.isEmpty
            lines.append(Line(number: number, label: field(1), labelEnglish: field(2), section: field(3),
                              indent: Int(field(4)) ?? 0, formula: formula, filledMonthly: monthly && formula != nil,
                              filledAnnually: annually && formula != nil, level: level,
                              interimOnly: field(8) == "yes", source: field(9)))
        }
        for line in lines {
            for reference in line.formula?.lineReferences ?? [] where reference < 1 || reference > lines.count || reference == line.number {
                problems.add(line: line.number + 1, field: "formula", value: "L\(reference)",
                             LedgerError.fieldMustBePresent(field: "a reference to another line of the form"))
            }
        }
        guard problems.problems.isEmpty else { throw RowsRejected(problems: problems.problems, truncated: problems.truncated) }
        return lines
    }
}
