import LedgerCore

/// A posted voucher as a journal export reads it: the voucher and its postings, with the printed
/// label of the voucher it reverses (红字冲销), if any. Approvals are not read.
public struct JournalVoucher: Sendable, Hashable {
    public var voucher: PostedVoucher
    /// `记-2026-01-003` of the reversed voucher, for a red-ink reversal.
    public var reversedLabel: String?

    public init(voucher: PostedVoucher, reversedLabel: String?) {
        self.voucher = voucher
        self.reversedLabel = reversedLabel
    }
}
