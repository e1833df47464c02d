import LedgerCore

/// 签批人不是当日在任主席: a sign-off counts only when the person was chair on the day they signed
/// (the organisation register's terms of office).
public struct SignoffNotByChair: Check {
    public static let id = "approval.signoffNotChair"
    public let title = (zh: "签批人非当日在任主席", en: "Signed off by someone not chair that day")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）经费审批“一支笔”（辽宁省实施办法）[C-3p，条款未核]；《工会会计制度》（财会〔2021〕7号）第十三条"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        _ = try context.chairTerms()
        var found: [Finding] = []
        for spending in try context.spending(in: period) {
            guard let signoff = spending.voucher.approval?.signoff else { continue }
            let chair = try context.chair(on: signoff.date)
            guard chair != signoff.by else { continue }
            let quoted = AuditText.quoted(spending.voucher)
            let who = chair.map { (zh: "当日主席为\($0)", en: "the chair that day was \($0)") } ?? (zh: "当日无在任主席", en: "no chair was in office that day")
            found.append(finding(amount: spending.amount, vouchers: [spending.voucher.id],
                                 "\(quoted.zh) 由 \(signoff.by) 于 \(signoff.date) 签批，\(who.zh)",
                                 "\(quoted.en) was signed off by \(signoff.by) on \(signoff.date); \(who.en)"))
        }
        return found
    }
}
