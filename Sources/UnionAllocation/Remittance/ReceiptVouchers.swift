import LedgerCore
import UnionCore

/// The vouchers a receipt, a pass-down and a preparatory-fund refund post, in each set of books
/// the file keeps (DOMAIN §2.5). Pure: the accounts come from each organisation's chart roles.
///
/// | event | federation (collector) | unit's own books |
/// |---|---|---|
/// | receipt | 借 bank / 贷 receivableFromLower | paid by the unit itself: 借 payableToHigher / 贷 bank |
/// | pass-down (tax-full, fiscal) | 借 transferPayableToLower / 贷 bank | 借 bank / 贷 receivableFromHigher |
/// | refund (筹备金) | 借 preparatoryFundPayable / 贷 bank | 借 bank / 贷 allocationRevenue |
public enum ReceiptVouchers {
    /// The receipt's vouchers, then the pass-down's when `returned` is positive.
    /// - Parameters:
    ///   - receiptID: the register row, named in each voucher's external reference.
    ///   - returned: the retained share passed down with this receipt.
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart`.
    public static func receipt(_ receipt: NewReceipt, id receiptID: Int64, unit: UnitDirectory.Unit, collector: UnitDirectory.Unit?,
                               returned: Money, charts: [String: ChartRoles]) throws -> [PlannedVoucher] {
        var vouchers: [PlannedVoucher] = []
        let amount = receipt.amount
        let reference = receipt.reference.isEmpty ? "" : "（\(receipt.reference)）"
        let external = "remittance:\(receiptID)"
        if let collector {
            let roles = Self.roles(collector.code, charts)
            vouchers.append(PlannedVoucher(organisation: collector.code, draft: VoucherDraft(
                date: receipt.date, summary: String("收到\(unit.name)拨缴经费\(reference)".prefix(VoucherDraft.summaryLengthMax)), postings: [
                    Posting(account: try roles.code(for: .bank), side: .debit, amount: amount, memo: unit.code),
                    Posting(account: try roles.code(for: .receivableFromLower), side: .credit, amount: amount, memo: receipt.payer.memo(unit: unit.code)),
                ], source: receipt.source, externalReference: external)))
        }
        if unit.keepsBooks && receipt.payer == .unit {
            let roles = Self.roles(unit.code, charts)
            vouchers.append(PlannedVoucher(organisation: unit.code, draft: VoucherDraft(
                date: receipt.date, summary: String("上解上级工会经费\(reference)".prefix(VoucherDraft.summaryLengthMax)), postings: [
                    Posting(account: try roles.code(for: .payableToHigher), side: .debit, amount: amount, memo: collector?.code ?? "上级"),
                    Posting(account: try roles.code(for: .bank), side: .credit, amount: amount, memo: unit.code),
                ], source: receipt.source, externalReference: external)))
        }
        guard returned.isPositive, let collector else { return vouchers }
        let external2 = "return:\(receiptID)"
        let federation = Self.roles(collector.code, charts)
        vouchers.append(PlannedVoucher(organisation: collector.code, draft: VoucherDraft(
            date: receipt.date, summary: "转拨\(unit.name)留成经费", postings: [
                Posting(account: try federation.code(for: .transferPayableToLower), side: .debit, amount: returned, memo: unit.code),
                Posting(account: try federation.code(for: .bank), side: .credit, amount: returned, memo: unit.code),
            ], source: receipt.source, externalReference: external2)))
        if unit.keepsBooks {
            let roles = Self.roles(unit.code, charts)
            vouchers.append(PlannedVoucher(organisation: unit.code, draft: VoucherDraft(
                date: receipt.date, summary: "收到上级转拨留成经费", postings: [
                    Posting(account: try roles.code(for: .bank), side: .debit, amount: returned, memo: collector.code),
                    Posting(account: try roles.code(for: .receivableFromHigher), side: .credit, amount: returned, memo: collector.code),
                ], source: receipt.source, externalReference: external2)))
        }
        return vouchers
    }

    /// The refund of a preparatory fund (重庆市工会条例 art. 36): at the federation, and in the new
    /// union's books when they are here.
    /// - Parameters:
    ///   - reference: each voucher's external reference: `refund:CODE` on formation,
    ///     `refund:remittance:ID` for the money of a later receipt.
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart`.
    public static func refund(_ amount: Money, on date: LocalDate, unit: UnitDirectory.Unit, collector: UnitDirectory.Unit,
                              charts: [String: ChartRoles], reference: String? = nil,
                              source: String = "remit refund") throws -> [PlannedVoucher] {
        let external = reference ?? "refund:\(unit.code)"
        let federation = Self.roles(collector.code, charts)
        var vouchers = [PlannedVoucher(organisation: collector.code, draft: VoucherDraft(
            date: date, summary: String("返还\(unit.name)建会筹备金".prefix(VoucherDraft.summaryLengthMax)), postings: [
                Posting(account: try federation.code(for: .preparatoryFundPayable), side: .debit, amount: amount, memo: unit.code),
                Posting(account: try federation.code(for: .bank), side: .credit, amount: amount, memo: unit.code),
            ], source: source, externalReference: external))]
        if unit.keepsBooks {
            let roles = Self.roles(unit.code, charts)
            vouchers.append(PlannedVoucher(organisation: unit.code, draft: VoucherDraft(
                date: date, summary: "收到上级返还建会筹备金", postings: [
                    Posting(account: try roles.code(for: .bank), side: .debit, amount: amount, memo: collector.code),
                    Posting(account: try roles.code(for: .allocationRevenue), side: .credit, amount: amount, memo: collector.code),
                ], source: source, externalReference: external)))
        }
        return vouchers
    }

    /// An organisation's chart roles; none known is a chart without roles (every lookup refused).
    static func roles(_ organisation: String, _ charts: [String: ChartRoles]) -> ChartRoles {
        charts[organisation] ?? ChartRoles(organisation: organisation, accounts: [])
    }
}
