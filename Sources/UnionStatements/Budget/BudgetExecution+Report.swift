import LedgerCore
import Reporting

extension Report {
    /// 预算执行情况表: per line the original and adjusted budget, actual, what is left, % used and
    /// flags; then the months of the year so far. Totals are the books' revenue and expenditure.
    public static func budgetExecution(_ execution: BudgetExecution, flags: [BudgetFlag] = [], organisationName: String,
                                       language: Language) throws -> Report {
        let l = language
        let columns = [Column(l.pick("科目编码", "Code"), key: "code"), Column(l.pick("科目名称", "Account"), key: "name"),
                       Column(l.pick("类别", "Category"), key: "category"), Column(l.pick("项目", "Project"), key: "project"),
                       Column(l.pick("年初预算数", "Original"), key: "original", alignment: .right),
                       Column(l.pick("调整后预算数", "Adjusted budget"), key: "budget", alignment: .right),
                       Column(l.pick("执行数", "Actual"), key: "actual", alignment: .right),
                       Column(l.pick("预算余额", "Remaining"), key: "remaining", alignment: .right),
                       Column(l.pick("执行率", "Used"), key: "used", alignment: .right),
                       Column(l.pick("提示", "Flags"), key: "flags")]
        func flagText(_ flags: [BudgetExecution.Flag]) -> String {
            flags.map { flag in
                switch flag {
                case .overBudget: l.pick("超预算", "over budget")
                case .underSpent: l.pick("执行偏慢", "under-spent")
                case .unbudgeted: l.pick("无预算", "no budget line")
                }
            }.joined(separator: l.pick("、", ", "))
        }
        func row(_ line: BudgetExecution.Line) -> [Cell] {
            [.text(line.key.account.rawValue), .text(line.name), .text(line.category.label(l)), .text(line.key.project),
             line.original.map { .money($0) } ?? .empty, line.adjusted.map { .money($0) } ?? .empty, .money(line.actual),
             line.remaining.map { .money($0) } ?? .empty, .text(ExactShare.percentText(line.usedBasisPoints)), .text(flagText(line.flags))]
        }
        func total(_ label: String, _ budget: (original: Money, adjusted: Money), _ actual: Money) throws -> [Cell] {
            [.empty, .text(label), .empty, .empty, .money(budget.original), .money(budget.adjusted), .money(actual),
             .money(try budget.adjusted.subtracting(actual)), .text(ExactShare.percentText(ExactShare.basisPoints(actual, of: budget.adjusted))), .empty]
        }
        var rows = execution.lines.filter { $0.category == .revenue }.map(row)
        rows.append(try total(l.pick("收入合计", "Total revenue"), execution.revenueBudget, execution.revenueActual))
        rows += execution.lines.filter { $0.category.isSpending }.map(row)
        rows.append(try total(l.pick("支出合计", "Total spending"), execution.spendingBudget, execution.spendingActual))
        let months = 1...execution.through.month
        let monthly = Table(
            caption: l.pick("逐月执行数", "Month by month"),
            columns: [Column(l.pick("科目编码", "Code"), key: "code"), Column(l.pick("项目", "Project"), key: "project")]
                + months.map { Column(l.pick("\($0)月", "M\($0)"), key: "m\($0)", alignment: .right) }
                + [Column(l.pick("累计", "Year to date"), key: "total", alignment: .right)],
            rows: execution.lines.map { line in
                [.text(line.key.account.rawValue), .text(line.key.project)] + line.months.map { .money($0) } + [.money(line.actual)]
            },
            page: .landscape)
        var notes = [execution.versionInForce.map { number in
            l.pick("执行依据：\(number == 0 ? "年初预算" : "第 \(number) 次调整后的预算")。", "Measured against \(number == 0 ? "the original budget" : "adjustment \(number)").")
        } ?? l.pick("本年尚无批准的预算：全部收支列为无预算。", "No approved budget yet: everything is shown as unbudgeted.")]
        notes.append(l.pick("收入合计、支出合计即收入支出表（工会02表）本年累计数；“无预算”为无批准预算行的支出，“执行偏慢”为执行数低于按月均进度应执行数超过政策比例。",
                            "Total revenue and spending are the revenue and expenditure statement's year to date; \"no budget line\" is spending no approved line covers; \"under-spent\" is below the pro-rata budget by more than the policy's share."))
        let flagged = execution.lines.filter { $0.flags.contains(.overBudget) || $0.flags.contains(.unbudgeted) }
        if !flagged.isEmpty {
            notes.append(l.pick("需关注：\(flagged.map { "\($0.key) \(flagText($0.flags))" }.joined(separator: "；"))",
                                "Attention: \(flagged.map { "\($0.key) \(flagText($0.flags))" }.joined(separator: "; "))"))
        }
        let through = execution.through
        return Report(
            title: l.pick("预算执行情况表", "Budget execution"),
            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("\(through.year) 年 1—\(through.month) 月", "\(through.year), January to \(through)"),
                          l.pick("单位：元", "Unit: yuan")],
            tables: [Table(caption: l.pick("预算执行情况", "Execution"), columns: columns, rows: rows, page: .landscape), monthly,
                     Table(caption: l.pick("超预算、无预算凭证", "Vouchers outside the budget"),
                           columns: [Column(l.pick("凭证", "Voucher"), key: "voucher"), Column(l.pick("日期", "Date"), key: "date"),
                                     Column(l.pick("摘要", "Summary"), key: "summary"), Column(l.pick("规则", "Rule"), key: "rule"),
                                     Column(l.pick("说明", "Detail"), key: "detail")],
                           rows: flags.isEmpty ? [[.text(l.pick("（无）", "(none)")), .empty, .empty, .empty, .empty]] : flags.flatMap { flag in
                               flag.rules.map { [.text(flag.voucher), .date(flag.date), .text(flag.summary), .text($0.rule), .text($0.message(in: l))] }
                           })],
            notes: notes, signatures: budgetSignatures(l), json: BudgetExecutionJSON(execution, flags: flags))
    }

    /// The year's versions and every approval step recorded (`budget history`).
    public static func budgetHistory(_ versions: [BudgetVersion], finalAccounts: [FinalAccountsRecord], organisationName: String,
                                     year: Int, language: Language) throws -> Report {
        let l = language
        let versionRows: [[Cell]] = try versions.map { version in
            let totals = try version.totals()
            return [.integer(Int64(version.number)), .text(version.name(l)),
                    .text(version.status == .approved ? l.pick("已批准", "approved") : l.pick("草稿", "draft")),
                    .money(totals.revenue), .money(totals.spending), .text(version.reason), .text(version.source),
                    .text("\(version.createdBy) \(LocalTime.shown(version.createdAt))")]
        }
        var stepRows: [[Cell]] = []
        for version in versions {
            for approval in version.approvals {
                stepRows.append([.text(version.name(l)), .text(approval.stepLabel(l)), .date(approval.date), .text(approval.signer),
                                 .text(approval.meeting), .text(approval.opinion), .text("\(approval.recordedBy) \(LocalTime.shown(approval.recordedAt))")])
            }
        }
        for record in finalAccounts {
            for approval in record.approvals {
                stepRows.append([.text(l.pick("决算（第 \(record.revision) 稿）", "final accounts r\(record.revision)")), .text(approval.stepLabel(l)),
                                 .date(approval.date), .text(approval.signer), .text(approval.meeting), .text(approval.opinion),
                                 .text("\(approval.recordedBy) \(LocalTime.shown(approval.recordedAt))")])
            }
        }
        return Report(
            title: l.pick("预算版本与审批记录", "Budget versions and approvals"),
            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"), l.pick("\(year) 年度", "Year \(year)")],
            tables: [
                Table(caption: l.pick("预算版本", "Versions"), columns: [
                    Column(l.pick("版本", "No."), key: "version", alignment: .right), Column(l.pick("名称", "Version"), key: "name"),
                    Column(l.pick("状态", "Status"), key: "status"), Column(l.pick("收入预算", "Revenue"), key: "revenue", alignment: .right),
                    Column(l.pick("支出预算", "Spending"), key: "spending", alignment: .right), Column(l.pick("调整理由", "Reason"), key: "reason"),
                    Column(l.pick("来源文件", "Source"), key: "source"), Column(l.pick("编制", "Drafted"), key: "drafted"),
                ], rows: versionRows),
                Table(caption: l.pick("审批记录", "Approval steps"), columns: [
                    Column(l.pick("对象", "Subject"), key: "subject"), Column(l.pick("步骤", "Step"), key: "step"),
                    Column(l.pick("日期", "Date"), key: "date"), Column(l.pick("签署人", "Signer"), key: "signer"),
                    Column(l.pick("会议", "Meeting"), key: "meeting"), Column(l.pick("意见", "Opinion"), key: "opinion"),
                    Column(l.pick("登记", "Recorded"), key: "recorded"),
                ], rows: stepRows),
            ])
    }
}

/// The JSON document of `budget execution`.
struct BudgetExecutionJSON: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var code: String
        var project: String
        var category: String
        var original: String?
        var budget: String?
        var actual: String
        var remaining: String?
        var usedBasisPoints: Int64?
        var flags: [String]
        var months: [String]
    }

    var year: Int
    var through: String
    var version: Int?
    var lines: [Line]
    var revenueActual: String
    var spendingActual: String
    var revenueBudget: String
    var spendingBudget: String
    var flaggedVouchers: [Flagged]

    struct Flagged: Encodable, Sendable {
        var voucher: String
        var date: String
        var rules: [String]
    }

    init(_ execution: BudgetExecution, flags: [BudgetFlag]) {
        year = execution.year
        through = execution.through.description
        version = execution.versionInForce
        lines = execution.lines.map {
            Line(code: $0.key.account.rawValue, project: $0.key.project, category: $0.category.rawValue, original: $0.original?.plainString,
                 budget: $0.adjusted?.plainString, actual: $0.actual.plainString, remaining: $0.remaining?.plainString,
                 usedBasisPoints: $0.usedBasisPoints, flags: $0.flags.map(\.rawValue), months: $0.months.map(\.plainString))
        }
        revenueActual = execution.revenueActual.plainString
        spendingActual = execution.spendingActual.plainString
        revenueBudget = execution.revenueBudget.adjusted.plainString
        spendingBudget = execution.spendingBudget.adjusted.plainString
        flaggedVouchers = flags.map { Flagged(voucher: $0.voucher, date: $0.date.description, rules: $0.rules.map(\.rule)) }
    }
}
