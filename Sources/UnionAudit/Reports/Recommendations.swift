/// What the committee recommends for each check's findings (审计建议), by check id. A test holds
/// every check of the catalogue to having one.
public enum Recommendations {
    public static let byCheck: [String: (zh: String, en: String)] = [
        "approval.signoffMissing": ("补办主席签批手续，支出一律经主席审批后方可报销", "obtain the chair's sign-off; pay nothing before the chair approves it"),
        "approval.signoffNotChair": ("由当日在任主席补签或重新审批，及时更新任职记录", "have the chair in office re-approve it; keep the terms of office up to date"),
        "approval.collectiveDecisionMissing": ("补充工会委员会集体研究决定，大额支出事前集体决策", "put it to the union committee; decide major spending collectively beforehand"),
        "approval.singleOperator": ("配备第二名财务人员或由上级工会代理记账，实行复核", "add a second finance person or use the higher union's bookkeeping service so each voucher is reviewed"),
        "approval.dutiesNotSeparated": ("制单、审核、审批由不同人员办理", "have different people prepare, review and approve"),
        "budget.spendingWithoutLine": ("无预算不得支出；确需支出的，先履行预算调整程序", "spend nothing outside the budget; adjust it through the chain first"),
        "budget.lineOverspent": ("严格按预算执行，超支部分履行调整程序或收回", "keep to the budget; approve an adjustment or recover the excess"),
        "budget.adjustmentOutsideChain": ("预算调整须经工会委员会、经审会审查并报上级工会批准", "take adjustments through the committee and the review committee to the higher union"),
        "benefits.giftCap": ("按省级标准发放节日慰问品，超标部分予以纠正", "keep festival gifts within the province's cap; correct the excess"),
        "benefits.forbiddenForm": ("不得以现金、购物卡、代金券等形式发放福利，改为实物慰问品", "give goods, never cash, shopping cards or vouchers"),
        "cash.paymentLimit": ("超过结算起点的支付通过银行转账", "pay amounts above the limit through the bank"),
        "cash.onHandLimit": ("超过限额的库存现金及时送存银行", "bank cash above the limit promptly"),
        "funds.restrictedMisused": ("专项资金专款专用，挪用部分予以归还", "spend restricted funds on their purpose only; restore what was moved"),
        "allocation.provisionShort": ("督促行政方按工资总额足额拨缴经费", "have the employer pay the full 2% on its payroll"),
        "allocation.remittanceLate": ("按时足额上解上级工会经费", "remit the upward share in full and on time"),
        "dues.collectedShort": ("按月足额收缴会费，清理欠缴", "collect dues monthly in full and clear arrears"),
        "spending.administrativeGrowth": ("压缩行政及“三公”经费", "cut administrative and 三公 spending"),
        "spending.memberServiceShare": ("经费向服务职工和维权倾斜", "spend more on members' services and rights"),
        "books.voucherNumberGap": ("查明缺号凭证去向，恢复凭证连续编号", "find the missing vouchers and restore consecutive numbers"),
        "books.postedOutOfPeriod": ("及时记账，结账后的更正通过红字冲销在当期处理", "post on time; correct closed months by reversal in the current month"),
        "books.attachmentsMissing": ("补齐原始凭证，无原始凭证不得记账", "attach the source documents; post nothing without them"),
        "books.hashChain": ("查明账簿被改动的原因，追究责任，恢复账簿", "find out who changed the books, restore them and hold them to account"),
        "books.agreement": ("核对账证、账账、账表，查明差异并更正", "reconcile vouchers, ledgers and statements and correct the difference"),
        "integrity.paymentsToOfficers": ("逐笔核实向本会负责人支付款项的依据", "check the grounds of each payment to an officer"),
    ]

    /// The recommendation for a check's findings.
    public static func forCheck(_ id: String) -> (zh: String, en: String) {
        byCheck[id] ?? ("按规定整改", "rectify as the rules require")
    }
}
