import LedgerCore
import UnionCore

extension RemittanceBook {
    /// An employer that paid the preparatory fund (筹备金) has formed its union: the federation
    /// returns the refundable share of what it received (重庆市工会条例 art. 36; DOMAIN §2.5),
    /// 借 应付建会筹备金 贷 银行存款, and the unit is collected under `channel` from now on. When
    /// the new union's books are in the file it books 借 银行存款 贷 拨缴经费收入.
    ///
    /// Only what was received is refunded: the share held for months before formation still
    /// unpaid stays held until they are paid, and is refunded then, with the receipt that pays
    /// them (`record`). Called again after formation, it refunds what is still due back (a share
    /// an earlier version left held) and leaves the channel alone; with nothing due back it is
    /// refused. No money is refunded twice (`RetainedShare.toRefund`).
    /// - Returns: what it did.
    /// - Throws: `.unitMustBeRegistered`, `.unitMustHavePaidPreparatoryFund`, `.refundMustNotBeRepeated`.
    @discardableResult
    public func refundPreparatoryFund(unit code: String, on date: LocalDate,
                                      newChannel: CollectionChannel) throws -> PreparatoryRefundOutcome {
        try store.write(user: user) { transaction in
            let directory = try transaction.directory(structureOnly: false)
            guard let unit = directory.unit(code: code) else { throw AllocationError.unitMustBeRegistered(code: code) }
            let position = try transaction.position(unitID: unit.id)
            let refund = try RetainedShare.toRefund(position)
            if let formedOn = position.formedOn, !refund.isPositive {
                throw AllocationError.refundMustNotBeRepeated(code: code, date: formedOn.description)
            }
            guard refund.isPositive, let collector = directory.collector(of: unit) else {
                throw AllocationError.unitMustHavePaidPreparatoryFund(code: code)
            }
            let formation = position.formedOn == nil
            let reference = formation ? "refund:\(code)" : "refund:\(code):\(date)"
            for voucher in try ReceiptVouchers.refund(refund, on: date, unit: unit, collector: collector, charts: try transaction.chartRoles(),
                                                      reference: reference) {
                try transaction.post(voucher.draft, into: voucher.organisation)
            }
            try transaction.recordPreparatoryRefund(unitID: unit.id, date: date, amount: refund, receiptID: nil)
            if formation { try transaction.setChannel(unitID: unit.id, to: newChannel) }
            let channel = formation ? newChannel : unit.channel
            try transaction.recordEvent(organisation: collector.code, action: "prep.refund",
                                        detail: "\(code): \(refund.plainString)" + (formation ? ", now \(newChannel.rawValue)" : ", after formation"))
            return PreparatoryRefundOutcome(unit: code, date: date, refunded: refund, formation: formation, channel: channel,
                                            vouchers: transaction.postedCount)
        }
    }
}
