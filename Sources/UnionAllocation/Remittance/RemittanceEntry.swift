import LedgerCore
import UnionCore

/// A receipt of the 2% for a unit: from the unit itself, or from the tax office or the budget.
public struct RemittanceEntry: Sendable, Hashable {
    public var unit: String
    public var date: LocalDate
    public var amount: Money
    /// The payroll month it pays, when the payer named one; otherwise the oldest unpaid.
    public var month: YearMonth?
    public var reference: String
    /// `nil`: from the unit's channel (self, prep → unit; tax-40, tax-full → tax; fiscal → fiscal).
    public var payer: Payer?

    public init(unit: String, date: LocalDate, amount: Money, month: YearMonth? = nil, reference: String = "", payer: Payer? = nil) {
        self.unit = unit
        self.date = date
        self.amount = amount
        self.month = month
        self.reference = reference
        self.payer = payer
    }
}

/// What recording receipts did (`remit record`: one receipt; `remit import`: a file's).
public struct ReceiptOutcome: Equatable, Sendable {
    public var receipts: Int
    /// What was received, in all.
    public var amount: Money
    /// The retained share passed down with them (tax-full, fiscal).
    public var passedDown: Money
    /// The preparatory fund refunded with them: the share of months before the union was formed,
    /// paid after it was (`RetainedShare.toRefund`).
    public var refunded: Money
    /// Vouchers posted, per organisation code.
    public var vouchers: [String: Int]

    public init(receipts: Int, amount: Money, passedDown: Money, refunded: Money, vouchers: [String: Int]) {
        self.receipts = receipts
        self.amount = amount
        self.passedDown = passedDown
        self.refunded = refunded
        self.vouchers = vouchers
    }
}

/// What `remit import` did.
public enum RemittanceImportOutcome: Equatable, Sendable {
    case imported(ReceiptOutcome)
    case alreadyImported(fileName: String, at: String)
}

/// What `remit refund` did.
public struct PreparatoryRefundOutcome: Equatable, Sendable {
    public var unit: String
    public var date: LocalDate
    public var refunded: Money
    /// This refund formed the union (the first one); false for a later refund of money received since.
    public var formation: Bool
    /// How the unit's 2% is collected from now on.
    public var channel: CollectionChannel
    /// Vouchers posted, per organisation code.
    public var vouchers: [String: Int]

    public init(unit: String, date: LocalDate, refunded: Money, formation: Bool, channel: CollectionChannel, vouchers: [String: Int]) {
        self.unit = unit
        self.date = date
        self.refunded = refunded
        self.formation = formation
        self.channel = channel
        self.vouchers = vouchers
    }
}
