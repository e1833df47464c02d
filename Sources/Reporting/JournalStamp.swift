/// The books' journal head as a report's footer carries it: kept apart from the file (printed,
/// filed, mailed), it shows later whether anything recorded before it changed or disappeared.
/// JSON documents carry it as `"journal":{"records","head"}`; table, Markdown, HTML, XLSX and DOCX
/// as `line` under the signatures. CSV carries data only (no notes, no signatures), so no footer:
/// a trailing row would break every program that reads it.
public struct JournalStamp: Sendable, Equatable, Encodable {
    public var records: Int64
    /// The head hash, short (its first 12 hex digits): enough to compare with the file later;
    /// the full head is for `gonghui seal`.
    public var head: String
    /// The footer line, in the report's language (not encoded).
    public var line: String

    public init(records: Int64, head: String, line: String) {
        self.records = records
        self.head = head
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case records, head }
}
