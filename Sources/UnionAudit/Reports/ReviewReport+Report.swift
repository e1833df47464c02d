import LedgerCore
import LedgerStore
import Reporting

extension ReviewReport {
    /// The report in sections as the congress reads it (notes §4.2): 审查依据与范围, 收入, 支出,
    /// 结转结余, 资产, 往来款项, 审查意见, 存在的问题, 以往问题整改, signatures.
    public func report(language l: Language, books: any Books) -> Report {
        var rows = FindingRows(books: books, language: l, labels: run.labels)
        let name = organisation.name
        let periodText = period.label
        let multiYear = years.count > 1
        var tables: [Report.Table] = []

        let undetermined = run.results.filter { $0.notDeterminable != nil }
        tables.append(.text(l.pick("一、审查依据与范围", "1. Mandate and scope"), [
            l.pick("根据《中华人民共和国工会法》第四十五条、《中国工会章程》和《中国工会审计条例》的规定，经费审查委员会对\(name)\(periodText)的经费收支、预算执行和资产管理情况进行了审查，现将审查情况报告如下。",
                   "Under article 45 of the Trade Union Law, the union constitution and the union audit regulations, the funds review committee reviewed the income, spending, budget execution and assets of \(name) for \(periodText), and reports as follows."),
            l.pick("审查期间为 \(periodText)，审查了该期间的全部记账凭证 \(voucherCount) 张、会计账簿和资产负债表（工会01表）、收入支出表（工会02表），并运行了 \(run.results.count) 项规则检查。",
                   "The review covered \(periodText): all \(voucherCount) vouchers of the period, the ledgers, the balance sheet (union form 01) and the revenue and expenditure statement (union form 02), and \(run.results.count) rule checks."),
        ]))

        func activityTable(_ caption: String, _ lines: [ActivityLine], _ total: ActivityLine, lead: String) -> Report.Table {
            var columns = [Report.Column(l.pick("项目", "Item"), key: "item")]
            if multiYear {
                columns += years.map { Report.Column(String($0.lowerBound.year), key: "y\($0.lowerBound.year)", alignment: .right) }
            }
            columns += [Report.Column(multiYear ? l.pick("合计", "Total") : l.pick("金额", "Amount"), key: "amount", alignment: .right),
                        Report.Column(l.pick("预算数", "Budget"), key: "budget", alignment: .right),
                        Report.Column(l.pick("占比", "Share"), key: "share", alignment: .right)]
            func cells(_ line: ActivityLine) -> [Report.Cell] {
                var cells: [Report.Cell] = [.text(line.label)]
                if multiYear { cells += line.byYear.map(Report.Cell.money) }
                cells += [.money(line.total), line.budget.map(Report.Cell.money) ?? .text("—"),
                          .text(AuditText.percent(line.total, of: total.total))]
                return cells
            }
            return Report.Table(caption: caption, paragraphs: [lead], columns: columns, rows: lines.map(cells), totals: [cells(total)])
        }
        let budgetNote = hasBudget ? "" : l.pick("（本账套未记录预算，预算数从略）", " (the books hold no budget, so budget figures are left out)")
        tables.append(activityTable(l.pick("二、收入情况", "2. Income"), income, incomeTotal, lead: l.pick(
            "\(periodText)收入合计 \(incomeTotal.total.formatted()) 元\(budgetNote)。另按规定计提上缴上级工会经费 \(upwardShare.formatted()) 元，记入应付上级经费（负债），不作为本级收入或支出。",
            "Income for \(periodText) came to \(incomeTotal.total.formatted())\(budgetNote). The upward share of \(upwardShare.formatted()) was booked as payable to the higher union (a liability), neither income nor spending here.")))
        tables.append(activityTable(l.pick("三、支出情况", "3. Spending"), spending, spendingTotal, lead: l.pick(
            "\(periodText)支出合计 \(spendingTotal.total.formatted()) 元，收支差额 \(result.formatted()) 元。",
            "Spending for \(periodText) came to \(spendingTotal.total.formatted()); the surplus or deficit was \(result.formatted()).")))

        let otherText = reconciliation.agrees ? ""
            : l.pick("、未经收入支出直接记入结转结余科目 \(reconciliation.other.formatted()) 元（应查明原因）",
                     ", plus \(reconciliation.other.formatted()) entered directly into the funds' accounts without passing through income or spending (to be explained)")
        tables.append(Report.Table(
            caption: l.pick("四、结转结余情况", "4. Funds carried forward and surplus"),
            paragraphs: [l.pick(
                "期初结转结余 \(reconciliation.opening.formatted()) 元，加本期收支差额 \(reconciliation.result.formatted()) 元、调整 \(reconciliation.adjustments.formatted()) 元\(otherText)，期末结转结余 \(reconciliation.closing.formatted()) 元，与资产负债表一致。",
                "Funds carried forward and surplus: \(reconciliation.opening.formatted()) at the start, plus the result \(reconciliation.result.formatted()) and adjustments \(reconciliation.adjustments.formatted())\(otherText), give \(reconciliation.closing.formatted()) at the end, as the balance sheet shows.")],
            columns: positionColumns(l, change: true), rows: funds.map { positionCells($0, change: true) },
            totals: [[.text(l.pick("合计", "Total")), .money(reconciliation.opening),
                      .money((try? reconciliation.closing.subtracting(reconciliation.opening)) ?? .zero), .money(reconciliation.closing)]]))
        tables.append(Report.Table(caption: l.pick("五、资产情况", "5. Assets"), columns: positionColumns(l, change: false),
                                   rows: assets.map { positionCells($0, change: false) },
                                   totals: assetsTotal.map { [positionCells($0, change: false)] } ?? []))
        let remittance = run.result(UpwardRemittanceLate.id)
        tables.append(Report.Table(
            caption: l.pick("六、往来款项", "6. Amounts owed both ways"),
            paragraphs: [remittanceSentence(remittance, l)],
            columns: positionColumns(l, change: false), rows: arrears.map { positionCells($0, change: false) }))

        tables.append(.text(l.pick("七、审查意见", "7. Opinion"), opinion(l)))
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        var problems = [l.pick(
            "审查共发现问题 \(findings.count) 项，其中违规 \(counts[.violation] ?? 0) 项、需关注 \(counts[.warning] ?? 0) 项、提示 \(counts[.info] ?? 0) 项。",
            "The review found \(findings.count) problems: \(counts[.violation] ?? 0) violations, \(counts[.warning] ?? 0) warnings, \(counts[.info] ?? 0) notes.")]
        if !undetermined.isEmpty {
            problems.append(l.pick("以下检查无法从账簿判断：", "These checks could not be decided from the books: ")
                + undetermined.map { "\($0.title(in: l))（\($0.notDeterminable?.reason(in: l) ?? "")）" }.joined(separator: l.pick("；", "; ")))
        }
        tables.append(FindingsTable.make(findings, caption: l.pick("八、存在的问题", "8. Findings"), paragraphs: problems, rows: &rows, language: l))
        tables.append(followUpTable(l))
        return Report(
            title: l.pick("关于\(name)\(periodText)经费收支情况的审查报告", "Funds review report: \(name), \(periodText)"),
            headerLines: [l.pick("经费审查委员会", "Funds review committee"), l.pick("审查期间：\(periodText)", "Period: \(periodText)"),
                          l.pick("单位：元", "Unit: yuan")],
            tables: tables, notes: [],
            signatures: [l.pick("经费审查委员会主任", "Chair of the review committee"), l.pick("委员", "Members"), l.pick("日期", "Date")],
            json: document(language: l, rows: &rows))
    }

    private func positionColumns(_ l: Language, change: Bool) -> [Report.Column] {
        [Report.Column(l.pick("项目", "Item"), key: "item"), Report.Column(l.pick("期初", "Start"), key: "start", alignment: .right)]
            + (change ? [Report.Column(l.pick("本期增减", "Change"), key: "change", alignment: .right)] : [])
            + [Report.Column(l.pick("期末", "End"), key: "end", alignment: .right)]
    }

    private func positionCells(_ line: PositionLine, change: Bool) -> [Report.Cell] {
        [.text(line.label), .money(line.start)] + (change ? [.money((try? line.end.subtracting(line.start)) ?? .zero)] : []) + [.money(line.end)]
    }

    private func remittanceSentence(_ result: CheckResult?, _ l: Language) -> String {
        guard let result else { return "" }
        if let undetermined = result.notDeterminable {
            return l.pick("上解情况无法判断：\(undetermined.reason(in: l))。", "Remittance could not be checked: \(undetermined.reason(in: l)).")
        }
        return result.findings.isEmpty
            ? l.pick("应上缴上级工会的经费均已按期足额上解。", "The upward share was remitted in full and on time.")
            : l.pick("上缴上级经费有 \(result.findings.count) 笔未按期足额上解，见“存在的问题”。",
                     "\(result.findings.count) items of the upward share were not remitted in full and on time (see Findings).")
    }

    /// 审查意见: the books' agreement, the budget procedure, compliance.
    private func opinion(_ l: Language) -> [String] {
        let agreement = [BooksDisagree.id, HashChainBroken.id, VoucherNumberGap.id].compactMap(run.result)
        let agreementText = agreement.allSatisfy({ $0.findings.isEmpty && $0.notDeterminable == nil })
            ? l.pick("经核对，账证相符、账账相符、账表相符，凭证编号连续，账簿未被改动。",
                     "Vouchers, ledgers and statements agree; voucher numbers are consecutive; the books were not changed.")
            : l.pick("账证、账账、账表核对中发现不符，见“存在的问题”。", "Vouchers, ledgers and statements disagree in places (see Findings).")
        let budgetChecks = [SpendingWithoutBudgetLine.id, BudgetLineOverspent.id, BudgetAdjustmentOutsideChain.id].compactMap(run.result)
        let budgetText: String
        if let undetermined = budgetChecks.first(where: { $0.notDeterminable != nil })?.notDeterminable {
            budgetText = l.pick("预算执行和调整程序无法从账簿审查：\(undetermined.reason(in: l))。",
                                "Budget execution and its procedure could not be reviewed from the books: \(undetermined.reason(in: l)).")
        } else if budgetChecks.allSatisfy({ $0.findings.isEmpty }) {
            budgetText = l.pick("预算按批准的项目执行，调整履行了审批程序。", "The budget was executed as approved and adjusted through the chain.")
        } else {
            budgetText = l.pick("预算执行或调整存在问题，见“存在的问题”。", "Budget execution or adjustment had problems (see Findings).")
        }
        let compliance = [SignoffMissing.id, SignoffNotByChair.id, CollectiveDecisionMissing.id, FestivalGiftCap.id, ForbiddenBenefitForm.id]
            .compactMap(run.result)
        let breaches = compliance.filter { !$0.findings.isEmpty }
        let complianceText = breaches.isEmpty
            ? l.pick("支出执行了主席签批和集体研究制度，福利发放符合标准和形式要求。",
                     "Spending was signed off by the chair and decided collectively where required; benefits kept to the caps and forms.")
            : l.pick("在\(breaches.map { $0.title(in: l) }.joined(separator: "、"))方面存在问题，见“存在的问题”。",
                     "Problems in: \(breaches.map { $0.title(in: l) }.joined(separator: "; ")) (see Findings).")
        return [agreementText, budgetText, complianceText]
    }

    private func followUpTable(_ l: Language) -> Report.Table {
        let caption = l.pick("九、以往问题整改情况", "9. Follow-up of earlier findings")
        guard !followUp.isEmpty else {
            return .text(caption, [l.pick("问题台账中没有以往审查发现的问题。", "The findings register holds no earlier finding.")])
        }
        let columns = [Report.Column(l.pick("编号", "No."), key: "id", alignment: .right), Report.Column(l.pick("问题", "Finding"), key: "title"),
                       Report.Column(l.pick("情况", "Details"), key: "explanation"), Report.Column(l.pick("整改状态", "Status"), key: "status"),
                       Report.Column(l.pick("整改说明", "Note"), key: "note"), Report.Column(l.pick("本次复查", "This review"), key: "stillFound")]
        let body: [[Report.Cell]] = followUp.map { item in
            [.integer(item.registered.id), .text(AuditCatalogue.describe(item.registered.finding.check, in: l).title),
             .text(item.registered.finding.explanation(in: l)), .text(item.registered.status.label(in: l)),
             .text(item.registered.lastNote ?? ""), .text(item.stillFound ? l.pick("仍存在", "still found") : l.pick("未再发现", "not found again"))]
        }
        return Report.Table(caption: caption, columns: columns, rows: body)
    }
}
