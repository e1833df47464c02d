import LedgerCore

/// Reading a user's CSV file for the modules above the store: the same streaming, encoding
/// detection (UTF-8 with or without BOM, GB18030) and quoting rules as `voucher import`; an XLSX
/// workbook's sheet or UTF-16 "Unicode text" is read as the CSV of its rows.
public enum InputFile {
    /// The file's sha256, as hex.
    /// - Throws: `LedgerError.fileMustBeReadable`.
    public static func digest(path: String, displayName: String) throws -> String {
        try CSVFileStream.digest(path: path, displayName: displayName)
    }

    /// Calls `body` with each non-blank record's line and its fields as text (trimmed, quotes undone),
    /// telling `ImportProgress` how many were read (payroll, receipts, units and budget imports).
    /// - Returns: the file's sha256, as hex.
    /// - Throws: `LedgerError.fileMustBeReadable`, `.fileMustBeCSVText`, `RowsRejected` for a malformed quote or
    ///   undecodable bytes.
    @discardableResult
    public static func forEachRecord(path: String, displayName: String, encoding: InputEncoding = .automatic,
                                     _ body: (_ line: Int, _ fields: [String]) throws -> Void) throws -> String {
        var records = 0
        return try CSVFileStream.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, bytes, parser in
            let fields = parser.fields.map { CSVRecordParser.string($0, in: bytes) }
            if fields.allSatisfy(\.isEmpty) { return }
            records += 1
            ImportProgress.reportIfDue(rows: records, vouchers: 0)
            try body(line, fields)
        }
    }
}

extension InputFile {
    /// The size of the readable plain file at `path` in bytes, links followed; nil for anything
    /// else (a folder, a missing file), whose error the import's read gives. A hint for the store
    /// (`WriteVolume.file`), never a check.
    public static func size(path: String) -> Int? { FileLook(path: path)?.size }
}
