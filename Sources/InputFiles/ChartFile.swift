import LedgerCore

/// A chart of accounts read from a data file under `ledgers/charts/`.
///
/// The file is CSV with the header `code,name,name_en,kind` (kind: asset, liability, netAssets,
/// revenue, expenditure), and optionally `role`. A sub-account (`50101`) must follow its parent
/// (`501`) and share its kind.
public enum ChartFile {
    /// Reads and parses a chart file a user gave, decoded as every other input file (UTF-8 with or
    /// without BOM, or GB18030; XLSX and UTF-16 refused with a hint).
    /// - Throws: `LedgerError.fileMustBeReadable`, `.fileMustBeCSVText`, `.textMustDecode`,
    ///   `.encodingsMustNotMix` (and the decoder's other refusals); `RowsRejected` listing every bad line.
    public static func read(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> [Account] {
        try parse(try TextFile.read(path: path, displayName: displayName, encoding: encoding), fileName: displayName)
    }

    /// - Throws: `RowsRejected` listing every bad line.
    public static func parse(_ text: String, fileName: String) throws(RowsRejected) -> [Account] {
        let records = try CSVRecordParser.checkedRecords(of: text, fileName: fileName)
        guard let header = records.first else {
            throw RowsRejected(problems: [RowProblem(file: fileName, line: 1, field: "header", value: "",
                                                            error: .headerMustNameColumn(column: "code,name,name_en,kind"))])
        }
        let columns = header.fields.map { $0.lowercased() }
        var problems: [RowProblem] = []
        func column(_ name: String) -> Int? {
            let index = columns.firstIndex(of: name)
            if index == nil {
                problems.append(RowProblem(file: fileName, line: header.line, field: "header",
                                             value: columns.joined(separator: ","), error: .headerMustNameColumn(column: name)))
            }
            return index
        }
        let codeColumn = column("code"), nameColumn = column("name"), kindColumn = column("kind")
        let englishColumn = columns.firstIndex(of: "name_en")
        let roleColumn = columns.firstIndex(of: "role")
        guard let codeColumn, let nameColumn, let kindColumn else { throw RowsRejected(problems: problems) }

        var accounts: [Account] = []
        var kinds: [AccountCode: Account.Kind] = [:]
        for record in records.dropFirst() {
            func field(_ index: Int) -> String { index < record.fields.count ? record.fields[index] : "" }
            let rawCode = field(codeColumn)
            do throws(LedgerError) {
                let code = try AccountCode(rawCode)
                let kind = try Account.Kind(parsing: field(kindColumn))
                let name = field(nameColumn)
                guard !name.isEmpty else { throw .fieldMustBePresent(field: "name") }
                guard kinds[code] == nil else { throw .accountCodeMustBeUnique(code: code.rawValue) }
                if let parent = code.parent {
                    guard let parentKind = kinds[parent] else { throw .accountParentMustExist(code: parent.rawValue) }
                    guard parentKind == kind else {
                        throw .accountKindMustMatchParent(code: code.rawValue, parentKind: parentKind.rawValue)
                    }
                }
                kinds[code] = kind
                let role = roleColumn.map { field($0).trimmingSpaces() } ?? ""
                guard role.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                    throw .fieldMustBePresent(field: "role (letters and digits)")
                }
                accounts.append(Account(code: code, name: name,
                                        nameEnglish: englishColumn.map { field($0) } ?? "", kind: kind, role: role))
            } catch {
                let fieldName: String
                switch error.rule {
                case .accountKindMustBeKnown: fieldName = "kind"
                case .fieldMustBePresent: fieldName = "name"
                default: fieldName = "code"
                }
                let value = fieldName == "kind" ? field(kindColumn) : fieldName == "name" ? field(nameColumn) : rawCode
                problems.append(RowProblem(file: fileName, line: record.line, field: fieldName, value: value, error: error))
            }
        }
        guard problems.isEmpty else { throw RowsRejected(problems: problems) }
        return accounts
    }
}
