import LedgerCore

/// What `voucher import` did.
public enum ImportOutcome: Equatable, Sendable {
    case imported(vouchers: Int, rows: Int)
    /// The same file (by sha256) was imported before: nothing was done.
    case alreadyImported(fileName: String, at: String, vouchers: Int)
}

/// What a year close posted: the unrestricted result, and one voucher per restricted fund.
public struct YearCloseResult: Sendable {
    /// 收支结转 of unrestricted money into the carry-forward account; nil when the year had none.
    public var unrestricted: PostedVoucher?
    /// One closing voucher per restricted fund (专项), each into the restricted net-assets account.
    public var restricted: [PostedVoucher]

    public init(unrestricted: PostedVoucher?, restricted: [PostedVoucher]) {
        self.unrestricted = unrestricted
        self.restricted = restricted
    }
}
