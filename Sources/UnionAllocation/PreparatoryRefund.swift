import UnionCore
import InputFiles
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

extension RemittanceBook {
    /// An employer that paid the preparatory fund (筹备金) has formed its union: the federation
    /// returns the refundable share of what it received (重庆市工会条例 art. 36; DOMAIN §2.5),
    /// 借 应付建会筹备金 贷 银行存款, and the unit is collected under `channel` from now on. When
    /// the new union's books are in the file it books 借 银行存款 贷 拨缴经费收入.
    ///
    /// Only what was received is refunded: the share held for months still unpaid stays in
    /// 应付建会筹备金 until those months are paid (and is not refunded automatically then).
    /// - Returns: the amount refunded.
    /// - Throws: `.unitMustHavePaidPreparatoryFund`, `.refundMustNotBeRepeated`.
    @discardableResult
    public func refundPreparatoryFund(unit code: String, on date: LocalDate, newChannel: CollectionChannel) throws -> Money {
        try database.withPostingBatch(user: user) { batch in
            let db = batch.db
            let directory = try UnitDirectory(db)
            guard let unit = directory.unit(code: code) else { throw AllocationError.unitMustBeRegistered(code: code) }
            if let earlier = try String.fetchOne(db, sql: "SELECT date FROM preparatory_refund WHERE unit_id = ?", arguments: [unit.id]) {
                throw AllocationError.refundMustNotBeRepeated(code: code, date: earlier)
            }
            let refund = try Self.shareOfReceived(unitID: unit.id, channels: ["prep"], db: db)
            guard refund.fen > 0, let collector = directory.collector(of: unit) else {
                throw AllocationError.unitMustHavePaidPreparatoryFund(code: code)
            }
            try batch.post(VoucherDraft(date: date, summary: String("返还\(unit.name)建会筹备金".prefix(VoucherDraft.summaryLengthMax)), postings: [
                Posting(account: try AccountCode(FundAccount.preparatoryFundPayable), side: .debit, amount: refund, memo: unit.code),
                Posting(account: try AccountCode(FundAccount.bank), side: .credit, amount: refund, memo: unit.code),
            ], source: "remit refund", externalReference: "refund:\(unit.code)"), into: collector.code)
            if unit.keepsBooks {
                try batch.post(VoucherDraft(date: date, summary: "收到上级返还建会筹备金", postings: [
                    Posting(account: try AccountCode(FundAccount.bank), side: .debit, amount: refund, memo: collector.code),
                    Posting(account: try AccountCode(FundAccount.allocatedIncome), side: .credit, amount: refund, memo: collector.code),
                ], source: "remit refund", externalReference: "refund:\(unit.code)"), into: unit.code)
            }
            try db.execute(sql: "INSERT INTO preparatory_refund(unit_id, date, amount_fen, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [unit.id, date.description, refund.fen, database.clock.now(), user])
            try db.execute(sql: "UPDATE organisation SET channel = ? WHERE id = ?", arguments: [newChannel.rawValue, unit.id])
            try batch.recordEvent(organisation: collector.code, action: "prep.refund", detail: "\(code): \(refund.plainString), now \(newChannel.rawValue)")
            return refund
        }
    }
}
