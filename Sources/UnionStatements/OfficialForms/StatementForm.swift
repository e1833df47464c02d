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
        /// 工会附01表 财政拨款收入支出表 (county+, annual).
        case fiscalAppropriations = "annex01"
        /// 工会附02表 国有资产情况表 (county+, annual).
        case stateAssets = "annex02"
        /// 工会附03表 成本费用表 (county+, monthly and annual).
        case costs = "annex03"

        var fileName: String {
            switch self {
            case .balanceSheet: "2021-balance-sheet.csv"
            case .incomeExpenditure: "2021-income-expenditure.csv"
            case .fiscalAppropriations: "2021-fiscal-appropriations.csv"
            case .stateAssets: "2021-state-assets.csv"
            case .costs: "2021-costs.csv"
            }
        }

        var text: String {
            switch self {
            case .balanceSheet: StatementFormData.balanceSheet2021
            case .incomeExpenditure: StatementFormData.incomeExpenditure2021
            case .fiscalAppropriations: StatementFormData.fiscalAppropriations2021
            case .stateAssets: StatementFormData.stateAssets2021
            case .costs: StatementFormData.costs2021
            }
        }

        /// The 附表, which only county-and-above unions prepare (第四部分 编制主体 县级以上工会).
        public var isAnnex: Bool {
            switch self {
            case .balanceSheet, .incomeExpenditure: false
            case .fiscalAppropriations, .stateAssets, .costs: true
            }
        }

        /// Prepared once a year only (编制期 年度): 附01表, 附02表.
        public var isAnnualOnly: Bool { self == .fiscalAppropriations || self == .stateAssets }

        /// The form's number as printed (工会01表, 工会附03表).
        public func number(in language: Language) -> String {
            switch self {
            case .balanceSheet: language.pick("工会01表", "Union form 01")
            case .incomeExpenditure: language.pick("工会02表", "Union form 02")
            case .fiscalAppropriations: language.pick("工会附01表", "Union annex form 01")
            case .stateAssets: language.pick("工会附02表", "Union annex form 02")
            case .costs: language.pick("工会附03表", "Union annex form 03")
            }
        }

        /// The form's title as printed.
        public func title(in language: Language) -> String {
            switch self {
            case .balanceSheet: language.pick("资产负债表", "Balance sheet")
            case .incomeExpenditure: language.pick("收入支出表", "Statement of revenue and expenditure")
            case .fiscalAppropriations: language.pick("财政拨款收入支出表", "Statement of fiscal appropriations")
            case .stateAssets: language.pick("国有资产情况表", "State-owned assets")
            case .costs: language.pick("成本费用表", "Statement of costs and expenses")
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
        /// nil for a heading, which is printed but not filled. The first column's formula on a form
        /// whose columns are different quantities (附01表).
        public var formula: FormFormula?
        /// One formula per column when the columns are different quantities (附01表: 年初结转,
        /// 年初结余, …); empty when `formula` fills every column.
        public var columnFormulas: [FormFormula?] = []
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

        /// The formula that fills column `column`.
        public func formula(forColumn column: Int) -> FormFormula? {
            columnFormulas.isEmpty ? formula : (columnFormulas.indices.contains(column) ? columnFormulas[column] : nil)
        }

        /// Every formula of the line.
        var allFormulas: [FormFormula] { columnFormulas.isEmpty ? [formula].compactMap { $0 } : columnFormulas.compactMap { $0 } }
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
            // `f1|f2|…`: one formula per column (附01表, whose columns are different quantities).
            let parts = field(5).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            var parsed: [FormFormula?] = []
            do { for part in parts { parsed.append(try FormFormula.parse(part)) } } catch {
                problems.add(line: record.line, field: "formula", value: field(5),
                             LedgerError.fieldMustBePresent(field: "formula: \(error.expected) at \(error.position)"))
                continue
            }
            let formula = parsed.first ?? nil
            let columnFormulas = parsed.count > 1 ? parsed : []
            guard let level = Level(rawValue: field(7)) else {
                problems.add(line: record.line, field: "level", value: field(7), LedgerError.fieldMustBePresent(field: "level (both, grassroots, county+)"))
                continue
            }
            // `本月数|本年累计数;本年数|上年数` (02表) or `年初余额|期末余额` (01表, both forms); an empty side is not filled.
            let spec = field(6)
            let sides = spec.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let monthly = sides.count == 2 ? !sides[0].isEmpty : !spec.isEmpty
            let annually = sides.count == 2 ? !sides[1].isEmpty : !spec.isEmpty
            let filled = formula != nil || columnFormulas.contains { $0 != nil }
            lines.append(Line(number: number, label: field(1), labelEnglish: field(2), section: field(3),
                              indent: Int(field(4)) ?? 0, formula: formula, columnFormulas: columnFormulas,
                              filledMonthly: monthly && filled, filledAnnually: annually && filled, level: level,
                              interimOnly: field(8) == "yes", source: field(9)))
        }
        for line in lines {
            for reference in line.allFormulas.flatMap(\.lineReferences) where reference < 1 || reference > lines.count || reference == line.number {
                problems.add(line: line.number + 1, field: "formula", value: "L\(reference)",
                             LedgerError.fieldMustBePresent(field: "a reference to another line of the form"))
            }
        }
        guard problems.problems.isEmpty else { throw RowsRejected(problems: problems.problems, truncated: problems.truncated) }
        return lines
    }
}
