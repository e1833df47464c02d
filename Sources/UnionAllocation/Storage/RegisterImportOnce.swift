import InputFiles
import LedgerStore

/// A register file is imported once by its content: the same rows saved again with other line
/// ends, encoding or quoting are recognised (`RecordDigest`), as is the same file by its bytes
/// (the only key books written before content digests have).
extension AllocationTransaction {
    func previousImport(kind: RegisterFileKind, fingerprint: ImportFingerprint) throws -> PreviousImport? {
        if let previous = try previousImport(kind: kind, sha256: fingerprint.fileSHA256) { return previous }
        guard let content = try importedContent(kind: kind.rawValue, digest: fingerprint.contentSHA256) else { return nil }
        return PreviousImport(fileName: content.fileName, importedAt: content.importedAt)
    }

    func recordImport(kind: RegisterFileKind, fileName: String, fingerprint: ImportFingerprint, rowCount: Int) throws -> Int64 {
        let id = try recordImport(kind: kind, fileName: fileName, sha256: fingerprint.fileSHA256, rowCount: rowCount)
        try recordImportedContent(kind: kind.rawValue, digest: fingerprint.contentSHA256, fileName: fileName, rows: rowCount)
        return id
    }
}

extension AllocationStore {
    /// What importing the register file at `path` adds: nothing when its bytes were imported
    /// before (the write answers "imported" and adds nothing), else the file's size.
    func importVolume(kind: RegisterFileKind, fingerprint: ImportFingerprint, path: String) throws -> WriteVolume {
        let seen = try read { try $0.previousImport(kind: kind, sha256: fingerprint.fileSHA256) } != nil
        return seen ? .small : .file(bytes: InputFile.size(path: path) ?? 0)
    }
}
