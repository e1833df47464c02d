/// An earlier import of the same content (`RecordDigest`): the file it came from, when, how many rows.
public struct ImportedContent: Sendable, Hashable {
    public var fileName: String
    public var importedAt: String
    public var rows: Int

    public init(fileName: String, importedAt: String, rows: Int) {
        self.fileName = fileName
        self.importedAt = importedAt
        self.rows = rows
    }
}

/// Which contents a store has imported, so an import run twice (the same rows saved again with
/// other line ends, encoding or quoting) writes nothing the second time.
///
/// `kind` names the import (`remittance`, `dues`, `changeover`, …); the digest is a `RecordDigest`.
public protocol ImportedContentLog {
    func importedContent(kind: String, digest: String) throws -> ImportedContent?
    func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws
}
