import LedgerCore

/// A voucher a rule has drawn up for one organisation's books, to post through the one posting
/// path (`PostingBatch.post(_:into:)`).
public struct PlannedVoucher: Sendable, Hashable {
    public var organisation: String
    public var draft: VoucherDraft

    public init(organisation: String, draft: VoucherDraft) {
        self.organisation = organisation
        self.draft = draft
    }
}
