import LedgerCore

/// 节日慰问超标准: festival gifts per member above the province's caps (per year, and per festival
/// where the policy caps each). A gift is a spending voucher on a benefit role (`benefit_roles`)
/// whose summary names an allowed festival (`festival_gifts.festivals`).
///
/// The value per member is the voucher's amount over its headcount: the one its summary states
/// (`300人×200元`), else the register's members in good standing that day, else the payroll
/// declaration's headcount. A year's value per member is the sum over its gifts, which is what a
/// member given every gift received: when gifts went to smaller groups (工会委员 only) it is the most
/// any member can have received, and the excess is counted for the smallest group.
public struct FestivalGiftCap: Check {
    public static let id = "benefits.giftCap"
    public let title = (zh: "节日慰问超过规定标准", en: "Festival gifts above the cap per member")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）节日慰问“少量”，标准由省级工会规定 [C-3p]；省级实施办法（见政策 audit.festival_gifts.source）"
    public let severity = Severity.violation

    public init() {}

    struct Gift {
        var spending: SpendingVoucher
        var festival: String
        var amount: Money
        var headcount: Int64
        var perMember: Money
    }

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let terms = try context.terms(for: period)
        guard let caps = terms.festivalGifts, caps.perMemberYear != nil || !caps.perFestival.isEmpty || caps.otherFestival != nil else {
            throw NotDeterminable("政策没有规定节日慰问标准", "the policy sets no cap on festival gifts")
        }
        var found: [Finding] = []
        var gifts: [Gift] = []
        var unknownHeadcount: [SpendingVoucher] = []
        for spending in try context.spending(in: period) {
            let voucher = spending.voucher
            guard let festival = caps.festivals.first(where: { voucher.summary.contains($0) }) else { continue }
            var amount = Money.zero
            for posting in voucher.postings where posting.side == .debit && context.code(posting.account, isIn: terms.benefitRoles) {
                amount = try amount.adding(posting.amount)
            }
            guard amount.isPositive else { continue }
            guard let headcount = try Self.headcount(of: voucher, in: context), headcount > 0 else {
                unknownHeadcount.append(spending)
                continue
            }
            let perMember = try Rate(numerator: 1, denominator: headcount).applied(to: amount)
            gifts.append(Gift(spending: spending, festival: festival, amount: amount, headcount: headcount, perMember: perMember))
        }
        for year in period.lowerBound.year...period.upperBound.year {
            let ofYear = gifts.filter { $0.spending.voucher.date.year == year }
            guard !ofYear.isEmpty else { continue }
            let yearTerms = (try? context.terms(on: min(period.upperBound, try YearMonth(year: year, month: 12)).lastDay))?.festivalGifts ?? caps
            if let cap = yearTerms.perMemberYear {
                found += try exceeded(ofYear, cap: cap, what: (zh: "\(year) 年节日慰问", en: "festival gifts in \(year)"),
                                      source: yearTerms.source, year: year)
            }
            for festival in Set(ofYear.map(\.festival)).sorted() {
                guard let cap = yearTerms.perFestival[festival] ?? yearTerms.otherFestival else { continue }
                found += try exceeded(ofYear.filter { $0.festival == festival }, cap: cap,
                                      what: (zh: "\(year) 年\(festival)慰问", en: "\(festival) gifts in \(year)"), source: yearTerms.source, year: year)
            }
        }
        if !unknownHeadcount.isEmpty {
            let labels = AuditText.labels(unknownHeadcount.map(\.voucher))
            found.append(finding(amount: try AuditText.sum(unknownHeadcount.map(\.amount)), vouchers: unknownHeadcount.map(\.voucher.id),
                                 severity: .info,
                                 "节日慰问凭证 \(labels.zh) 的发放人数无法确定（摘要未写人数，会员名册与工资申报也没有人数），未能核对人均标准",
                                 "festival-gift vouchers \(labels.en) have no known headcount (none in the summary, the register or the payroll declarations); not checked per member"))
        }
        return found
    }

    private func exceeded(_ gifts: [Gift], cap: Money, what: (zh: String, en: String), source: String, year: Int) throws -> [Finding] {
        let perMember = try AuditText.sum(gifts.map(\.perMember))
        guard perMember > cap, let smallest = gifts.map(\.headcount).min() else { return [] }
        let excessPerMember = try perMember.subtracting(cap)
        let (excess, overflow) = excessPerMember.fen.multipliedReportingOverflow(by: smallest)
        let labels = AuditText.labels(gifts.map(\.spending.voucher))
        let sourceText = source.isEmpty ? "" : "（\(source)）"
        return [finding(amount: overflow ? nil : Money(fen: excess), vouchers: gifts.map(\.spending.voucher.id),
                        period: try YearMonth(year: year, month: 1)...YearMonth(year: year, month: 12),
                        "\(what.zh)人均 \(perMember.formatted()) 元，超过标准 \(cap.formatted()) 元\(sourceText)，人均超出 \(excessPerMember.formatted()) 元，按 \(smallest) 人计超支 \(overflow ? "—" : Money(fen: excess).formatted()) 元（\(labels.zh)）",
                        "\(what.en): \(perMember.formatted()) per member, above the cap of \(cap.formatted())\(source.isEmpty ? "" : " (\(source))"); \(excessPerMember.formatted()) over per member, \(overflow ? "—" : Money(fen: excess).formatted()) for \(smallest) members (\(labels.en))")]
    }

    /// The headcount the summary states (`300人`), else the register's members in good standing,
    /// else the payroll declaration's headcount for the month.
    static func headcount(of voucher: PostedVoucher, in context: AuditContext) throws -> Int64? {
        if let stated = statedHeadcount(voucher.summary) { return stated }
        if let members = try context.facts.members?.activeMembers(unit: context.organisation.code, on: voucher.date) { return Int64(members) }
        let month = voucher.date.yearMonth
        return try context.facts.payroll?.declaredPayroll(unit: context.organisation.code, months: month...month).first?.headcount
    }

    /// The number written before 人 in a summary (`（300人×200元）` → 300).
    static func statedHeadcount(_ summary: String) -> Int64? {
        let scalars = Array(summary.unicodeScalars)
        for index in scalars.indices where scalars[index] == "人" {
            var digits = ""
            var cursor = index - 1
            while cursor >= 0, let value = scalars[cursor].properties.numericType, value == .decimal, scalars[cursor].isASCII {
                digits.unicodeScalars.insert(scalars[cursor], at: digits.unicodeScalars.startIndex)
                cursor -= 1
            }
            if let count = Int64(digits), count > 0, digits.count <= 7 { return count }
        }
        return nil
    }
}
