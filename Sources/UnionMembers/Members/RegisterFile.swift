import InputFiles
import LedgerCore

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

    /// - Throws: `RowsRejected` for a missing or repeated column or an unclosed quote.
    init(text: String, name: String, columns: [Column]) throws {
        self.name = name
        var problems = ProblemList(file: name)
        guard let records = CSVRecordParser.records(of: text) else {
            problems.add(line: 1, field: "-", value: "\"", MaskedLedgerError(.quotedFieldMustBeWellFormed))
            throw RowsRejected(problems: problems.problems)
        }
        let allColumns = columns.map { $0.names.joined(separator: "/") }.joined(separator: ",")
        guard let header = records.first else {
            problems.add(line: 1, field: "header", value: "", MaskedLedgerError(.headerMustNameColumn(column: allColumns)))
            throw RowsRejected(problems: problems.problems)
        }
        for (index, heading) in header.fields.enumerated() {
            guard let column = columns.first(where: { $0.names.contains(heading.lowercased()) }) else { continue }
            if indexes[column.key] != nil {
                problems.add(line: header.line, field: "header", value: heading, MaskedLedgerError(.headerMustNotRepeatColumn(column: heading)))
                continue
            }
            indexes[column.key] = index
            headings[column.key] = heading
        }
        for column in columns where column.isRequired && indexes[column.key] == nil {
            problems.add(line: header.line, field: "header", value: NationalID.maskingNumbers(in: header.fields.joined(separator: ",")),
                         MaskedLedgerError(.headerMustNameColumn(column: column.names.joined(separator: "/"))))
        }
        try problems.throwIfAny()
        rows = records.dropFirst()
            .filter { !$0.fields.allSatisfy(\.isEmpty) }   // the bare-comma rows Excel leaves below a table
            .map { [indexes] record in Row(line: record.line, fields: record.fields, indexes: indexes) }
    }

    func heading(_ column: Column) -> String { headings[column.key] ?? column.names[0] }
}
