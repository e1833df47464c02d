import LedgerCore
import LedgerStore
import UnionAllocation

/// What `verify --format json` prints: `{"verified","findings":[{"check","organisation","voucher_id","detail","message"}],
/// "journal_head":{"vouchers","sha256"}}`. `check` is the finding's kind (`chainBroken`,
/// `balanceMismatch`, … as `VerifyFinding.Kind`, or `mirror` / `control` for the cross-books
/// check), `voucher_id` null when no voucher is concerned; `message` is the sentence in the
/// chosen language (the only value that follows `--lang`).
struct VerifyDocument: Encodable, Sendable {
    struct Finding: Encodable, Sendable {
        var check: String
        var organisation: String
        var voucher_id: Int64?
        var detail: String
        var message: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(check, forKey: .check)
            try container.encode(organisation, forKey: .organisation)
            try container.encode(voucher_id, forKey: .voucher_id)   // null, not absent
            try container.encode(detail, forKey: .detail)
            try container.encode(message, forKey: .message)
        }
        enum Keys: String, CodingKey { case check, organisation, voucher_id, detail, message }
    }
    struct Head: Encodable, Sendable {
        var vouchers: Int64
        var sha256: String
    }
    var verified: Bool
    var findings: [Finding]
    var journal_head: Head

    init(ledger: [VerifyFinding], mirror: [MirrorFinding], head: (vouchers: Int64, hash: String), language: Language) {
        findings = ledger.map { finding in
            Finding(check: finding.kind.rawValue, organisation: finding.organisation, voucher_id: finding.voucherID,
                    detail: finding.detail, message: finding.message(in: language))
        } + mirror.map { finding in
            Finding(check: finding.unit == "*" ? "control" : "mirror", organisation: finding.unit == "*" ? finding.federation : finding.unit,
                    voucher_id: nil, detail: finding.month.description, message: finding.message(in: language))
        }
        verified = findings.isEmpty
        journal_head = Head(vouchers: head.vouchers, sha256: head.hash)
    }
}
