import InputFiles
import Crypto
import LedgerCore

/// The tamper-evident journal: each posted voucher stores
/// `sha256(previous voucher's hash ‖ canonical encoding of itself)`, the first one chaining from
/// 32 zero bytes. Any change made behind the engine's back breaks the chain at that voucher.
///
/// The encoding has versions; each voucher records the one it was hashed with
/// (`voucher.chain_version`), so books written by earlier versions verify unchanged:
/// ```
/// v1  id, organisation, date, number, kind, reverses, summary, prepared by, posted at, source,
///     external reference; per posting: code, side, amount, memo
/// v2  v1 + attachments, fund and the approval record (who reviewed, signed, decided)
/// v3  v2 + per posting: budget line, counterparty            (written since migration 0008)
/// ```
public enum JournalChain {
    public static let genesis = [UInt8](repeating: 0, count: 32)

    public enum Version: Int, CaseIterable, Sendable {
        case v1 = 1, v2, v3
        /// What the posting path writes.
        public static let current = Version.v3

        /// `gonghui-voucher-v1`…: spelled out, since it is written once per voucher hashed.
        public var tag: String {
            switch self {
            case .v1: "gonghui-voucher-v1"
            case .v2: "gonghui-voucher-v2"
            case .v3: "gonghui-voucher-v3"
            }
        }
    }

    /// One posting as hashed. Dimensions are `nil` when absent (never empty: the posting path
    /// refuses an empty dimension, so `""` in the encoding means none).
    public struct Line: Sendable {
        public var code: String
        public var side: String
        public var amountFen: Int64
        public var memo: String
        public var budgetLine: String? = nil
        public var counterparty: String? = nil

        public init(code: String, side: String, amountFen: Int64, memo: String, budgetLine: String? = nil, counterparty: String? = nil) {
            self.code = code
            self.side = side
            self.amountFen = amountFen
            self.memo = memo
            self.budgetLine = budgetLine
            self.counterparty = counterparty
        }
    }

    /// The approval record as hashed: the stored text of each field, so a value edited into
    /// something that no longer parses still hashes (and breaks the chain) rather than failing.
    /// `Text` is `String` on the posting path and SQLite's own column bytes in `verify`.
    public struct ApprovalFields<Text: ChainText> {
        public var preparedBy: Text
        public var reviewedBy: Text
        public var reviewedAt: Text
        public var singleOperator: Text
        public var signoffBy: Text
        public var signoffDate: Text
        public var decisionReference: Text
        public var decisionDate: Text

        public init(preparedBy: Text, reviewedBy: Text, reviewedAt: Text, singleOperator: Text, signoffBy: Text,
             signoffDate: Text, decisionReference: Text, decisionDate: Text) {
            self.preparedBy = preparedBy
            self.reviewedBy = reviewedBy
            self.reviewedAt = reviewedAt
            self.singleOperator = singleOperator
            self.signoffBy = signoffBy
            self.signoffDate = signoffDate
            self.decisionReference = decisionReference
            self.decisionDate = decisionDate
        }
    }

    public typealias ApprovalText = ApprovalFields<String>

    /// The fields that make a voucher what it is, in a fixed order and encoding.
    public struct Entry: Sendable {
        public var id: Int64
        public var organisation: String
        public var date: String
        public var number: Int
        public var kind: String
        public var reverses: Int64?
        public var summary: String
        public var preparedBy: String
        public var postedAt: String
        public var source: String
        public var externalReference: String
        /// In line order.
        public var postings: [Line]
        public var version: Version = .current
        public var attachments: Int = 0
        public var approval: ApprovalText? = nil
        public var fund: String = ""

        public init(id: Int64, organisation: String, date: String, number: Int, kind: String, reverses: Int64?, summary: String,
                    preparedBy: String, postedAt: String, source: String, externalReference: String, postings: [Line],
                    version: Version = .current, attachments: Int = 0, approval: ApprovalText? = nil, fund: String = "") {
            self.id = id
            self.organisation = organisation
            self.date = date
            self.number = number
            self.kind = kind
            self.reverses = reverses
            self.summary = summary
            self.preparedBy = preparedBy
            self.postedAt = postedAt
            self.source = source
            self.externalReference = externalReference
            self.postings = postings
            self.version = version
            self.attachments = attachments
            self.approval = approval
            self.fund = fund
        }
    }

    /// Version tag, then fields separated by the ASCII unit separator (0x1F) and postings by the
    /// record separator (0x1E), which cannot occur in any field.
    public static func canonicalBytes(_ entry: Entry) -> [UInt8] {
        var writer = Writer()
        writer.header(version: entry.version, id: entry.id, organisation: entry.organisation, date: entry.date, number: entry.number,
                      kind: entry.kind, reverses: entry.reverses, summary: entry.summary, preparedBy: entry.preparedBy,
                      postedAt: entry.postedAt, source: entry.source, externalReference: entry.externalReference,
                      attachments: entry.attachments, fund: entry.fund, approval: entry.approval)
        for posting in entry.postings {
            writer.line(version: entry.version, code: posting.code, side: posting.side, amountFen: posting.amountFen, memo: posting.memo,
                        budgetLine: posting.budgetLine, counterparty: posting.counterparty)
        }
        return writer.bytes
    }

    public static func hash(previous: [UInt8], entry: Entry) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: previous)
        hasher.update(data: canonicalBytes(entry))
        return Array(hasher.finalize())
    }

    /// `sha256(previous ‖ bytes)`.
    public static func hash(previous: [UInt8], canonical bytes: [UInt8]) -> [UInt8] {
        var digest: [UInt8] = []
        hash(previous: previous, canonical: bytes, into: &digest)
        return digest
    }

    /// `sha256(previous ‖ bytes)` written over `digest`, made 32 bytes if it is not: a walk
    /// over the journal reuses two buffers instead of allocating one a link.
    public static func hash(previous: [UInt8], canonical bytes: [UInt8], into digest: inout [UInt8]) {
        bytes.withUnsafeBytes { hash(previous: previous, canonical: $0, into: &digest) }
    }

    /// `sha256(previous ‖ what writer holds)` written over `digest`, the encoding read in place.
    public static func hash(previous: [UInt8], canonical writer: Writer, into digest: inout [UInt8]) {
        writer.withBytes { hash(previous: previous, canonical: $0, into: &digest) }
    }

    private static func hash(previous: [UInt8], canonical bytes: UnsafeRawBufferPointer, into digest: inout [UInt8]) {
        var hasher = SHA256()
        previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: bytes)
        let result = hasher.finalize()
        // Copied as one buffer: `Array(digest)` goes element by element through the Sequence path.
        if digest.count != SHA256.byteCount { digest = [UInt8](repeating: 0, count: SHA256.byteCount) }
        result.withUnsafeBytes { source in digest.withUnsafeMutableBytes { $0.copyMemory(from: source) } }
    }

    public static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }
}

extension JournalChain.ApprovalFields: Sendable where Text: Sendable {}

extension JournalChain.ApprovalFields where Text == String {
    /// The record as the posting path writes it (`voucher_approval`, text for text).
    public init(_ approval: VoucherApproval) {
        self.init(preparedBy: approval.preparedBy, reviewedBy: approval.reviewedBy, reviewedAt: approval.reviewedAt,
                  singleOperator: approval.singleOperator ? "1" : "0", signoffBy: approval.signoff?.by ?? "",
                  signoffDate: approval.signoff?.date.description ?? "", decisionReference: approval.decision?.reference ?? "",
                  decisionDate: approval.decision?.date.description ?? "")
    }
}
