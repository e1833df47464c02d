import LedgerCore

/// The book lines one allocation makes, per channel, in the collecting federation's books and in
/// the unit's own books (DOMAIN §2.5). Lines are signed (debit positive), so an adjustment is the
/// difference between two sets of lines and a decrease simply turns a line to the other side.
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

    /// Adds the lines of one allocation (or adjustment) of `unit` under `channel`.
    mutating func add(split: AllocationSplit, channel: CollectionChannel, unit: String, collector: String?,
                      unitBooks: String?, sign: Int64 = 1) {
        let memo = unit
        if let collector {
            let receivable = channel.receivable(split).fen * sign
            add(collector, FundAccount.receivableFromLower, channel.payer.memo(unit: unit), debit: receivable)
            add(collector, FundAccount.allocatedIncome, memo, debit: -split.collector.fen * sign)
            add(collector, FundAccount.payableToHigher, memo, debit: -split.above.fen * sign)
            switch channel {
            case .taxFull, .fiscal: add(collector, FundAccount.transferPayableToLower, memo, debit: -split.retained.fen * sign)
            case .preparatory: add(collector, FundAccount.preparatoryFundPayable, memo, debit: -split.retained.fen * sign)
            case .direct, .tax40: break
            }
        }
        if let books = unitBooks {
            let source = collector ?? "上级"
            switch channel {
            case .direct:
                add(books, FundAccount.bank, memo, debit: split.due.fen * sign)
                add(books, FundAccount.allocatedIncome, memo, debit: -split.retained.fen * sign)
                add(books, FundAccount.payableToHigher, source, debit: -split.upward.fen * sign)
            case .tax40:
                add(books, FundAccount.bank, memo, debit: split.retained.fen * sign)
                add(books, FundAccount.allocatedIncome, memo, debit: -split.retained.fen * sign)
            case .taxFull, .fiscal:
                add(books, FundAccount.receivableFromHigher, source, debit: split.retained.fen * sign)
                add(books, FundAccount.allocatedIncome, memo, debit: -split.retained.fen * sign)
            case .preparatory:
                break
            }
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
