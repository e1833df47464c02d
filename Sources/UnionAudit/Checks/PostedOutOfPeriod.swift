import LedgerCore

/// 补记、倒记账: vouchers posted into a month after it had been closed and reopened, or — when the
/// policy sets `late_posting_days` — posted that many days after their month ended. The wall-clock
/// time of posting comes from the posting trail.
public struct PostedOutOfPeriod: Check {
    public static let id = "books.postedOutOfPeriod"
    public let title = (zh: "补记或跨期记账", en: "Back-dated or out-of-period postings")
    public let basis = "《工会会计制度》（财会〔2021〕7号）第二十一条（及时进行会计处理，不得提前或者延后）[C]"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let trail = context.facts.trail else {
            throw NotDeterminable("未提供记账时间记录", "no posting trail was given")
        }
        let times = try trail.postingTimes(organisation: context.organisation.code, months: period)
        let lateDays = try context.terms(for: period).latePostingDays
        var reopened: [YearMonth: [String]] = [:]
        for event in try context.books.periodEvents() where event.action == "period.reopen" {
            if let month = try? YearMonth(parsing: event.detail.prefix(7)) { reopened[month, default: []].append(event.at) }
        }
        var found: [Finding] = []
        for voucher in try context.vouchers(in: period) where voucher.kind == .normal || voucher.kind == .reversal {
            guard let postedAt = times[voucher.id] else { continue }
            let quoted = AuditText.quoted(voucher)
            if let reopen = reopened[voucher.date.yearMonth]?.first(where: { $0 <= postedAt }) {
                found.append(finding(amount: voucher.total, vouchers: [voucher.id],
                                     "\(quoted.zh) 于 \(voucher.date.yearMonth) 结账后重新打开（\(LocalTime.day(reopen))）再记入",
                                     "\(quoted.en) was posted into \(voucher.date.yearMonth) after it was closed and reopened (\(LocalTime.day(reopen)))"))
                continue
            }
            guard let lateDays, let posted = try? LocalDate(parsing: LocalTime.day(postedAt)) else { continue }
            let late = posted.daysSinceEpoch - voucher.date.yearMonth.lastDay.daysSinceEpoch
            guard late > lateDays else { continue }
            found.append(finding(amount: voucher.total, vouchers: [voucher.id],
                                 "\(quoted.zh) 于 \(posted) 记账，距所属月末 \(late) 天（超过 \(lateDays) 天）",
                                 "\(quoted.en) was posted on \(posted), \(late) days after its month ended (more than \(lateDays))"))
        }
        return found
    }
}
