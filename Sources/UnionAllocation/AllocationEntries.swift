import UnionCore
import InputFiles
import LedgerCore

/// The book lines one allocation makes, per channel, in the collecting federation's books and in
/// the unit's own books (DOMAIN §2.5). Lines are signed (debit positive), so an adjustment is the
/// difference between two sets of lines and a decrease simply turns a line to the other side.
///
/// The federation posts one summary voucher per allocate run (its 132 kept apart by payer); the
/// unit, when its books are here, one voucher of its own.
///
/// | channel | federation (collector) | unit's own books |
/// |---|---|---|
/// | self | 借 132 upward / 贷 402 own, 221 above | 借 102 due / 贷 402 retained, 221 upward |
/// | tax-40 | 借 132 upward / 贷 402 own, 221 above | 借 102 retained / 贷 402 retained |
/// | tax-full, fiscal | 借 132 due / 贷 402 own, 221 above, 22202 retained | 借 131 retained / 贷 402 retained |
/// | prep | 借 132 due / 贷 402 own, 221 above, 22203 held for refund | (no union yet) |
struct AllocationEntries {
    struct Key: Hashable, Comparable {
        var organisation: String
        var account: String
        var memo: String
        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.organisation, lhs.account, lhs.memo) < (rhs.organisation, rhs.account, rhs.memo)
        }
    }

    private(set) var lines: [Key: Int64] = [:]

    mutating func add(_ organisation: String, _ account: String, _ memo: String, debit fen: Int64) {
        guard fen != 0 else { return }
        lines[Key(organisation: organisation, account: account, memo: memo), default: 0] += fen
    }

    /// Adds the collecting federation's lines for one allocation (or, with `sign` −1, takes them back).
    /// The federation's vouchers summarise a month: its 132 lines are kept apart only by who pays,
    /// the per-unit detail lives in the allocation register.
    mutating func addFederation(split: AllocationSplit, channel: CollectionChannel, collector: String, sign: Int64 = 1) {
        add(collector, FundAccount.receivableFromLower, channel.payer.label, debit: channel.receivable(split).fen * sign)
        add(collector, FundAccount.allocatedIncome, "", debit: -split.collector.fen * sign)
        add(collector, FundAccount.payableToHigher, "", debit: -split.above.fen * sign)
        switch channel {
        case .taxFull, .fiscal: add(collector, FundAccount.transferPayableToLower, "", debit: -split.retained.fen * sign)
        case .preparatory: add(collector, FundAccount.preparatoryFundPayable, "", debit: -split.retained.fen * sign)
        case .direct, .tax40: break
        }
    }

    /// Adds the unit's own lines (its books are in the file). Its 应付上级经费 carries the
    /// collector's code as memo, for the mirror check.
    mutating func addUnitBooks(split: AllocationSplit, channel: CollectionChannel, unit: String, collector: String?, sign: Int64 = 1) {
        let source = collector ?? "上级"
        switch channel {
        case .direct:
            add(unit, FundAccount.bank, "", debit: split.due.fen * sign)
            add(unit, FundAccount.allocatedIncome, "", debit: -split.retained.fen * sign)
            add(unit, FundAccount.payableToHigher, source, debit: -split.upward.fen * sign)
        case .tax40:
            add(unit, FundAccount.bank, "", debit: split.retained.fen * sign)
            add(unit, FundAccount.allocatedIncome, "", debit: -split.retained.fen * sign)
        case .taxFull, .fiscal:
            add(unit, FundAccount.receivableFromHigher, source, debit: split.retained.fen * sign)
            add(unit, FundAccount.allocatedIncome, "", debit: -split.retained.fen * sign)
        case .preparatory:
            break
        }
    }

    mutating func subtract(_ other: AllocationEntries) {
        for (key, fen) in other.lines { lines[key, default: 0] -= fen }
    }

    /// The organisations with a non-zero line, and their postings (zero lines dropped, a
    /// negative amount moved to the other side).
    func postingsByOrganisation() throws -> [(organisation: String, postings: [Posting])] {
        var grouped: [String: [Posting]] = [:]
        for (key, fen) in lines.sorted(by: { $0.key < $1.key }) where fen != 0 {
            grouped[key.organisation, default: []].append(
                Posting(account: try AccountCode(key.account), side: fen > 0 ? .debit : .credit,
                        amount: Money(fen: fen.magnitude > UInt64(Int64.max) ? Int64.max : abs(fen)), memo: key.memo))
        }
        return grouped.keys.sorted().map { organisation in
            // Debits first, as vouchers are written.
            let postings = grouped[organisation] ?? []
            return (organisation, postings.filter { $0.side == .debit } + postings.filter { $0.side == .credit })
        }
    }
}
