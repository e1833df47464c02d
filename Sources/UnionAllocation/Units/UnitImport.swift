import InputFiles
import LedgerCore
import UnionCore

/// What `org import` did.
public enum UnitImportOutcome: Equatable, Sendable {
    case imported(rows: Int, registered: Int, unchanged: Int)
    case alreadyImported(fileName: String, at: String)
}

/// Registers many units at once (a federation's thousands of employers' unions).
public struct UnitImport: Sendable {
    public let store: any AllocationStore
    public let user: String

    public init(store: any AllocationStore, user: String) {
        self.store = store
        self.user = user
    }

    /// Imports a unit register file in one transaction.
    ///
    /// The file: `code,name,kind,parent,channel[,bank_name,bank_account]` or
    /// `单位编码,单位名称,类型,上级单位,缴费方式[,开户行,账号]`. A parent may be registered already or
    /// appear anywhere in the file. A blank channel takes the policy's default for the kind. A
    /// unit already registered with the same details is left alone; with other details the row
    /// is refused (change a unit with `org set`). Any bad row and nothing is written; the same
    /// file again is a no-op. Units are registered from January of the current year.
    /// - Throws: `RowsRejected` listing every bad row; `LedgerError.fileMustBeReadable`.
    public func importFile(path: String, displayName: String, channels: ChannelTerms,
                           encoding: InputEncoding = .automatic) throws -> UnitImportOutcome {
        let digest = try InputFile.fingerprint(path: path, displayName: displayName, encoding: encoding)
        let firstPeriod = try YearMonth(year: store.clock.today().year, month: 1)
        let volume = try store.importVolume(kind: .unit, fingerprint: digest, path: path)
        return try store.write(user: user, volume: volume) { transaction in
            if let previous = try transaction.previousImport(kind: .unit, fingerprint: digest) {
                return .alreadyImported(fileName: previous.fileName, at: previous.importedAt)
            }
            let queue = try transaction.unitQueue()
            var file = UnitFile(fileName: displayName, directory: try transaction.directory(structureOnly: false), channels: channels,
                                queue: queue)
            try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
                try file.read(line: line, fields: fields)
            }
            let checked = try file.finish()
            try transaction.registerUnits(from: queue, firstPeriod: firstPeriod)
            try queue.close()
            let rows = checked.newUnits + checked.unchanged
            _ = try transaction.recordImport(kind: .unit, fileName: displayName, fingerprint: digest, rowCount: rows)
            try transaction.recordEvent(organisation: nil, action: "org.import",
                                        detail: "\(displayName): \(checked.newUnits) registered, \(checked.unchanged) unchanged")
            return .imported(rows: rows, registered: checked.newUnits, unchanged: checked.unchanged)
        }
    }
}
