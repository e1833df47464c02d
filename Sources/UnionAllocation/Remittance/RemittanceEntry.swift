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

/// What `remit import` did.
public enum RemittanceImportOutcome: Equatable, Sendable {
    case imported(receipts: Int, total: Money)
    case alreadyImported(fileName: String, at: String)
}
