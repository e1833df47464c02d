import LedgerCore

/// Every way budgets, their approval, budget control, and the final accounts refuse input, one
/// case per rule (notes-postings-budgets-audit.md §3.3; DOMAIN §5).
public enum BudgetError: RuleError, Hashable, Sendable {
    // The budget file and its lines
    case budgetCategoryMustBeKnown(value: String)
    case budgetAccountMustBeInChart(code: String)
    case budgetCategoryMustMatchAccount(code: String, category: String)
    case projectMustMatchCategory(code: String, category: String)
    case budgetLineMustBeUnique(line: String, firstLine: Int)
    case budgetLinesMustNotNest(code: String, within: String)
    case budgetAmountMustNotBeNegative(code: String, value: String)
    case budgetMustHaveLines(file: String)
    case workbookMustHoldBudgetTable(file: String)
    // The budget as a whole
    case budgetMustBalance(spending: String, revenue: String, carriedForward: String, gap: String)
    case stabilisationDrawMustCoverShortfall(planned: String, shortfall: String)
    // Versions and approval
    case budgetMustExist(year: Int, version: Int?)
    case originalBudgetMustBeUnique(year: Int)
    case draftMustBeOpenToChange(year: Int, version: Int)
    case approvedBudgetMustExist(year: Int)
    case adjustmentsMustNotExceedLimit(year: Int, limit: Int)
    case adjustmentMustGiveReason
    case approvalStepMustBeNext(step: String, expected: String)
    case approvalMustNameSignerAndMeeting(field: String)
    case approvalDateMustNotPrecedePrevious(date: String, previous: String)
    // Control on the posting path
    case spendingMustHaveBudgetLine(account: String, project: String, amount: String)
    case spendingMustNotExceedBudgetLine(line: String, budget: String, used: String, excess: String)
    case stabilisationDrawMustBeBudgeted(budget: String, drawn: String, excess: String)
    case stabilisationFundOnlyFromSurplusRevenue(arranged: String, surplus: String)
    // Final accounts
    case finalAccountsMustBePrepared(year: Int)
    case finalAccountsMustAgreeWithBooks(year: Int, detail: String)

    /// The rule each case stands for: one key per case, so the catalogue comes from the code.
    public enum Rule: String, CaseIterable, Sendable {
        case budgetCategoryMustBeKnown, budgetAccountMustBeInChart, budgetCategoryMustMatchAccount, projectMustMatchCategory
        case budgetLineMustBeUnique, budgetLinesMustNotNest, budgetAmountMustNotBeNegative, budgetMustHaveLines
        case workbookMustHoldBudgetTable, budgetMustBalance, stabilisationDrawMustCoverShortfall, budgetMustExist
        case originalBudgetMustBeUnique, draftMustBeOpenToChange, approvedBudgetMustExist, adjustmentsMustNotExceedLimit
        case adjustmentMustGiveReason, approvalStepMustBeNext, approvalMustNameSignerAndMeeting
        case approvalDateMustNotPrecedePrevious, spendingMustHaveBudgetLine, spendingMustNotExceedBudgetLine
        case stabilisationDrawMustBeBudgeted, stabilisationFundOnlyFromSurplusRevenue, finalAccountsMustBePrepared
        case finalAccountsMustAgreeWithBooks
    }

    /// The rule this error refuses under (the switch is exhaustive: a new case needs its key).
    public var ruleKey: Rule {
        switch self {
        case .budgetCategoryMustBeKnown: .budgetCategoryMustBeKnown
        case .budgetAccountMustBeInChart: .budgetAccountMustBeInChart
        case .budgetCategoryMustMatchAccount: .budgetCategoryMustMatchAccount
        case .projectMustMatchCategory: .projectMustMatchCategory
        case .budgetLineMustBeUnique: .budgetLineMustBeUnique
        case .budgetLinesMustNotNest: .budgetLinesMustNotNest
        case .budgetAmountMustNotBeNegative: .budgetAmountMustNotBeNegative
        case .budgetMustHaveLines: .budgetMustHaveLines
        case .workbookMustHoldBudgetTable: .workbookMustHoldBudgetTable
        case .budgetMustBalance: .budgetMustBalance
        case .stabilisationDrawMustCoverShortfall: .stabilisationDrawMustCoverShortfall
        case .budgetMustExist: .budgetMustExist
        case .originalBudgetMustBeUnique: .originalBudgetMustBeUnique
        case .draftMustBeOpenToChange: .draftMustBeOpenToChange
        case .approvedBudgetMustExist: .approvedBudgetMustExist
        case .adjustmentsMustNotExceedLimit: .adjustmentsMustNotExceedLimit
        case .adjustmentMustGiveReason: .adjustmentMustGiveReason
        case .approvalStepMustBeNext: .approvalStepMustBeNext
        case .approvalMustNameSignerAndMeeting: .approvalMustNameSignerAndMeeting
        case .approvalDateMustNotPrecedePrevious: .approvalDateMustNotPrecedePrevious
        case .spendingMustHaveBudgetLine: .spendingMustHaveBudgetLine
        case .spendingMustNotExceedBudgetLine: .spendingMustNotExceedBudgetLine
        case .stabilisationDrawMustBeBudgeted: .stabilisationDrawMustBeBudgeted
        case .stabilisationFundOnlyFromSurplusRevenue: .stabilisationFundOnlyFromSurplusRevenue
        case .finalAccountsMustBePrepared: .finalAccountsMustBePrepared
        case .finalAccountsMustAgreeWithBooks: .finalAccountsMustAgreeWithBooks
        }
    }

    /// The case's name, as tests and the error catalogue use it.
    public var rule: String { ruleKey.rawValue }

    /// True when the input itself is malformed (exit 2) rather than against a rule (exit 1).
    public var isMalformedInput: Bool {
        switch self {
        case .budgetCategoryMustBeKnown, .budgetAccountMustBeInChart, .budgetCategoryMustMatchAccount, .projectMustMatchCategory,
             .budgetLineMustBeUnique, .budgetLinesMustNotNest, .budgetAmountMustNotBeNegative, .budgetMustHaveLines,
             .workbookMustHoldBudgetTable, .budgetMustExist, .adjustmentMustGiveReason, .approvalMustNameSignerAndMeeting:
            true
        default:
            false
        }
    }

    public func message(in language: Language) -> String {
        let l = language
        switch self {
        case .budgetCategoryMustBeKnown(let value):
            return l.pick("预算类别未知：“\(value)”（收入、基本支出、项目支出）", "unknown budget category \"\(value)\" (revenue, basic, project)")
        case .budgetAccountMustBeInChart(let code):
            return l.pick("科目 \(code) 不在本账套的科目表中", "account \(code) is not in these books' chart")
        case .budgetCategoryMustMatchAccount(let code, let category):
            return l.pick("科目 \(code) 不能列为“\(BudgetCategory(rawValue: category)?.label(.zh) ?? category)”：收入行须为收入类科目，基本支出、项目支出行须为支出类科目",
                          "account \(code) cannot be a \(category) line: revenue lines take revenue accounts, basic and project lines expenditure accounts")
        case .projectMustMatchCategory(let code, let category):
            return l.pick("科目 \(code) 的“\(BudgetCategory(rawValue: category)?.label(.zh) ?? category)”行与项目名称不符：项目支出行须写明项目名称，收入和基本支出行不写项目",
                          "the \(category) line of account \(code) does not fit its project: a project line names its project, revenue and basic lines name none")
        case .budgetLineMustBeUnique(let line, let firstLine):
            return l.pick("预算行 \(line) 重复（首次出现在第 \(firstLine) 行）", "budget line \(line) appears twice (first on line \(firstLine))")
        case .budgetLinesMustNotNest(let code, let within):
            return l.pick("预算行 \(code) 与其上级科目 \(within) 的预算行重叠：同一类预算只列一级", "budget line \(code) overlaps the line of its parent account \(within): list one level only")
        case .budgetAmountMustNotBeNegative(let code, let value):
            return l.pick("科目 \(code) 的预算数不能为负：\(value)", "the budget of account \(code) cannot be negative: \(value)")
        case .budgetMustHaveLines(let file):
            return l.pick("\(file) 中没有预算行", "\(file) holds no budget lines")
        case .workbookMustHoldBudgetTable(let file):
            return l.pick("\(file) 中找不到预算表（表头须有 科目编码、类别、本年预算数）", "\(file) holds no budget table (a header with code, category, budget)")
        case .budgetMustBalance(let spending, let revenue, let carried, let gap):
            return l.pick("预算不平衡（以收定支、收支平衡）：支出预算 \(spending) 超过收入预算 \(revenue) 加上年结转结余 \(carried)，差额 \(gap)",
                          "the budget does not balance: planned spending \(spending) exceeds planned revenue \(revenue) plus the balance carried forward \(carried) by \(gap)")
        case .stabilisationDrawMustCoverShortfall(let planned, let shortfall):
            return l.pick("动用预算稳定调节基金 \(planned) 超过收支缺口 \(shortfall)：只能用于弥补收入短收（总工办发〔2020〕28号）",
                          "drawing \(planned) from the budget stabilisation fund exceeds the shortfall \(shortfall): it may only make up for revenue below budget")
        case .budgetMustExist(let year, let version):
            return l.pick("\(year) 年\(version.map { $0 == 0 ? "年初预算" : "第 \($0) 次调整" } ?? "预算")不存在",
                          "no \(version.map { $0 == 0 ? "original budget" : "adjustment \($0)" } ?? "budget") for \(year)")
        case .originalBudgetMustBeUnique(let year):
            return l.pick("\(year) 年年初预算已批准，不能再导入：用 budget adjust 调整预算", "\(year)'s original budget is approved: use budget adjust to change it")
        case .draftMustBeOpenToChange(let year, let version):
            return l.pick("\(year) 年\(version == 0 ? "年初预算" : "第 \(version) 次调整")已进入审批（或已批准），不能修改",
                          "\(year) \(version == 0 ? "original budget" : "adjustment \(version)") is under approval or approved and cannot change")
        case .approvedBudgetMustExist(let year):
            return l.pick("\(year) 年尚无批准的预算", "\(year) has no approved budget yet")
        case .adjustmentsMustNotExceedLimit(let year, let limit):
            return l.pick("\(year) 年预算调整已达政策允许的 \(limit) 次（预算调整原则上每年一次）", "\(year) already has the \(limit) adjustment(s) the policy allows")
        case .adjustmentMustGiveReason:
            return l.pick("预算调整须说明理由（--reason）", "an adjustment needs its reason (--reason)")
        case .approvalStepMustBeNext(let step, let expected):
            return l.pick("审批顺序不对：下一步应为“\(ApprovalStep(rawValue: expected)?.label(.zh) ?? "无（审批已完成）")”，不是“\(ApprovalStep(rawValue: step)?.label(.zh) ?? step)”",
                          "out of order: the next step is \(expected.isEmpty ? "none (approval complete)" : expected), not \(step)")
        case .approvalMustNameSignerAndMeeting(let field):
            return l.pick("审批记录须填写\(field == "signer" ? "签署人（--by）" : "会议（届次/会议，--meeting）")", "an approval step needs its \(field == "signer" ? "signer (--by)" : "meeting (--meeting)")")
        case .approvalDateMustNotPrecedePrevious(let date, let previous):
            return l.pick("审批日期 \(date) 早于上一步的日期 \(previous)", "the step's date \(date) is before the previous step's \(previous)")
        case .spendingMustHaveBudgetLine(let account, let project, let amount):
            return l.pick("无预算支出：科目 \(account)\(project.isEmpty ? "" : " 项目“\(project)”") 没有批准的预算行，不能列支 \(amount)（严禁无预算列支）",
                          "spending without a budget: account \(account)\(project.isEmpty ? "" : " project \"\(project)\"") has no approved budget line for \(amount)")
        case .spendingMustNotExceedBudgetLine(let line, let budget, let used, let excess):
            return l.pick("超预算支出：预算行 \(line) 预算 \(budget)，已用 \(used)，本凭证后超出 \(excess)（严禁超预算列支，须先调整预算）",
                          "over budget: line \(line) has \(budget), \(used) used; this voucher would exceed it by \(excess) (adjust the budget first)")
        case .stabilisationDrawMustBeBudgeted(let budget, let drawn, let excess):
            return l.pick("动用预算稳定调节基金超出批准数：批准 \(budget)，已动用 \(drawn)，超出 \(excess)（动用须经预算调整）",
                          "drawing on the budget stabilisation fund beyond the approved \(budget): \(drawn) drawn, \(excess) over (a draw needs a budget adjustment)")
        case .stabilisationFundOnlyFromSurplusRevenue(let arranged, let surplus):
            return l.pick("安排预算稳定调节基金 \(arranged) 超过拨缴经费超收数 \(surplus)：只能用超收收入设置和补充（总工办发〔2020〕28号）",
                          "arranging \(arranged) for the budget stabilisation fund exceeds the allocation revenue above budget (\(surplus))")
        case .finalAccountsMustBePrepared(let year):
            return l.pick("\(year) 年决算尚未编制（gonghui budget final --year \(year)）", "\(year)'s final accounts are not prepared (gonghui budget final --year \(year))")
        case .finalAccountsMustAgreeWithBooks(let year, let detail):
            return l.pick("\(year) 年决算与账簿不符，不能结账：\(detail)（重新编制决算并报批）",
                          "\(year)'s final accounts disagree with the books, so the year cannot close: \(detail) (prepare and approve them again)")
        }
    }
}
