/// One line of a voucher list: what `voucher list` prints of a posted voucher, read without its
/// postings (the total is the voucher's stored debit total).
public struct VoucherListEntry: Sendable, Hashable {
    public var id: Int64
    public var date: LocalDate
    public var number: Int
    public var summary: String
    /// Σ debit amounts.
    public var total: Money
    public var kind: VoucherDraft.Kind
    public var reverses: Int64?
    public var reversedBy: Int64?
    /// Who entered it (制单): the approval's preparer, else who posted it.
    public var preparedBy: String

    public init(id: Int64, date: LocalDate, number: Int, summary: String, total: Money, kind: VoucherDraft.Kind,
                reverses: Int64?, reversedBy: Int64?, preparedBy: String) {
        self.id = id
        self.date = date
        self.number = number
        self.summary = summary
        self.total = total
        self.kind = kind
        self.reverses = reverses
        self.reversedBy = reversedBy
        self.preparedBy = preparedBy
    }

    public init(_ voucher: PostedVoucher) {
        self.init(id: voucher.id, date: voucher.date, number: voucher.number, summary: voucher.summary, total: voucher.total,
                  kind: voucher.kind, reverses: voucher.reverses, reversedBy: voucher.reversedBy, preparedBy: voucher.preparedBy)
    }

    /// `记-2026-01-003`.
    public var label: String { PostedVoucher.label(date: date, number: number) }
}
