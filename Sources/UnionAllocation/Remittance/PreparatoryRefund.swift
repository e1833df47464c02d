import LedgerCore
import UnionCore

extension RemittanceBook {
    /// An employer that paid the preparatory fund (筹备金) has formed its union: the federation
    /// returns the refundable share of what it received (重庆市工会条例 art. 36; DOMAIN §2.5),
    /// 借 应付建会筹备金 贷 银行存款, and the unit is collected under `channel` from now on. When
    /// the new union's books are in the file it books 借 银行存款 贷 拨缴经费收入.
    ///
    /// Only what was received is refunded: the share held for months still unpaid stays held
    /// until those months are paid (and is not refunded automatically then).
    /// - Returns: the amount refunded.
    /// - Throws: `.unitMustBeRegistered`, `.unitMustHavePaidPreparatoryFund`, `.refundMustNotBeRepeated`.
    @discardableResult
    public func refundPreparatoryFund(unit code: String, on date: LocalDate, newChannel: CollectionChannel) throws -> Money {
        try store.write(user: user) { transaction in
            let directory = try transaction.directory(structureOnly: false)
            guard let unit = directory.unit(code: code) else { throw AllocationError.unitMustBeRegistered(code: code) }
            if let earlier = try transaction.preparatoryRefundDate(unitID: unit.id) {
                throw AllocationError.refundMustNotBeRepeated(code: code, date: earlier.description)
            }
            let refund = try RetainedShare.toRefund(try transaction.position(unitID: unit.id))
            guard refund.isPositive, let collector = directory.collector(of: unit) else {
                throw AllocationError.unitMustHavePaidPreparatoryFund(code: code)
            }
            for voucher in try ReceiptVouchers.refund(refund, on: date, unit: unit, collector: collector, charts: try transaction.chartRoles()) {
                try transaction.post(voucher.draft, into: voucher.organisation)
            }
            try transaction.recordPreparatoryRefund(unitID: unit.id, date: date, amount: refund)
            try transaction.setChannel(unitID: unit.id, to: newChannel)
            try transaction.recordEvent(organisation: collector.code, action: "prep.refund",
                                        detail: "\(code): \(refund.plainString), now \(newChannel.rawValue)")
            return refund
        }
    }
}
