import UnionCore
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore

/// A small CSV register read whole: a header naming columns in English or Chinese (any order),
/// then rows. Columns the layout does not know are ignored; blank rows are skipped.
struct RegisterFile {
    struct Column: Hashable {
        var key: String
        var names: [String]
        var isRequired = true
    }

    struct Row {
        var line: Int
        var fields: [String]
        let indexes: [String: Int]

        /// The field's text (trimmed), or "" when the column is absent or the row is short.
        func text(_ column: Column) -> String {
            guard let index = indexes[column.key], index < fields.count else { return "" }
            return fields[index]
        }

        func has(_ column: Column) -> Bool { indexes[column.key] != nil }
    }

    let name: String
    private(set) var indexes: [String: Int] = [:]
    /// The heading as the file spells it, for error messages.
    private(set) var headings: [String: String] = [:]
    private(set) var rows: [Row] = []

    /// - Throws: `MemberImportRejected` for a missing or repeated column or an unclosed quote.
    init(text: String, name: String, columns: [Column]) throws {
        self.name = name
        guard let records = CSVRecordParser.records(of: text) else {
            throw MemberImportRejected(problems: [MemberRowProblem(file: name, line: 1, field: "-", value: "\"",
                                                                   error: .ledger(.quotedFieldMustBeWellFormed))])
        }
        let allColumns = columns.map { $0.names.joined(separator: "/") }.joined(separator: ",")
        guard let header = records.first else {
            throw MemberImportRejected(problems: [MemberRowProblem(file: name, line: 1, field: "header", value: "",
                                                                   error: .ledger(.headerMustNameColumn(column: allColumns)))])
        }
        var problems: [MemberRowProblem] = []
        for (index, heading) in header.fields.enumerated() {
            guard let column = columns.first(where: { $0.names.contains(heading.lowercased()) }) else { continue }
            if indexes[column.key] != nil {
                problems.append(MemberRowProblem(file: name, line: header.line, field: "header", value: heading,
                                                 error: .ledger(.headerMustNotRepeatColumn(column: heading))))
                continue
            }
            indexes[column.key] = index
            headings[column.key] = heading
        }
        for column in columns where column.isRequired && indexes[column.key] == nil {
            problems.append(MemberRowProblem(file: name, line: header.line, field: "header",
                                             value: NationalID.maskingNumbers(in: header.fields.joined(separator: ",")),
                                             error: .ledger(.headerMustNameColumn(column: column.names.joined(separator: "/")))))
        }
        guard problems.isEmpty else { throw MemberImportRejected(problems: problems) }
        rows = records.dropFirst()
            .filter { !$0.fields.allSatisfy(\.isEmpty) }   // the bare-comma rows Excel leaves below a table
            .map { [indexes] record in Row(line: record.line, fields: record.fields, indexes: indexes) }
    }

    func heading(_ column: Column) -> String { headings[column.key] ?? column.names[0] }
}

/// Collects every bad row of a file, up to a bound.
struct RowProblems {
    static let problemsMax = 1_000
    let file: String
    private(set) var problems: [MemberRowProblem] = []
    private(set) var truncated = false

    init(file: String) { self.file = file }

    mutating func add(line: Int, field: String, value: String, _ error: MemberRowProblem.RowError) {
        guard problems.count < RowProblems.problemsMax else { truncated = true; return }
        problems.append(MemberRowProblem(file: file, line: line, field: field, value: value, error: error))
    }

    /// - Throws: `MemberImportRejected` when any problem was found.
    func throwIfAny() throws {
        guard problems.isEmpty else { throw MemberImportRejected(problems: problems, truncated: truncated) }
    }
}
