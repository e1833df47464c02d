import LedgerCore

/// 大额支出未经集体研究: spending at or above the policy's threshold (`vouchers.collective_decision_threshold`,
/// in force on the voucher's date) needs a collective decision (委员会会议纪要) taken before it.
public struct CollectiveDecisionMissing: Check {
    public static let id = "approval.collectiveDecisionMissing"
    public let title = (zh: "大额支出未经集体研究", en: "Major spending without a collective decision")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）民主管理、集体研究 [C-3p，条款未核]；《党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定》（中办发〔2019〕45号）第三十九条（未经民主决策程序决定重大经济事项）[U]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        var thresholdSeen = false
        let spendings = try context.spending(in: period)
        for spending in spendings {
            let voucher = spending.voucher
            guard let threshold = try context.voucherPolicy(on: voucher.date)?.collectiveDecisionThreshold?.money else { continue }
            thresholdSeen = true
            guard spending.amount >= threshold else { continue }
            let quoted = AuditText.quoted(voucher)
            if let decision = voucher.approval?.decision {
                // A decision taken after the money was spent is no decision on the spending.
                guard decision.date > voucher.date else { continue }
                found.append(finding(amount: spending.amount, vouchers: [voucher.id],
                                     "\(quoted.zh) 支出 \(spending.amount.formatted()) 元，集体研究（\(decision.reference)，\(decision.date)）在支出之后",
                                     "\(quoted.en) spends \(spending.amount.formatted()); the collective decision (\(decision.reference), \(decision.date)) came after it"))
                continue
            }
            // Imported vouchers were approved in another system: the minutes are to be checked on paper.
            if voucher.approval == nil && !voucher.source.isEmpty {
                found.append(finding(amount: spending.amount, vouchers: [voucher.id], severity: .warning,
                                     "\(quoted.zh) 支出 \(spending.amount.formatted()) 元，达到集体研究标准 \(threshold.formatted()) 元；导入凭证在本账套中没有审批记录，须核对会议纪要",
                                     "\(quoted.en) spends \(spending.amount.formatted()), at or above the \(threshold.formatted()) threshold; imported without an approval record here: check the minutes"))
                continue
            }
            found.append(finding(amount: spending.amount, vouchers: [voucher.id],
                                 "\(quoted.zh) 支出 \(spending.amount.formatted()) 元，达到集体研究标准 \(threshold.formatted()) 元，没有集体研究记录",
                                 "\(quoted.en) spends \(spending.amount.formatted()), at or above the \(threshold.formatted()) threshold, with no collective decision on record"))
        }
        if !thresholdSeen && !spendings.isEmpty {
            throw NotDeterminable("政策没有规定集体研究的金额标准", "the policy sets no threshold for collective decisions")
        }
        return found
    }
}
