import LedgerCore
import Reporting

extension Report {
    /// The signatures every budget, adjustment and final-accounts form carries
    /// (notes-postings-budgets-audit.md §2.2: 工会主席, 经费审查委员会主任, 财务负责人, 制表).
    public static func budgetSignatures(_ l: Language) -> [String] {
        [l.pick("工会主席", "Chair"), l.pick("经费审查委员会主任", "Head of the review committee"),
         l.pick("财务负责人", "Head of finance"), l.pick("制表", "Prepared by")]
    }

    /// 工会经费收支预算表 (the original) or 工会经费收支预算表（调整） (an adjustment): one line per
    /// account (and project), subtotals by category, the balance summary, the approval record.
    ///
    /// Its CSV and XLSX read back with `budget import` / `budget adjust` (rows without a code and
    /// a category, the subtotals, are skipped).
    public static func budgetSheet(_ sheet: BudgetSheet, language: Language) throws -> Report {
        let l = language
        let version = sheet.version
        let adjusting = version.isAdjustment
        var columns = [Column(l.pick("科目编码", "Code"), key: "code"), Column(l.pick("科目名称", "Account"), key: "name"),
                       Column(l.pick("类别", "Category"), key: "category"), Column(l.pick("项目", "Project"), key: "project")]
        if adjusting {
            columns += [Column(l.pick("年初预算数", "Original"), key: "original", alignment: .right),
                        Column(l.pick("调整数", "Change"), key: "change", alignment: .right),
                        Column(l.pick("调整后预算数", "Adjusted budget"), key: "budget", alignment: .right),
                        Column(l.pick("与年初预算对比%", "vs original"), key: "ratio", alignment: .right)]
        } else {
            columns += [Column(l.pick("上年决算数", "Prior-year actual"), key: "lastYear", alignment: .right),
                        Column(l.pick("本年预算数", "Budget"), key: "budget", alignment: .right)]
        }
        columns.append(Column(l.pick("说明", "Note"), key: "note"))
        func row(_ line: BudgetSheet.Line) throws -> [Cell] {
            let head: [Cell] = [.text(line.line.account.rawValue), .text(line.name), .text(line.line.category.label(l)), .text(line.line.project)]
            if adjusting {
                let original = line.original ?? .zero
                return head + [.money(original), .money(try line.line.amount.subtracting(original)), .money(line.line.amount),
                               .text(ExactShare.percentText(ExactShare.basisPoints(line.line.amount, of: original))), .text(line.line.note)]
            }
            return head + [.money(line.lastYear), .money(line.line.amount), .text(line.line.note)]
        }
        func subtotal(_ label: String, _ lines: [BudgetSheet.Line]) throws -> [Cell] {
            let amount = try Money.sum(lines.map(\.line.amount))
            let blanks: [Cell] = [.empty, .text(label), .empty, .empty]
            if adjusting {
                let original = try Money.sum(lines.map { $0.original ?? .zero })
                return blanks + [.money(original), .money(try amount.subtracting(original)), .money(amount),
                                 .text(ExactShare.percentText(ExactShare.basisPoints(amount, of: original))), .empty]
            }
            return blanks + [.money(try Money.sum(lines.map(\.lastYear))), .money(amount), .empty]
        }
        var rows: [[Cell]] = []
        let revenue = sheet.lines.filter { $0.line.category == .revenue }
        let basic = sheet.lines.filter { $0.line.category == .basic }
        let projects = sheet.lines.filter { $0.line.category == .project }
        rows += try revenue.map(row)
        rows.append(try subtotal(l.pick("收入合计", "Total revenue"), revenue))
        rows += try basic.map(row)
        rows.append(try subtotal(l.pick("基本支出小计", "Basic spending"), basic))
        rows += try projects.map(row)
        rows.append(try subtotal(l.pick("项目支出小计", "Project spending"), projects))
        rows.append(try subtotal(l.pick("支出合计", "Total spending"), basic + projects))
        let balance = sheet.balance
        let budgetColumn = columns.firstIndex { $0.key == "budget" } ?? columns.count - 2
        func summary(_ label: String, _ amount: Money) -> [Cell] {
            var cells: [Cell] = [.empty, .text(label)] + Array(repeating: Cell.empty, count: columns.count - 2)
            cells[budgetColumn] = .money(amount)
            return cells
        }
        var totals = [summary(l.pick("上年结转结余", "Balance carried forward"), balance.carriedForward)]
        if !balance.contingency.isZero { totals.append(summary(l.pick("预备费", "Contingency reserve"), balance.contingency)) }
        let result = try sheet.plannedResult()
        totals.append(summary(l.pick("本年收支差额", "Planned result"), result))
        totals.append(summary(l.pick("年末结转结余", "Balance at year end"), try balance.carriedForward.adding(result)))
        var notes: [String] = []
        if let gap = balance.gap {
            notes.append(l.pick("提示：支出预算超过收入预算与上年结转结余之和 \(gap.formatted())（政策允许，须说明资金来源）",
                                "Warning: planned spending exceeds revenue and the balance carried forward by \(gap.formatted()) (the policy allows it)"))
        } else {
            notes.append(l.pick("以收定支、收支平衡：支出预算不超过收入预算与上年结转结余之和。",
                                "Balanced: planned spending does not exceed planned revenue plus the balance carried forward."))
        }
        if adjusting { notes.append(l.pick("调整理由：\(version.reason)", "Reason: \(version.reason)")) }
        notes += version.approvals.map { approvalNote($0, l) }
        notes.append(version.status == .approved ? l.pick("状态：已批准（锁定）", "Status: approved (locked)")
                                                 : l.pick("状态：草稿（待审批）", "Status: draft (awaiting approval)"))
        let title = adjusting ? l.pick("工会经费收支预算表（调整）", "Union budget (adjusted)") : l.pick("工会经费收支预算表", "Union budget")
        return Report(
            title: title,
            headerLines: [l.pick("编制单位：\(sheet.organisationName)", "Organisation: \(sheet.organisationName)"),
                          l.pick("\(version.year) 年度 · \(version.name(.zh))", "Year \(version.year) · \(version.name(.en))"),
                          l.pick("单位：元", "Unit: yuan")],
            tables: [Table(columns: columns, rows: rows, totals: totals)],
            notes: notes,
            signatures: budgetSignatures(l),
            json: try BudgetSheetJSON(sheet))
    }

    /// `经费审查委员会审查：2026-01-10，第三届第5次经审会会议，张审查：同意`.
    static func approvalNote(_ approval: BudgetApproval, _ l: Language) -> String {
        let opinion = approval.opinion.isEmpty ? "" : l.pick("：\(approval.opinion)", ": \(approval.opinion)")
        return l.pick("\(approval.stepLabel(.zh))：\(approval.date)，\(approval.meeting)，\(approval.signer)\(opinion)",
                      "\(approval.stepLabel(.en)): \(approval.date), \(approval.meeting), \(approval.signer)\(opinion)")
    }
}

/// The JSON document of `budget show`: stable keys, enumerated values in English, amounts as exact strings.
struct BudgetSheetJSON: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var code: String
        var name: String
        var category: String
        var project: String
        var lastYear: String
        var original: String?
        var budget: String
        var note: String
    }

    struct Approval: Encodable, Sendable {
        var step: String
        var mode: String?
        var date: String
        var signer: String
        var meeting: String
        var opinion: String
    }

    var organisation: String
    var year: Int
    var version: Int
    var status: String
    var reason: String
    var lines: [Line]
    var revenue: String
    var spending: String
    var contingency: String
    var carriedForward: String
    var result: String
    var balanced: Bool
    var approvals: [Approval]

    init(_ sheet: BudgetSheet) throws {
        let version = sheet.version
        organisation = version.organisation
        year = version.year
        self.version = version.number
        status = version.status.rawValue
        reason = version.reason
        lines = sheet.lines.map {
            Line(code: $0.line.account.rawValue, name: $0.name, category: $0.line.category.rawValue, project: $0.line.project,
                 lastYear: $0.lastYear.plainString, original: $0.original?.plainString, budget: $0.line.amount.plainString, note: $0.line.note)
        }
        revenue = sheet.balance.revenue.plainString
        spending = sheet.balance.spending.plainString
        contingency = sheet.balance.contingency.plainString
        carriedForward = sheet.balance.carriedForward.plainString
        result = try sheet.plannedResult().plainString
        balanced = sheet.balance.gap == nil
        approvals = version.approvals.map {
            Approval(step: $0.step.rawValue, mode: $0.mode?.rawValue, date: $0.date.description, signer: $0.signer, meeting: $0.meeting,
                     opinion: $0.opinion)
        }
    }
}
