import InputFiles
import LedgerCore

/// A CSV register: a header naming columns in English or Chinese (any order), then rows. Columns
/// the layout does not know are ignored; blank rows are skipped. Small registers are read whole
/// (`init(text:name:columns:)`); the member register is read row by row (`Header` over
/// `InputFile.forEachRecord`), so a million rows are never held.
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

    /// Where each column is, from the file's first record.
    struct Header {
        let name: String
        private(set) var indexes: [String: Int] = [:]
        /// The heading as the file spells it, for error messages.
        private(set) var headings: [String: String] = [:]

        /// - Throws: `RowsRejected` for a missing or repeated column.
        init(fields: [String], line: Int, name: String, columns: [Column]) throws {
            self.name = name
            var problems = ProblemList(file: name)
            for (index, heading) in fields.enumerated() {
                guard let column = columns.first(where: { $0.names.contains(heading.lowercased()) }) else { continue }
                if indexes[column.key] != nil {
                    problems.add(line: line, field: "header", value: heading, MaskedLedgerError(.headerMustNotRepeatColumn(column: heading)))
                    continue
                }
                indexes[column.key] = index
                headings[column.key] = heading
            }
            for column in columns where column.isRequired && indexes[column.key] == nil {
                problems.add(line: line, field: "header", value: NationalID.maskingNumbers(in: fields.joined(separator: ",")),
                             MaskedLedgerError(.headerMustNameColumn(column: column.names.joined(separator: "/"))))
            }
            try problems.throwIfAny()
        }

        /// A file with no header at all.
        static func missing(name: String, columns: [Column]) -> RowsRejected {
            var problems = ProblemList(file: name)
            let allColumns = columns.map { $0.names.joined(separator: "/") }.joined(separator: ",")
            problems.add(line: 1, field: "header", value: "", MaskedLedgerError(.headerMustNameColumn(column: allColumns)))
            return RowsRejected(problems: problems.problems)
        }

        func row(line: Int, fields: [String]) -> Row { Row(line: line, fields: fields, indexes: indexes) }

        func heading(_ column: Column) -> String { headings[column.key] ?? column.names[0] }
    }

    let header: Header
    private(set) var rows: [Row] = []
    var name: String { header.name }

    /// - Throws: `RowsRejected` for a missing or repeated column or an unclosed quote.
    init(text: String, name: String, columns: [Column]) throws {
        guard let records = CSVRecordParser.records(of: text) else {
            var problems = ProblemList(file: name)
            problems.add(line: 1, field: "-", value: "\"", MaskedLedgerError(.quotedFieldMustBeWellFormed))
            throw RowsRejected(problems: problems.problems)
        }
        guard let first = records.first else { throw Header.missing(name: name, columns: columns) }
        header = try Header(fields: first.fields, line: first.line, name: name, columns: columns)
        rows = records.dropFirst()
            .filter { !$0.fields.allSatisfy(\.isEmpty) }   // the bare-comma rows Excel leaves below a table
            .map { [header] record in header.row(line: record.line, fields: record.fields) }
    }

    func heading(_ column: Column) -> String { header.heading(column) }
}
