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

    /// Imports a declarations file in one transaction.
    ///
    /// The rows are checked and added as they are read (`PayrollDeclarationFile` over the store's
    /// `DeclarationSession`); a bad row anywhere, or the same content imported before, and the
    /// transaction rolls back with nothing written.
    /// - Throws: `RowsRejected` listing every bad row; `LedgerError.fileMustBeReadable`, also
    ///   when the file changes while it is read.
    /// - Complexity: one pass over the file after its sha256; memory O(units), on a store that
    ///   looks declarations up (SQLite), plus a little per row repeating the figures on file.
    public func importFile(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> PayrollImportOutcome {
        // The bytes first: the same file again is answered before the write lock is taken.
        let fileDigest = try InputFile.digest(path: path, displayName: displayName)
        if let previous = try store.read({ try $0.previousImport(kind: .payroll, sha256: fileDigest) }) {
            return .alreadyImported(fileName: previous.fileName, at: previous.importedAt)
        }
        do {
            return try store.write(user: user, volume: .file(bytes: InputFile.size(path: path) ?? 0)) { transaction in
                // Looked up again under the write lock: the first look was taken before it.
                if let previous = try transaction.previousImport(kind: .payroll, sha256: fileDigest) {
                    return .alreadyImported(fileName: previous.fileName, at: previous.importedAt)
                }
                let importID = try transaction.recordImport(kind: .payroll, fileName: displayName, sha256: fileDigest, rowCount: 0)
                let declarations = try transaction.declarationSession(importID: importID)
                var file = PayrollDeclarationFile(fileName: displayName, units: try transaction.unitCodes(),
                                                  declarations: declarations, latestMonth: latestMonth)
                // The register's rows are written on a second thread while this one reads on.
                let fingerprint = try declarations.writingRowsInBackground {
                    try InputFile.forEachRawRecordFingerprinted(path: path, displayName: displayName, encoding: encoding) { line, bytes, fields in
                        try file.read(line: line, bytes: bytes, fields: fields)
                    }
                }
                guard fingerprint.fileSHA256 == fileDigest else {
                    throw LedgerError.fileMustBeReadable(path: displayName, reason: "the file changed while it was read")
                }
                // The same rows saved again another way: recognised only now that they are read,
                // before any row's problem (a file imported before is reported as imported).
                if let previous = try transaction.importedContent(kind: RegisterFileKind.payroll.rawValue,
                                                                  digest: fingerprint.contentSHA256) {
                    throw ContentImportedBefore(previous: PreviousImport(fileName: previous.fileName, importedAt: previous.importedAt))
                }
                let checked = try file.finish()
                try declarations.finish()
                try transaction.recordImportRowCount(importID: importID, rows: checked.rows)
                try transaction.recordImportedContent(kind: RegisterFileKind.payroll.rawValue, digest: fingerprint.contentSHA256,
                                                      fileName: displayName, rows: checked.rows)
                try transaction.recordEvent(organisation: nil, action: "payroll.import",
                                            detail: "\(displayName): \(checked.rows) rows, \(checked.new) new, \(checked.corrected) corrected, \(checked.unchanged) unchanged")
                return .imported(rows: checked.rows, new: checked.new, corrected: checked.corrected, unchanged: checked.unchanged)
            }
        } catch let recognised as ContentImportedBefore {
            return .alreadyImported(fileName: recognised.previous.fileName, at: recognised.previous.importedAt)
        }
    }

    /// The same content as an earlier import, found once the file was read: the transaction rolls back.
    private struct ContentImportedBefore: Error {
        var previous: PreviousImport
    }
}
