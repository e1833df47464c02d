import LedgerCore

/// 上缴经费未足额及时上解: the upward share booked to 应付上级经费 and not remitted within the
/// policy's days (`remittance_days`), first booked first remitted (FIFO), up to the period's end.
/// What was owed when the period began counts as booked the day before it.
public struct UpwardRemittanceLate: Check {
    public static let id = "allocation.remittanceLate"
    public let title = (zh: "上级经费未足额及时上解", en: "Upward share not remitted in full and on time")
    public let basis = "《工会法》第四十三条、第四十四条 [C]；《中国工会审计条例》第二十三条第（二）项（计提和拨缴）[C-3p]"
    public let severity = Severity.violation

    public init() {}

    struct Owed {
        /// nil for what was owed when the period began.
        var voucher: PostedVoucher?
        var booked: LocalDate
        var remaining: Money
        var due: LocalDate

        var quoted: (zh: String, en: String) {
            voucher.map(AuditText.quoted) ?? ("期初应付上级经费", "the amount owed upward at the start of the period")
        }
    }

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let days = try context.terms(for: period).remittanceDays else {
            throw NotDeterminable("政策没有规定上解期限（remittance_days）", "the policy sets no remittance period (remittance_days)")
        }
        guard let payable = context.roles.codeIfPresent(.payableToHigher) else { return [] }
        let end = period.upperBound.lastDay
        var queue: [Owed] = []
        var late: [(Owed, LocalDate)] = []
        // What was owed when the period began counts as booked the day before it: the journal before
        // the period is not read again (an audit of a year reads that year).
        let opening = try context.books.trialBalance(from: period.lowerBound, to: period.lowerBound).rows
            .filter { $0.account.code.isWithin(payable) }.map(\.opening)
        let owedBefore = try Money.sum(opening)   // a liability: in its normal (credit) direction
        if owedBefore.isPositive {
            let day = LocalDate(daysSinceEpoch: period.lowerBound.firstDay.daysSinceEpoch - 1)
            queue.append(Owed(voucher: nil, booked: day, remaining: owedBefore, due: LocalDate(daysSinceEpoch: day.daysSinceEpoch + days)))
        }
        for voucher in try context.vouchers(in: period) where voucher.kind != .closing {
            var movement = Money.zero   // credit − debit: what the voucher adds to the amount owed
            for posting in voucher.postings where posting.account.isWithin(payable) {
                movement = try posting.side == .credit ? movement.adding(posting.amount) : movement.subtracting(posting.amount)
            }
            if movement.isPositive {
                let due = LocalDate(daysSinceEpoch: voucher.date.daysSinceEpoch + days)
                queue.append(Owed(voucher: voucher, booked: voucher.date, remaining: movement, due: due))
            } else if movement.isNegative {
                var paying = movement.negated
                while paying.isPositive, !queue.isEmpty {
                    let taken = min(paying, queue[0].remaining)
                    paying = try paying.subtracting(taken)
                    queue[0].remaining = try queue[0].remaining.subtracting(taken)
                    if voucher.date > queue[0].due {
                        late.append((Owed(voucher: queue[0].voucher, booked: queue[0].booked, remaining: taken, due: queue[0].due), voucher.date))
                    }
                    if queue[0].remaining.isZero { queue.removeFirst() }
                }
            }
        }
        var found: [Finding] = []
        for (owed, paid) in late {
            let quoted = owed.quoted
            let daysLate = paid.daysSinceEpoch - owed.due.daysSinceEpoch
            found.append(finding(amount: owed.remaining, vouchers: owed.voucher.map { [$0.id] } ?? [],
                                 "\(quoted.zh) 应上解 \(owed.remaining.formatted()) 元，应于 \(owed.due) 前上解，\(paid) 才上解，迟 \(daysLate) 天",
                                 "\(quoted.en): \(owed.remaining.formatted()) owed upward by \(owed.due), remitted \(paid), \(daysLate) days late"))
        }
        for owed in queue where owed.due < end {
            let quoted = owed.quoted
            found.append(finding(amount: owed.remaining, vouchers: owed.voucher.map { [$0.id] } ?? [], period: owed.voucher == nil ? period : nil,
                                 "\(quoted.zh) 应上解 \(owed.remaining.formatted()) 元，应于 \(owed.due) 前上解，至 \(end) 仍未上解",
                                 "\(quoted.en): \(owed.remaining.formatted()) owed upward by \(owed.due), still unpaid at \(end)"))
        }
        return found
    }
}
