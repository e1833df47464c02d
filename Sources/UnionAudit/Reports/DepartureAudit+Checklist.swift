import LedgerCore
import UnionCore

extension DepartureAudit {
    /// The twelve areas of a chair's departure audit (notes §5.3: 审计条例 art. 23, 2019 规定 art. 17,
    /// 32号 and the provincial caps), each answered from the checks over the tenure with its evidence.
    /// - Parameters:
    ///   - register: the findings register, with its runs; nil when none was given.
    ///   - until: the term's last day: earlier findings are those of runs recorded by then.
    static func checklist(run: AuditRun, positions: [PositionLine], arrears: [PositionLine],
                          register: (findings: [RegisteredFinding], runs: [AuditRunRecord])?, until: LocalDate,
                          language l: Language) -> [AssessedItem] {
        func item(_ number: Int, _ zh: String, _ en: String, _ checks: [String], extra: [String] = [],
                  status: AssessmentStatus? = nil) -> AssessedItem {
            let results = run.results(checks)
            return AssessedItem(number: number, title: l.pick(zh, en), status: status ?? AssessmentStatus.combining(results),
                                evidence: results.map { $0.evidence(in: l) } + extra)
        }
        func figures(_ line: PositionLine) -> String {
            l.pick("\(line.label)：期初 \(line.start.formatted())，期末 \(line.end.formatted())",
                   "\(line.label): \(line.start.formatted()) at the start, \(line.end.formatted()) at the end")
        }
        let payable = arrears.filter { $0.label.contains("应付上级") || $0.label.contains("Payable to higher") }.map(figures)
        // Findings of audits recorded during the term: the chair had them to rectify.
        let runsByTerm = Set((register?.runs ?? []).filter { (try? LocalDate(parsing: LocalTime.day($0.at))).map { $0 <= until } ?? false }.map(\.id))
        let earlier = (register?.findings ?? []).filter { runsByTerm.contains($0.firstRun) }
        let open = earlier.filter { $0.status != .closed }
        let followUp: [String] = register == nil ? [l.pick("未提供问题台账", "no findings register")]
            : [l.pick("任期内审计发现问题 \(earlier.count) 项，未销号 \(open.count) 项", "\(earlier.count) findings of audits during the term, \(open.count) not closed")]
        let followUpStatus: AssessmentStatus = register == nil ? .notDeterminable : (open.isEmpty ? .met : .notMet)
        return [
            item(1, "预算执行：各年预算与实际，调整履行审批程序", "Budget: budget against actual each year, adjustments through the chain",
                 [SpendingWithoutBudgetLine.id, BudgetLineOverspent.id, BudgetAdjustmentOutsideChain.id]),
            item(2, "收入真实完整：2% 计拨、会费收缴", "Income true and complete: the 2% and dues",
                 [AllocationProvisionShort.id, DuesCollectedShort.id]),
            item(3, "拨缴上缴：上缴经费足额及时，离任时欠缴", "The upward share remitted; arrears at departure",
                 [UpwardRemittanceLate.id], extra: payable),
            item(4, "重大经济决策：大额支出经集体研究", "Major decisions taken collectively", [CollectiveDecisionMissing.id]),
            item(5, "支出合规：签批、标准、“八不准”、支付形式", "Spending compliant: sign-off, caps, the eight prohibitions, forms of payment",
                 [SignoffMissing.id, SignoffNotByChair.id, FestivalGiftCap.id, ForbiddenBenefitForm.id, CashPaymentLimit.id]),
            item(6, "专项资金专款专用", "Restricted funds spent on their purpose", [RestrictedFundsMisused.id]),
            item(7, "资产：增减、盘点、资产基金", "Assets: additions, disposals, stocktakes, the asset fund", [],
                 extra: positions.filter { $0.label.contains("资产") || $0.label.contains("assets") }.map(figures)
                    + [l.pick("固定资产盘点记录不在账簿中", "stocktake records are not in the books")],
                 status: .notDeterminable),
            item(8, "内部控制：审批、不相容岗位分离、现金管理", "Internal control: approvals, separation of duties, cash",
                 [SingleOperator.id, DutiesNotSeparated.id, CashOnHandLimit.id]),
            item(9, "会计信息：账证、账账、账表相符，凭证完整", "Accounting: vouchers, ledgers and statements agree; vouchers complete",
                 [BooksDisagree.id, HashChainBroken.id, VoucherNumberGap.id, AttachmentsMissing.id, PostedOutOfPeriod.id]),
            item(10, "以往审计发现问题的整改", "Rectification of earlier findings", [], extra: followUp, status: followUpStatus),
            item(11, "个人廉洁：向本人或关联方支付款项", "Personal integrity: payments to the chair or related parties", [PaymentsToOfficers.id]),
            item(12, "任期始末财务状况及净资产变动", "Position at the start and end of the tenure; change in net assets", [],
                 extra: positions.map(figures), status: .met),
        ]
    }
}
