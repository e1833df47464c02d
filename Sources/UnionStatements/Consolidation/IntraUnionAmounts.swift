import LedgerCore
import LedgerStore
import UnionCore

/// What one set of books holds with the other unions of a consolidation, per elimination kind,
/// side and counterpart, each signed by the account's normal side (a receivable or a payable that
/// is owed is positive).
///
/// Who a posting is with: its counterparty (往来单位) when set, else its memo when the memo is
/// exactly an organisation's code (allocate, receipts and pass-downs write the other union's code
/// there). On the higher union's side that must name a consolidated union below it, or the amount
/// is with someone outside (a unit without books here, the tax office) and stays in the figures.
/// On the lower union's side a posting that names no consolidated union above it is with the
/// nearest one: a union deals with the higher union that collects for it.
struct IntraUnionAmounts: Sendable {
    enum Side: Hashable, Sendable { case upper, lower }

    struct Key: Hashable, Sendable {
        var kind: EliminationKind
        var side: Side
        var counterpart: String
    }

    private(set) var amounts: [EliminationTime: [Key: Money]] = [:]
    /// The pairs posted to in the year: listed on the schedule even when they net to nothing.
    private(set) var touched: Set<Key> = []

    func amount(_ time: EliminationTime, _ key: Key) -> Money { amounts[time]?[key] ?? .zero }

    /// The account each side of each kind is read from, in this chart.
    struct Account: Sendable {
        var code: AccountCode
        var kind: EliminationKind
        var side: Side
    }

    static func accounts(_ roles: ChartRoles) -> [Account] {
        EliminationKind.allCases.flatMap { kind in
            [kind.upperCode(in: roles).map { Account(code: $0, kind: kind, side: .upper) },
             kind.lowerCode(in: roles).map { Account(code: $0, kind: kind, side: .lower) }].compactMap { $0 }
        }
    }

    /// Reads `books` through the end of `year`, one voucher at a time.
    /// - Parameters:
    ///   - scope: who is consolidated, and above whom.
    ///   - registered: every registered organisation code (a memo is a code only when one of these).
    /// - Complexity: one pass over the books' vouchers through the year.
    static func read(books: any Books, roles: ChartRoles, year: Int, scope: ConsolidationScope,
                     registered: Set<String>) throws -> IntraUnionAmounts {
        let code = books.organisation.code
        // The deepest account wins: 13101 is `grantPayable`'s lower side even when 131 plays `transferPayable`'s.
        let accounts = Self.accounts(roles).sorted { $0.code.level > $1.code.level }
        guard !accounts.isEmpty else { return IntraUnionAmounts() }
        let normalSides = Dictionary(try books.accounts().map { ($0.account.code, $0.account.normalSide) }, uniquingKeysWith: { first, _ in first })
        let nearestHigher = scope.higher(of: code)
        var result = IntraUnionAmounts()
        func counterpart(of posting: Posting, side: Side) -> String? {
            let named = posting.counterparty ?? {
                let memo = posting.memo.trimmingSpaces()
                return registered.contains(memo) ? memo : nil
            }()
            switch side {
            case .upper:
                guard let named, scope.isConsolidated(named), scope.isAbove(code, named) else { return nil }
                return named
            case .lower:
                if let named, scope.isConsolidated(named), scope.isAbove(named, code) { return named }
                return nearestHigher
            }
        }
        let last = YearMonth(ordinal: year * 12 + 11)
        try books.forEachPostedVoucher(from: nil, to: last) { journal in
            let voucher = journal.voucher
            let inYear = voucher.date.year == year
            guard voucher.date.year <= year else { return }
            for posting in voucher.postings {
                guard let account = accounts.first(where: { posting.account.isWithin($0.code) }),
                      let other = counterpart(of: posting, side: account.side) else { continue }
                let debitNormal = (normalSides[posting.account] ?? .debit) == .debit
                let signed = debitNormal ? posting.debitMinusCredit : posting.debitMinusCredit.negated
                let key = Key(kind: account.kind, side: account.side, counterpart: other)
                if inYear { result.touched.insert(key) }
                var times: [EliminationTime] = [.closing]
                // The year's opening voucher (建账) is its 年初余额, as on the forms.
                if !inYear || voucher.kind == .opening { times.append(.opening) }
                if inYear && voucher.kind != .closing { times.append(.year) }
                for time in times {
                    result.amounts[time, default: [:]][key] = try (result.amounts[time]?[key] ?? .zero).adding(signed)
                }
            }
        }
        return result
    }
}
