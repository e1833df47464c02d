import LedgerCore

/// 专项资金未专款专用: a restricted fund (专项) spent beyond what it holds, or charged to what the
/// policy names off purpose for restricted money (`restricted_off_purpose_roles`: general
/// administration, lending it out).
public struct RestrictedFundsMisused: Check {
    public static let id = "funds.restrictedMisused"
    public let title = (zh: "专项资金超支或挪作他用", en: "Restricted funds overspent or used off purpose")
    public let basis = "《工会会计制度》（财会〔2021〕7号）第二十二条（专款专用，单独反映）[C]；《中国工会审计条例》第二十三条第（三）项 [C-3p]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let offPurpose = try context.terms(for: period).restrictedOffPurposeRoles
        var found: [Finding] = []
        for year in period.lowerBound.year...period.upperBound.year {
            for fund in try context.books.fundBalances(year: year) {
                let closing = try fund.closing()
                guard closing.isNegative else { continue }
                found.append(finding(amount: closing.negated, period: try YearMonth(year: year, month: 1)...YearMonth(year: year, month: 12),
                                     "专项资金“\(fund.fund)”\(year) 年超支 \(closing.negated.formatted()) 元（年初 \(fund.opening.formatted())，收入 \(fund.revenue.formatted())，支出 \(fund.expenditure.formatted())）",
                                     "restricted fund “\(fund.fund)” overspent by \(closing.negated.formatted()) in \(year) (opening \(fund.opening.formatted()), in \(fund.revenue.formatted()), spent \(fund.expenditure.formatted()))"))
            }
        }
        for voucher in try context.vouchers(in: period) where !voucher.fund.isEmpty && voucher.kind == .normal && voucher.reversedBy == nil {
            let lines = voucher.postings.filter { $0.side == .debit && context.code($0.account, isIn: offPurpose) }
            guard !lines.isEmpty else { continue }
            let amount = try Money.sum(lines.map(\.amount))
            let quoted = AuditText.quoted(voucher)
            let accounts = lines.map(\.account.rawValue).joined(separator: "、")
            found.append(finding(amount: amount, vouchers: [voucher.id],
                                 "\(quoted.zh) 将专项资金“\(voucher.fund)”\(amount.formatted()) 元列入 \(accounts)，不属于专项用途",
                                 "\(quoted.en) charges \(amount.formatted()) of restricted fund “\(voucher.fund)” to \(accounts), off its purpose"))
        }
        return found
    }
}
