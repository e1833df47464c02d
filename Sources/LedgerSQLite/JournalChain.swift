import InputFiles
import Crypto
import LedgerCore
import LedgerStore

/// The tamper-evident journal: each posted voucher stores
/// `sha256(previous voucher's hash ‖ canonical encoding of itself)`, the first one chaining from
/// 32 zero bytes. Any change made behind the engine's back breaks the chain at that voucher.
enum JournalChain {
    static let genesis = [UInt8](repeating: 0, count: 32)

    /// The fields that make a voucher what it is, in a fixed order and encoding.
    struct Entry {
        var id: Int64
        var organisation: String
        var date: String
        var number: Int
        var kind: String
        var reverses: Int64?
        var summary: String
        var preparedBy: String
        var postedAt: String
        var source: String
        var externalReference: String
        /// (account code, "D"/"C", amount in fen, memo) in line order.
        var postings: [(code: String, side: String, amountFen: Int64, memo: String)]
        /// 1 for vouchers posted before attachments and approvals were recorded; 2 since.
        var version: Int = 2
        var attachments: Int = 0
        var approval: VoucherApproval? = nil
        var fund: String = ""
    }

    /// Version tag, then fields separated by the ASCII unit separator (0x1F) and postings by the
    /// record separator (0x1E), which cannot occur in any field.
    static func canonicalBytes(_ entry: Entry) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(160 + entry.postings.count * 32)
        func field(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x1F)
        }
        field(entry.version == 1 ? "gonghui-voucher-v1" : "gonghui-voucher-v2")
        field(String(entry.id))
        field(entry.organisation)
        field(entry.date)
        field(String(entry.number))
        field(entry.kind)
        field(entry.reverses.map(String.init) ?? "")
        field(entry.summary)
        field(entry.preparedBy)
        field(entry.postedAt)
        field(entry.source)
        field(entry.externalReference)
        if entry.version >= 2 {
            field(String(entry.attachments))
            field(entry.fund)
            let approval = entry.approval
            field(approval == nil ? "" : "approved")
            field(approval?.preparedBy ?? "")
            field(approval?.reviewedBy ?? "")
            field(approval?.reviewedAt ?? "")
            field(approval.map { $0.singleOperator ? "1" : "0" } ?? "")
            field(approval?.signoff?.by ?? "")
            field(approval?.signoff?.date.description ?? "")
            field(approval?.decision?.reference ?? "")
            field(approval?.decision?.date.description ?? "")
        }
        for posting in entry.postings {
            bytes.append(0x1E)
            field(posting.code)
            field(posting.side)
            field(String(posting.amountFen))
            field(posting.memo)
        }
        return bytes
    }

    static func hash(previous: [UInt8], entry: Entry) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: previous)
        hasher.update(data: canonicalBytes(entry))
        return Array(hasher.finalize())
    }

    static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }

}
