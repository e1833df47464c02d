import LedgerCore

/// 2% 经费未足额计拨: a month whose declared payroll carries a 2% the allocation register did not
/// allocate, or allocated short of the rate.
public struct AllocationProvisionShort: Check {
    public static let id = "allocation.provisionShort"
    public let title = (zh: "2% 工会经费未按申报工资总额足额计拨", en: "The 2% not provided in full on the declared payroll")
    public let basis = "《工会法》第四十三条（按全部职工工资总额的百分之二拨缴）[C]；《中国工会审计条例》第二十三条第（二）项（计提和拨缴）[C-3p]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let payroll = context.facts.payroll else {
            throw NotDeterminable("未提供工资总额申报登记", "no payroll declaration register was given")
        }
        let declared = try payroll.declaredPayroll(unit: context.organisation.code, months: period)
        guard !declared.isEmpty else {
            throw NotDeterminable("本文件中没有 \(context.organisation.code) 在 \(period.label) 的工资总额申报",
                                  "no payroll of \(context.organisation.code) is declared in this file for \(period.label)")
        }
        var found: [Finding] = []
        for month in declared {
            let due = try payroll.allocationRate(for: month.month).applied(to: month.wageTotal)
            let allocated = month.allocated ?? .zero
            guard allocated < due else { continue }
            let short = try due.subtracting(allocated)
            let what = month.allocated == nil ? (zh: "未计拨", en: "was not allocated") : (zh: "只计拨 \(allocated.formatted()) 元", en: "was allocated only \(allocated.formatted())")
            found.append(finding(amount: short, period: month.month...month.month,
                                 "\(month.month) 申报工资总额 \(month.wageTotal.formatted()) 元，应拨 \(due.formatted()) 元，\(what.zh)，少 \(short.formatted()) 元",
                                 "\(month.month): payroll \(month.wageTotal.formatted()) declared, \(due.formatted()) due, \(what.en); \(short.formatted()) short"))
        }
        return found
    }
}
