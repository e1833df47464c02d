import Foundation
import InputFiles
import LedgerCore
import UnionCore

/// What `payroll import` did.
public enum PayrollImportOutcome: Equatable, Sendable {
    /// New declarations, corrections of earlier ones (a new revision, adjusted at allocate), and
    /// rows equal to what was already declared (nothing done for them).
    case imported(rows: Int, new: Int, corrected: Int, unchanged: Int)
    /// The same file (by sha256) was imported before.
    case alreadyImported(fileName: String, at: String)
}

/// Payroll declarations (工资总额申报) by unit and month.
///
/// The file: `unit_code,unit_name,month,headcount,wage_total[,channel]` or
/// `单位编码,单位名称,所属期,职工人数,工资总额[,缴费方式]`, columns in any order, UTF-8 (with or
/// without BOM) or GB18030. Every row is checked first (`PayrollDeclarationFile`); any bad row
/// and nothing is written.
public struct PayrollRegister: Sendable {
    public let store: any AllocationStore
    public let user: String
    /// The last month a declaration may be for (`DateWindow`: a typed 2062 is refused); nil: no limit.
    public let latestMonth: YearMonth?

    public init(store: any AllocationStore, user: String, latestMonth: YearMonth? = nil) {
        self.store = store
        self.user = user
        self.latestMonth = latestMonth
    }

    /// Payroll files run 35–45 bytes a row: the tables are sized once from the file's size.
    static let bytesPerRowMin = 35
    static let expectedRowsMax = 5_000_000

    /// Imports a declarations file in one transaction.
    /// - Throws: `RowsRejected` listing every bad row; `LedgerError.fileMustBeReadable`.
    /// - Complexity: one pass over the file; memory O(declarations already on file + rows).
    public func importFile(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> PayrollImportOutcome {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        return try store.write(user: user) { transaction in
            var file = PayrollDeclarationFile(fileName: displayName, directory: try transaction.directory(structureOnly: false),
                                              latest: try transaction.latestDeclarations(), latestMonth: latestMonth,
                                              expectedRows: min(size / Self.bytesPerRowMin, Self.expectedRowsMax))
            // One pass: the rows are read and the file's digests taken together. A file imported
            // before is recognised before any row's problem is raised (they are only collected
            // while reading), so it is reported as imported, as when the digests came first.
            let digest = try InputFile.forEachRecordFingerprinted(path: path, displayName: displayName, encoding: encoding) { line, fields in
                try file.read(line: line, fields: fields)
            }
            if let previous = try transaction.previousImport(kind: .payroll, fingerprint: digest) {
                return .alreadyImported(fileName: previous.fileName, at: previous.importedAt)
            }
            let checked = try file.finish()
            let importID = try transaction.recordImport(kind: .payroll, fileName: displayName, fingerprint: digest, rowCount: checked.rows)
            try transaction.recordDeclarations(checked.pending, importID: importID)
            let new = checked.pending.count - checked.corrected
            try transaction.recordEvent(organisation: nil, action: "payroll.import",
                                        detail: "\(displayName): \(checked.rows) rows, \(new) new, \(checked.corrected) corrected, \(checked.unchanged) unchanged")
            return .imported(rows: checked.rows, new: new, corrected: checked.corrected, unchanged: checked.unchanged)
        }
    }
}
