import InputFiles
import LedgerCore
import UnionCore

/// Receipts (缴款) and what they post: at the federation 借 银行存款 贷 应收下级经费; at the unit,
/// when its books are here and it paid itself, 借 应付上级经费 贷 银行存款. Under tax-full and fiscal
/// collection the federation passes the retained share of what it received down at once:
/// 借 应付下级转拨经费 贷 银行存款, and at the unit 借 银行存款 贷 应收上级经费 (`ReceiptVouchers`).
/// Once a preparatory-fund employer has formed its union, money received for a month before
/// formation brings its refundable share back at once, as the refund on formation did.
public struct RemittanceBook: Sendable {
    public let store: any AllocationStore
    public let user: String
    /// Where an import's cache of units' positions starts again (tests set it low).
    var positionsCachedMax = RemittanceBook.positionsCachedMax
    /// From how many units of a file their allocation months are read in one pass, and how many
    /// months at most (tests set them low).
    var unitsReadInOnePassMin = RemittanceBook.unitsReadInOnePassMin
    var allocationMonthsReadMax = RemittanceBook.allocationMonthsReadMax

    public init(store: any AllocationStore, user: String) {
        self.store = store
        self.user = user
    }

    /// Records one receipt in one transaction.
    /// - Returns: what it did: the retained share passed down (tax-full, fiscal), the preparatory
    ///   fund refunded (a month before formation paid after it), the vouchers posted.
    /// - Throws: `.unitMustBeRegistered`, `LedgerError.amountMustBePositive`, `.receiptMustNotBeRecordedTwice`.
    @discardableResult
    public func record(_ entry: RemittanceEntry) throws -> ReceiptOutcome {
        try store.write(user: user) { transaction in
            let directory = try transaction.directory(structureOnly: false)
            guard let unit = directory.unit(code: entry.unit) else { throw AllocationError.unitMustBeRegistered(code: entry.unit) }
            guard entry.amount.isPositive else { throw LedgerError.amountMustBePositive(line: 0, value: entry.amount.plainString) }
            if !entry.reference.isEmpty, try transaction.isReceiptRecorded(unitID: unit.id, reference: entry.reference) {
                throw AllocationError.receiptMustNotBeRecordedTwice(unit: entry.unit, reference: entry.reference)
            }
            let booked = try Self.book(entry, unit: unit, directory: directory, charts: try transaction.chartRoles(),
                                       source: "remit record", importID: nil, position: try transaction.position(unitID: unit.id),
                                       in: transaction)
            return ReceiptOutcome(receipts: 1, amount: entry.amount, passedDown: booked.passedDown, refunded: booked.refunded,
                                  vouchers: transaction.postedCount)
        }
    }

    /// Imports bank or tax-office receipts: `unit_code,date,amount[,month][,ref][,payer]` or
    /// `单位编码,日期,金额[,所属期][,单据号][,缴款方]`. Every row is checked first (`RemittanceFile`);
    /// any bad row and nothing is written; the same file again is a no-op.
    /// - Throws: `RowsRejected` listing every bad row; `LedgerError.fileMustBeReadable`.
    /// - Complexity: memory O(units), not O(rows): the checked rows wait in the store's
    ///   `ReceiptQueue`, and at most `positionsCachedMax` entries of units' positions are kept.
    public func importFile(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> RemittanceImportOutcome {
        let digest = try InputFile.fingerprint(path: path, displayName: displayName, encoding: encoding)
        let volume = try store.importVolume(kind: .remittance, fingerprint: digest, path: path)
        return try store.write(user: user, volume: volume) { transaction in
            if let previous = try transaction.previousImport(kind: .remittance, fingerprint: digest) {
                return .alreadyImported(fileName: previous.fileName, at: previous.importedAt)
            }
            let directory = try transaction.directory(structureOnly: false)
            // Its tables, if it keeps any, go with the transaction when a bad row rolls it back.
            let queue = try transaction.receiptQueue()
            var file = RemittanceFile(fileName: displayName, directory: directory, queue: queue) { unitID, reference in
                try transaction.isReceiptRecorded(unitID: unitID, reference: reference)
            }
            try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
                try file.read(line: line, fields: fields)
            }
            let receipts = try file.finish()
            let importID = try transaction.recordImport(kind: .remittance, fileName: displayName, fingerprint: digest, rowCount: receipts)
            let charts = try transaction.chartRoles()
            var outcome = ReceiptOutcome(receipts: receipts, amount: .zero, passedDown: .zero, refunded: .zero, vouchers: [:])
            // Each unit's position is read once and kept up to date here: re-reading it per receipt
            // (every receipt of the unit, each time) made an import quadratic in a unit's receipts.
            // A file booking a tenth of the units or more: their allocation months read in one pass
            // (booking receipts writes no allocation, so they hold for the whole import).
            let allocationMonths = file.unitIDs.count >= unitsReadInOnePassMin && file.unitIDs.count * 10 >= directory.byID.count
                ? try transaction.allocationMonths(of: file.unitIDs, rowsMax: allocationMonthsReadMax) : nil
            // With the months at hand a position dropped is three seeks to read again, not one in
            // every month: a fifth of the cache does (8 MB less at 50,000 units, no slower).
            var positions = UnitPositionCache(entriesMax: allocationMonths == nil ? positionsCachedMax : max(1, positionsCachedMax / 5))
            try queue.forEachByDate { line, entry in
                guard let unit = directory.unit(code: entry.unit) else { return }
                let position = try positions[unit.id]
                    ?? allocationMonths?.allocations(unitID: unit.id).map { try transaction.position(unitID: unit.id, allocations: $0) }
                    ?? transaction.position(unitID: unit.id)
                let booked = try Self.book(entry, unit: unit, directory: directory, charts: charts, source: "\(displayName):\(line)",
                                           importID: importID, position: position, in: transaction)
                positions[unit.id] = booked.position
                outcome.amount = try outcome.amount.adding(entry.amount)
                outcome.passedDown = try outcome.passedDown.adding(booked.passedDown)
                outcome.refunded = try outcome.refunded.adding(booked.refunded)
            }
            try queue.close()
            try transaction.recordEvent(organisation: nil, action: "remit.import", detail: "\(displayName): \(receipts) receipts")
            outcome.vouchers = transaction.postedCount
            return .imported(outcome)
        }
    }

    /// Months and receipts of units' positions kept between receipts (≈ 200 bytes each, so
    /// about 10 MB); past that the cache starts again, and a unit booked again is read again.
    static let positionsCachedMax = 50_000

    /// Units' allocation months are read in one pass for a file of this many units or more (and a
    /// tenth of the register): fewer are sought one by one sooner than every month is read.
    static let unitsReadInOnePassMin = 1_000
    /// At most this many of those unit-months are held (20 bytes each, so 20 MB): a year of 83,000 units.
    static let allocationMonthsReadMax = 1_000_000

    /// Records a receipt, works out what passes down and what is refunded with it, and posts them.
    /// - Parameter position: the unit's position before this receipt (as `AllocationReads.position` reads it).
    /// - Returns: the retained share passed down, the preparatory fund refunded, and the position after.
    static func book(_ entry: RemittanceEntry, unit: UnitDirectory.Unit, directory: UnitDirectory, charts: [String: ChartRoles],
                     source: String, importID: Int64?, position before: UnitPosition,
                     in transaction: any AllocationTransaction) throws -> (passedDown: Money, refunded: Money, position: UnitPosition) {
        let receipt = NewReceipt(unitID: unit.id, date: entry.date, amount: entry.amount, month: entry.month,
                                 payer: entry.payer ?? unit.channel.payer, reference: entry.reference, source: source, importID: importID)
        let collector = directory.collector(of: unit)
        let receiptID = try transaction.recordReceipt(receipt)
        var position = before
        try position.receive(ReceiptMatching.Receipt(date: receipt.date, amount: receipt.amount, month: receipt.month))
        // Tax-full and fiscal: the retained share of what has now been received (this receipt
        // included) goes down at once; it is booked when the collector's books are here to pass it.
        let returned = try RetainedShare.toPassDown(position)
        if returned.isPositive, collector != nil {
            try transaction.recordReturned(receiptID: receiptID, amount: returned)
            position.returned = try position.returned.adding(returned)
        }
        for voucher in try ReceiptVouchers.receipt(receipt, id: receiptID, unit: unit, collector: collector, returned: returned, charts: charts) {
            try transaction.post(voucher.draft, into: voucher.organisation)
        }
        // A union already formed: money now received for a month before formation brings its
        // refundable share back (the new amount only), dated no earlier than the formation.
        guard let formedOn = position.formedOn, let collector else { return (returned, .zero, position) }
        let refund = try RetainedShare.toRefund(position)
        guard refund.isPositive else { return (returned, .zero, position) }
        let date = max(receipt.date, formedOn)
        for voucher in try ReceiptVouchers.refund(refund, on: date, unit: unit, collector: collector, charts: charts,
                                                  reference: "refund:remittance:\(receiptID)", source: source) {
            try transaction.post(voucher.draft, into: voucher.organisation)
        }
        try transaction.recordPreparatoryRefund(unitID: unit.id, date: date, amount: refund, receiptID: receiptID)
        position.refunded = try position.refunded.adding(refund)
        return (returned, refund, position)
    }
}
