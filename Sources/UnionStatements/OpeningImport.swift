import InputFiles
import LedgerCore
import LedgerStore

/// Opening balances (`opening`, `changeover`) come in once per file content: the same trial
/// balance again, whatever its line ends, encoding or quoting, is recognised and nothing is posted
/// (the year check `OpeningBalances.requireNone` then stops any other file from doubling them).
public enum OpeningImport {
    /// The kind both commands record: a trial balance taken by one is recognised by the other.
    static let kind = "opening"

    public enum Outcome: Sendable {
        case posted(PostedVoucher)
        case recognised(ImportedContent)
    }

    /// The content digest of the file's text; nil when it does not parse (its reader then says why).
    public static func digest(of text: String, fileName: String) throws -> (digest: String, records: Int)? {
        InputFile.contentDigest(ofText: text)
    }

    /// The earlier import of the same content into these books, if any.
    public static func previous(_ content: (digest: String, records: Int)?, in books: any Books) throws -> ImportedContent? {
        guard let content else { return nil }
        return try books.transaction { transaction in try transaction.importedContent(kind: kind, digest: content.digest) }
    }

    /// Posts the opening voucher and records the content, in one transaction (checking again
    /// inside it, so two runs at once cannot both post).
    public static func post(_ draft: VoucherDraft, content: (digest: String, records: Int)?, fileName: String,
                            into books: any Books) throws -> Outcome {
        try books.transaction { transaction in
            if let content, let previous = try transaction.importedContent(kind: kind, digest: content.digest) {
                return .recognised(previous)
            }
            let posted = try transaction.post(draft)
            if let content {
                try transaction.recordImportedContent(kind: kind, digest: content.digest, fileName: fileName,
                                                     rows: max(0, content.records - 1))   // rows below the header
            }
            return .posted(posted)
        }
    }
}
