import InputFiles
import LedgerCore
import Reporting

/// Reads a budget file: CSV (UTF-8 or GB18030) or the workbook `budget show --format xlsx`
/// wrote, with Chinese or English headings in any order. The file `budget show --format csv|xlsx`
/// exports reads back as the same lines.
///
/// ```
/// 科目编码,科目名称,类别,项目,上年决算数,本年预算数,说明
/// 402,拨缴经费收入,收入,,0.00,280000.00,按工资总额 2% 的 60%
/// 50105,会员活动支出,基本支出,,0.00,120000.00,
/// 50102,文体活动支出,项目支出,职工运动会,0.00,10000.00,
/// ```
/// Only 科目编码, 类别 and 本年预算数 (or 调整后预算数) are read; 科目名称 and 上年决算数 come from the
/// books. Rows without a code and a category (the export's 合计 rows) are skipped.
public enum BudgetFile {
    enum Column: CaseIterable {
        case code, category, project, amount, note
    }

    static func names(_ column: Column) -> [String] {
        switch column {
        case .code: ["科目编码", "code", "account code"]
        case .category: ["类别", "category"]
        case .project: ["项目", "project"]
        case .amount: ["本年预算数", "调整后预算数", "预算数", "budget", "adjusted budget", "amount"]
        case .note: ["说明", "note"]
        }
    }

    /// One line as read, with the file line it came from.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var budgetLine: BudgetLine
    }

    /// The lines of a CSV file, every bad row reported at once.
    /// - Throws: `RowsRejected` (every bad row), `LedgerError.fileMustBeReadable`, `BudgetError.budgetMustHaveLines`.
    public static func read(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> [Row] {
        var records: [(line: Int, fields: [String])] = []
        try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
            records.append((line, fields))
        }
        return try parse(records: records, file: displayName)
    }

    /// The lines of a CSV file or of an XLSX workbook's first sheet (told apart by their first bytes).
    /// - Throws: as `read`; `LedgerError.fileMustBeReadable` for a workbook that does not open.
    public static func readAny(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> [Row] {
        guard WorkbookReader.isWorkbook(path: path) else { return try read(path: path, displayName: displayName, encoding: encoding) }
        return try parse(records: try WorkbookReader.rows(path: path, displayName: displayName), file: displayName)
    }

    /// The lines of records whose first is the header (any rows before it, such as a workbook's
    /// title lines, are skipped up to the first row that names the code column).
    /// - Throws: `RowsRejected`, `BudgetError.budgetMustHaveLines`, `.workbookMustHoldBudgetTable`.
    public static func parse(records: [(line: Int, fields: [String])], file: String) throws -> [Row] {
        guard let headerIndex = records.firstIndex(where: { record in
            record.fields.contains { names(.code).contains($0.trimmingSpaces().lowercased()) }
        }) else {
            throw records.isEmpty ? BudgetError.budgetMustHaveLines(file: file) : BudgetError.workbookMustHoldBudgetTable(file: file)
        }
        var problems = ProblemList(file: file)
        let headerRecord = records[headerIndex]
        let header = CSVHeader<Column>(fields: headerRecord.fields.map { $0.trimmingSpaces() }, names: names,
                                       required: [.code, .category, .amount], line: headerRecord.line, problems: &problems)
        try problems.throwIfAny()
        var rows: [Row] = []
        for record in records[(headerIndex + 1)...] {
            let fields = record.fields.map { $0.trimmingSpaces() }
            // A blank row ends a workbook's table (notes and signatures follow it).
            if fields.allSatisfy(\.isEmpty) { break }
            let codeText = header.value(.code, in: fields), categoryText = header.value(.category, in: fields)
            if codeText.isEmpty && categoryText.isEmpty { continue }   // 合计 and other summary rows
            var code: AccountCode?
            do { code = try AccountCode(codeText) } catch {
                problems.add(line: record.line, field: header.name(.code), value: codeText, error)
            }
            let category = BudgetCategory(parsing: categoryText)
            if category == nil {
                problems.add(line: record.line, field: header.name(.category), value: categoryText,
                             BudgetError.budgetCategoryMustBeKnown(value: categoryText))
            }
            let amountText = header.value(.amount, in: fields)
            var amount: Money?
            do { amount = try Money(parsing: amountText.isEmpty ? "0" : amountText) } catch {
                problems.add(line: record.line, field: header.name(.amount), value: amountText, error)
            }
            let project = header.value(.project, in: fields), note = header.value(.note, in: fields)
            for (column, text) in [(Column.project, project), (.note, note)] where text.hasControlCharacters {
                problems.add(line: record.line, field: header.name(column), value: text,
                             LedgerError.textMustNotHoldControlCharacters(field: header.name(column)))
            }
            guard let code, let category, let amount else { continue }
            rows.append(Row(line: record.line, budgetLine: BudgetLine(account: code, category: category, project: project,
                                                                      amount: amount, note: note)))
        }
        try problems.throwIfAny()
        guard !rows.isEmpty else { throw BudgetError.budgetMustHaveLines(file: file) }
        return rows
    }
}
