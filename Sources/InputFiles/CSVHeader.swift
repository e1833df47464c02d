import LedgerCore

/// Finds a register file's columns by name, in English or Chinese, in any order.
public struct CSVHeader<Column: Hashable & CaseIterable> {
    private(set) var index: [Column: Int] = [:]
    private(set) var heading: [Column: String] = [:]
    /// Every column's name for messages, made once: a row's checks name their fields eagerly, and
    /// describing an absent column's case cost 4,000 instructions a time (`org import`).
    private var names: [Column: String] = [:]

    /// - Parameters:
    ///   - names: the accepted headings per column (compared lower-cased).
    ///   - required: columns that must be present.
    public init(fields: [String], names: (Column) -> [String], required: [Column], line: Int, problems: inout ProblemList) {
        for (position, field) in fields.enumerated() {
            let normalised = field.lowercased()
            guard let column = Column.allCases.first(where: { names($0).contains(normalised) }) else { continue }
            if index[column] != nil {
                problems.add(line: line, field: "header", value: field, LedgerError.headerMustNotRepeatColumn(column: field))
                continue
            }
            index[column] = position
            heading[column] = field
        }
        for column in Column.allCases { self.names[column] = heading[column] ?? "\(column)" }
        for column in required where index[column] == nil {
            problems.add(line: line, field: "header", value: fields.joined(separator: ","),
                         LedgerError.headerMustNameColumn(column: names(column).joined(separator: "/")))
        }
    }

    public func value(_ column: Column, in fields: [String]) -> String {
        guard let position = index[column], position < fields.count else { return "" }
        return fields[position]
    }

    /// The columns' positions in one array, for bulk rows (no dictionary lookup per field).
    public func positions(_ columns: [Column]) -> [Int] { columns.map { index[$0] ?? Int.max } }

    public func name(_ column: Column) -> String { names[column] ?? "\(column)" }
}

extension String {
    /// Free text from a register file is one line with no control characters.
    public var isSingleLineText: Bool { !hasControlCharacters }
}
