import LedgerCore

/// What an account is for, as the union rules name it: the rules post to roles, and the chart
/// profile (`ledgers/charts/*.csv`, column `role`) says which code plays each role in a chart.
/// The same code means different accounts in different charts (应付上级经费 is 211 in the 2021
/// system and 221 in 2009), so no rule names a code. `ledgers/charts/README.md` has the table.
public enum AccountRole: String, Sendable, CaseIterable, Hashable {
    /// 101 库存现金 (Cash on hand)
    case cash
    /// 102 银行存款 (Bank deposits)
    case bank
    /// 111 零余额账户用款额度 (Zero-balance account quota)
    case zeroBalanceQuota
    /// 121 财政应返还额度 (Fiscal quota receivable)
    case fiscalReturnable
    /// 131 应收上级经费 (Receivable from higher unions)
    case receivableFromHigher
    /// 13101 应收上级补助 (Grants receivable from higher unions)
    case receivableGrantFromHigher
    /// 13102 应收上级转拨经费 (Transferred allocations receivable from higher unions)
    case receivableTransferFromHigher
    /// 132 应收下级经费 (Receivable from lower unions)
    case receivableFromLower
    /// 135 其他应收款 (Other receivables)
    case otherReceivable
    /// 141 库存物品 (Inventory)
    case inventory
    /// 151 投资 (Investments)
    case investment
    /// 161 在建工程 (Construction in progress)
    case constructionInProgress
    /// 162 固定资产 (Fixed assets)
    case fixedAssets
    /// 163 累计折旧 (Accumulated depreciation)
    case accumulatedDepreciation
    /// 171 无形资产 (Intangible assets)
    case intangibleAssets
    /// 172 累计摊销 (Accumulated amortisation)
    case accumulatedAmortisation
    /// 181 长期待摊费用 (Long-term deferred expenses)
    case longTermPrepaid
    /// 182 待处理财产损溢 (Assets pending disposal)
    case pendingDisposal
    /// 201 应付职工薪酬 (Payroll payable)
    case payrollPayable
    /// 211 应付上级经费 (Payable to higher unions)
    case payableToHigher
    /// 212 应付下级经费 (Payable to lower unions)
    case payableToLower
    /// 21201 应付下级补助 (Grants payable to lower unions)
    case grantPayableToLower
    /// 21202 应付下级转拨经费 (Transferred allocations payable to lower unions)
    case transferPayableToLower
    /// 215 其他应付款 (Other payables)
    case otherPayable
    /// 221 代管经费 (Funds held in custody)
    case custodyFunds
    /// 301 资产基金 (Asset fund)
    case assetFund
    /// 30101 库存物品 (Asset fund: inventory)
    case assetFundInventory
    /// 30102 投资 (Asset fund: investments)
    case assetFundInvestment
    /// 30103 在建工程 (Asset fund: construction in progress)
    case assetFundConstruction
    /// 30104 固定资产 (Asset fund: fixed assets)
    case assetFundFixedAssets
    /// 30105 无形资产 (Asset fund: intangible assets)
    case assetFundIntangible
    /// 30106 长期待摊费用 (Asset fund: long-term deferred expenses)
    case assetFundLongTermPrepaid
    /// 311 专用基金 (Special-purpose funds)
    case specialFund
    /// 321 工会资金结转 (Union funds carried forward)
    case restrictedCarryForward
    /// 32101 年初余额调整 (Carried forward: prior-year adjustments)
    case restrictedOpeningAdjustment
    /// 32102 单位内部调剂 (Carried forward: internal reallocation)
    case restrictedInternalTransfer
    /// 32103 本年收支结转 (Carried forward: current-year result)
    case restrictedCurrentYear
    /// 32104 累计结转 (Carried forward: accumulated)
    case restrictedAccumulated
    /// 322 工会资金结余 (Union funds surplus)
    case unrestrictedSurplus
    /// 32201 年初余额调整 (Surplus: prior-year adjustments)
    case unrestrictedOpeningAdjustment
    /// 32202 单位内部调剂 (Surplus: internal reallocation)
    case unrestrictedInternalTransfer
    /// 32203 本年收支结转 (Surplus: current-year result)
    case unrestrictedCurrentYear
    /// 32204 结转转入 (Surplus: transferred in from carry-forward)
    case unrestrictedTransferredIn
    /// 32205 累计结余 (Surplus: accumulated)
    case unrestrictedAccumulated
    /// 331 财政拨款结转 (Fiscal funds carried forward)
    case fiscalCarryForward
    /// 332 财政拨款结余 (Fiscal funds surplus)
    case fiscalSurplus
    /// 33101 年初余额调整 (Fiscal carried forward: opening adjustment)
    case fiscalOpeningAdjustment
    /// 33102 单位内部调剂 (Fiscal carried forward: internal reallocation)
    case fiscalInternalTransfer
    /// 33103 本年收支结转 (Fiscal carried forward: current-year result)
    case fiscalCurrentYear
    /// 33104 累计结转 (Fiscal carried forward: accumulated)
    case fiscalAccumulated
    /// 33201 年初余额调整 (Fiscal surplus: opening adjustment)
    case fiscalSurplusOpeningAdjustment
    /// 33202 归集上缴 (Fiscal surplus: remitted or cancelled)
    case fiscalRemitted
    /// 33203 单位内部调剂 (Fiscal surplus: internal reallocation)
    case fiscalSurplusInternalTransfer
    /// 33204 结转转入 (Fiscal surplus: transferred in from carry-forward)
    case fiscalTransferredIn
    /// 33205 累计结余 (Fiscal surplus: accumulated)
    case fiscalSurplusAccumulated
    /// 40401 财政拨款收入 (Same-level fiscal appropriations)
    case fiscalAppropriationRevenue
    /// 341 预算稳定调节基金 (Budget stabilisation fund)
    case budgetStabilisationFund
    /// 401 会费收入 (Membership dues)
    case duesRevenue
    /// 402 拨缴经费收入 (Allocated union funds income)
    case allocationRevenue
    /// 403 上级补助收入 (Grants from higher unions)
    case higherGrantRevenue
    /// 404 政府补助收入 (Government grants)
    case governmentGrantRevenue
    /// 405 行政补助收入 (Grants from the employer)
    case administrativeGrantRevenue
    /// 406 附属单位上缴收入 (Remittances from affiliated units)
    case affiliatedRevenue
    /// 407 投资收益 (Investment income)
    case investmentIncome
    /// 408 其他收入 (Other income)
    case otherRevenue
    /// 411 动用预算稳定调节基金 (Drawn from the budget stabilisation fund)
    case budgetStabilisationDrawn
    /// 501 职工活动支出 (Employee activities)
    case staffActivities
    /// 502 职工活动组织支出 (Organising employee activities)
    case staffActivityOrganisation
    /// 503 职工服务支出 (Employee services)
    case staffServices
    /// 504 维权支出 (Rights protection)
    case rightsProtection
    /// 505 业务支出 (Operations)
    case operations
    /// 506 行政支出 (Administration)
    case administration
    /// 507 资本性支出 (Capital expenditure)
    case capitalExpenditure
    /// 508 补助下级支出 (Grants to lower unions)
    case grantsToLower
    /// 509 对附属单位的支出 (Expenditure on affiliated units)
    case affiliatedExpenditure
    /// 510 其他支出 (Other expenditure)
    case otherExpenditure
    /// 521 安排预算稳定调节基金 (Budget stabilisation fund arranged)
    case budgetStabilisationArranged
    /// 建会筹备金 payable (old files only; 2021 books it in 215 其他应付款)
    case preparatoryFundPayable

    /// The account's name in the 2021 system (for messages).
    public var chineseName: String {
        switch self {
        case .cash: "库存现金"
        case .bank: "银行存款"
        case .zeroBalanceQuota: "零余额账户用款额度"
        case .fiscalReturnable: "财政应返还额度"
        case .receivableFromHigher: "应收上级经费"
        case .receivableGrantFromHigher: "应收上级补助"
        case .receivableTransferFromHigher: "应收上级转拨经费"
        case .receivableFromLower: "应收下级经费"
        case .otherReceivable: "其他应收款"
        case .inventory: "库存物品"
        case .investment: "投资"
        case .constructionInProgress: "在建工程"
        case .fixedAssets: "固定资产"
        case .accumulatedDepreciation: "累计折旧"
        case .intangibleAssets: "无形资产"
        case .accumulatedAmortisation: "累计摊销"
        case .longTermPrepaid: "长期待摊费用"
        case .pendingDisposal: "待处理财产损溢"
        case .payrollPayable: "应付职工薪酬"
        case .payableToHigher: "应付上级经费"
        case .payableToLower: "应付下级经费"
        case .grantPayableToLower: "应付下级补助"
        case .transferPayableToLower: "应付下级转拨经费"
        case .otherPayable: "其他应付款"
        case .custodyFunds: "代管经费"
        case .assetFund: "资产基金"
        case .assetFundInventory: "库存物品"
        case .assetFundInvestment: "投资"
        case .assetFundConstruction: "在建工程"
        case .assetFundFixedAssets: "固定资产"
        case .assetFundIntangible: "无形资产"
        case .assetFundLongTermPrepaid: "长期待摊费用"
        case .specialFund: "专用基金"
        case .restrictedCarryForward: "工会资金结转"
        case .restrictedOpeningAdjustment: "年初余额调整"
        case .restrictedInternalTransfer: "单位内部调剂"
        case .restrictedCurrentYear: "本年收支结转"
        case .restrictedAccumulated: "累计结转"
        case .unrestrictedSurplus: "工会资金结余"
        case .unrestrictedOpeningAdjustment: "年初余额调整"
        case .unrestrictedInternalTransfer: "单位内部调剂"
        case .unrestrictedCurrentYear: "本年收支结转"
        case .unrestrictedTransferredIn: "结转转入"
        case .unrestrictedAccumulated: "累计结余"
        case .fiscalCarryForward: "财政拨款结转"
        case .fiscalSurplus: "财政拨款结余"
        case .fiscalOpeningAdjustment: "年初余额调整"
        case .fiscalInternalTransfer: "单位内部调剂"
        case .fiscalCurrentYear: "本年收支结转"
        case .fiscalAccumulated: "累计结转"
        case .fiscalSurplusOpeningAdjustment: "年初余额调整"
        case .fiscalRemitted: "归集上缴"
        case .fiscalSurplusInternalTransfer: "单位内部调剂"
        case .fiscalTransferredIn: "结转转入"
        case .fiscalSurplusAccumulated: "累计结余"
        case .fiscalAppropriationRevenue: "财政拨款收入"
        case .budgetStabilisationFund: "预算稳定调节基金"
        case .duesRevenue: "会费收入"
        case .allocationRevenue: "拨缴经费收入"
        case .higherGrantRevenue: "上级补助收入"
        case .governmentGrantRevenue: "政府补助收入"
        case .administrativeGrantRevenue: "行政补助收入"
        case .affiliatedRevenue: "附属单位上缴收入"
        case .investmentIncome: "投资收益"
        case .otherRevenue: "其他收入"
        case .budgetStabilisationDrawn: "动用预算稳定调节基金"
        case .staffActivities: "职工活动支出"
        case .staffActivityOrganisation: "职工活动组织支出"
        case .staffServices: "职工服务支出"
        case .rightsProtection: "维权支出"
        case .operations: "业务支出"
        case .administration: "行政支出"
        case .capitalExpenditure: "资本性支出"
        case .grantsToLower: "补助下级支出"
        case .affiliatedExpenditure: "对附属单位的支出"
        case .otherExpenditure: "其他支出"
        case .budgetStabilisationArranged: "安排预算稳定调节基金"
        case .preparatoryFundPayable: "应付建会筹备金"
        }
    }

    /// A short English name (for messages).
    public var englishName: String {
        switch self {
        case .cash: "Cash on hand"
        case .bank: "Bank deposits"
        case .zeroBalanceQuota: "Zero-balance account quota"
        case .fiscalReturnable: "Fiscal quota receivable"
        case .receivableFromHigher: "Receivable from higher unions"
        case .receivableGrantFromHigher: "Grants receivable from higher unions"
        case .receivableTransferFromHigher: "Transferred allocations receivable from higher unions"
        case .receivableFromLower: "Receivable from lower unions"
        case .otherReceivable: "Other receivables"
        case .inventory: "Inventory"
        case .investment: "Investments"
        case .constructionInProgress: "Construction in progress"
        case .fixedAssets: "Fixed assets"
        case .accumulatedDepreciation: "Accumulated depreciation"
        case .intangibleAssets: "Intangible assets"
        case .accumulatedAmortisation: "Accumulated amortisation"
        case .longTermPrepaid: "Long-term deferred expenses"
        case .pendingDisposal: "Assets pending disposal"
        case .payrollPayable: "Payroll payable"
        case .payableToHigher: "Payable to higher unions"
        case .payableToLower: "Payable to lower unions"
        case .grantPayableToLower: "Grants payable to lower unions"
        case .transferPayableToLower: "Transferred allocations payable to lower unions"
        case .otherPayable: "Other payables"
        case .custodyFunds: "Funds held in custody"
        case .assetFund: "Asset fund"
        case .assetFundInventory: "Asset fund: inventory"
        case .assetFundInvestment: "Asset fund: investments"
        case .assetFundConstruction: "Asset fund: construction in progress"
        case .assetFundFixedAssets: "Asset fund: fixed assets"
        case .assetFundIntangible: "Asset fund: intangible assets"
        case .assetFundLongTermPrepaid: "Asset fund: long-term deferred expenses"
        case .specialFund: "Special-purpose funds"
        case .restrictedCarryForward: "Union funds carried forward"
        case .restrictedOpeningAdjustment: "Carried forward: prior-year adjustments"
        case .restrictedInternalTransfer: "Carried forward: internal reallocation"
        case .restrictedCurrentYear: "Carried forward: current-year result"
        case .restrictedAccumulated: "Carried forward: accumulated"
        case .unrestrictedSurplus: "Union funds surplus"
        case .unrestrictedOpeningAdjustment: "Surplus: prior-year adjustments"
        case .unrestrictedInternalTransfer: "Surplus: internal reallocation"
        case .unrestrictedCurrentYear: "Surplus: current-year result"
        case .unrestrictedTransferredIn: "Surplus: transferred in from carry-forward"
        case .unrestrictedAccumulated: "Surplus: accumulated"
        case .fiscalCarryForward: "Fiscal funds carried forward"
        case .fiscalSurplus: "Fiscal funds surplus"
        case .fiscalOpeningAdjustment: "Fiscal carried forward: opening adjustment"
        case .fiscalInternalTransfer: "Fiscal carried forward: internal reallocation"
        case .fiscalCurrentYear: "Fiscal carried forward: current-year result"
        case .fiscalAccumulated: "Fiscal carried forward: accumulated"
        case .fiscalSurplusOpeningAdjustment: "Fiscal surplus: opening adjustment"
        case .fiscalRemitted: "Fiscal surplus: remitted or cancelled"
        case .fiscalSurplusInternalTransfer: "Fiscal surplus: internal reallocation"
        case .fiscalTransferredIn: "Fiscal surplus: transferred in from carry-forward"
        case .fiscalSurplusAccumulated: "Fiscal surplus: accumulated"
        case .fiscalAppropriationRevenue: "Same-level fiscal appropriations"
        case .budgetStabilisationFund: "Budget stabilisation fund"
        case .duesRevenue: "Membership dues"
        case .allocationRevenue: "Allocated union funds income"
        case .higherGrantRevenue: "Grants from higher unions"
        case .governmentGrantRevenue: "Government grants"
        case .administrativeGrantRevenue: "Grants from the employer"
        case .affiliatedRevenue: "Remittances from affiliated units"
        case .investmentIncome: "Investment income"
        case .otherRevenue: "Other income"
        case .budgetStabilisationDrawn: "Drawn from the budget stabilisation fund"
        case .staffActivities: "Employee activities"
        case .staffActivityOrganisation: "Organising employee activities"
        case .staffServices: "Employee services"
        case .rightsProtection: "Rights protection"
        case .operations: "Operations"
        case .administration: "Administration"
        case .capitalExpenditure: "Capital expenditure"
        case .grantsToLower: "Grants to lower unions"
        case .affiliatedExpenditure: "Expenditure on affiliated units"
        case .otherExpenditure: "Other expenditure"
        case .budgetStabilisationArranged: "Budget stabilisation fund arranged"
        case .preparatoryFundPayable: "Preparatory funds payable"
        }
    }
}
