import LedgerCore

extension FinalAccountsPackage {
    /// 会计报表附注: what 财会〔2021〕7号 第六部分 requires a year's notes to state, each item filled
    /// from the books where they say it, and named as not recorded where they cannot.
    public func notes(_ l: Language) throws -> [String] {
        let totals = try totals()
        let result = try totals.revenue.subtracting(totals.spending)
        func percent(_ part: Money, _ whole: Money) -> String { ExactShare.percentText(ExactShare.basisPoints(part, of: whole)) }
        var notes: [String] = []
        // (一) 遵循《工会会计制度》的声明
        notes.append(l.pick("一、遵循《工会会计制度》的声明：本决算按《工会会计制度》（财会〔2021〕7号）编制，真实、完整地反映了本工会 \(year) 年度的财务状况和预算执行结果。",
                            "1. Compliance: prepared under the union accounting system (财会〔2021〕7号); it presents the union's \(year) financial position and budget execution."))
        // (二) 整体财务状况、预算执行情况
        notes.append(l.pick("二、整体财务状况和预算执行情况：本年收入 \(record.figures.revenue.formatted()) 元，支出 \(record.figures.spending.formatted()) 元，收支结余 \(result.formatted()) 元；上年结转结余 \(openingBalance.formatted()) 元，年末结转结余 \(record.figures.closingBalance.formatted()) 元。收入预算 \(totals.revenueBudget.formatted()) 元，完成 \(percent(totals.revenue, totals.revenueBudget))；支出预算 \(totals.spendingBudget.formatted()) 元，执行 \(percent(totals.spending, totals.spendingBudget))。",
                            "2. Financial position and budget execution: revenue \(record.figures.revenue.formatted()), spending \(record.figures.spending.formatted()), result \(result.formatted()); balance brought forward \(openingBalance.formatted()), carried forward \(record.figures.closingBalance.formatted()). Revenue budget \(totals.revenueBudget.formatted()), \(percent(totals.revenue, totals.revenueBudget)) collected; spending budget \(totals.spendingBudget.formatted()), \(percent(totals.spending, totals.spendingBudget)) used."))
        for version in versions where version.isAdjustment && version.status == .approved {
            notes.append(l.pick("   预算调整：\(version.name(.zh))（\(version.approvedOn?.description ?? "")批准），理由：\(version.reason)。",
                                "   Adjustment: \(version.name(.en)) (approved \(version.approvedOn?.description ?? "")), reason: \(version.reason)."))
        }
        let over = record.figures.lines.filter { line in line.category.isSpending && line.budget.map { line.actual > $0 } ?? false }
        let unbudgeted = record.figures.lines.filter { $0.category.isSpending && $0.budget == nil && $0.actual.isPositive }
        for line in over {
            let budget = line.budget ?? .zero
            notes.append(l.pick("   超预算：\(line.key) \(names[line.key.account] ?? "") 核定 \(budget.formatted())，决算 \(line.actual.formatted())，超出 \(try line.actual.subtracting(budget).formatted())。",
                                "   Over budget: \(line.key) \(names[line.key.account] ?? "") budget \(budget.formatted()), actual \(line.actual.formatted())."))
        }
        for line in unbudgeted {
            notes.append(l.pick("   无预算支出：\(line.key) \(names[line.key.account] ?? "") \(line.actual.formatted())。",
                                "   Spending without a budget line: \(line.key) \(names[line.key.account] ?? "") \(line.actual.formatted())."))
        }
        if over.isEmpty && unbudgeted.isEmpty {
            notes.append(l.pick("   各项支出均在核定预算内，无超预算、无预算支出。", "   All spending stayed within approved lines."))
        }
        // (三) 重要会计政策
        notes.append(l.pick("三、重要会计政策、会计估计及其变更：按《工会会计制度》规定的科目和报表格式核算；本年无会计政策、会计估计变更。",
                            "3. Accounting policies: the accounts and forms of the union accounting system; no change in policies or estimates this year."))
        // (四) 重要项目说明
        let revenueLines = record.figures.lines.filter { $0.category == .revenue && $0.actual.isPositive }.sorted { $0.actual > $1.actual }
        let spendingLines = record.figures.lines.filter { $0.category.isSpending && $0.actual.isPositive }.sorted { $0.actual > $1.actual }
        let revenueParts = revenueLines.prefix(5).map { "\(names[$0.key.account] ?? $0.key.description) \($0.actual.formatted())（\(percent($0.actual, record.figures.revenue))）" }
        let spendingParts = spendingLines.prefix(5).map { "\(names[$0.key.account] ?? $0.key.description)\($0.key.project.isEmpty ? "" : "·\($0.key.project)") \($0.actual.formatted())（\(percent($0.actual, record.figures.spending))）" }
        notes.append(l.pick("四、重要项目说明：收入主要为 \(revenueParts.isEmpty ? "无" : revenueParts.joined(separator: "、"))；支出主要为 \(spendingParts.isEmpty ? "无" : spendingParts.joined(separator: "、"))。",
                            "4. Main items: revenue \(revenueParts.isEmpty ? "none" : revenueParts.joined(separator: ", ")); spending \(spendingParts.isEmpty ? "none" : spendingParts.joined(separator: ", "))."))
        // (五)(六) The books record neither: say so rather than assert there were none.
        notes.append(l.pick("五、重要资产处置、资产重大损失：账簿未记录此类事项；如有，应在此补充说明。",
                            "5. Significant disposals or losses of assets: none recorded in the books; add any here."))
        notes.append(l.pick("六、以名义金额计量的资产：账簿未记录；如有，应说明名称、数量及以名义金额计量的理由。",
                            "6. Assets at nominal amounts: none recorded; add name, quantity and reason for any."))
        // (七) 以前年度结转结余调整
        notes.append(priorYearAdjustments.isZero
            ? l.pick("七、以前年度结转结余调整：本年无。", "7. Prior-year balance adjustments: none.")
            : l.pick("七、以前年度结转结余调整：本年通过“年初余额调整”调增（减）\(priorYearAdjustments.formatted()) 元。",
                     "7. Prior-year balance adjustments: \(priorYearAdjustments.formatted()) through 年初余额调整."))
        // (八) 其他: restricted funds (专款专用).
        let overspent = funds.overspent
        notes.append(l.pick("八、其他事项：专项资金 \(funds.lines.count) 项，年末结余 \(funds.totals.closing.formatted()) 元\(overspent.isEmpty ? "，均专款专用" : "；超支：\(overspent.joined(separator: "、"))")。",
                            "8. Other: \(funds.lines.count) restricted funds, closing \(funds.totals.closing.formatted())\(overspent.isEmpty ? ", each spent on its purpose" : "; overspent: \(overspent.joined(separator: ", "))")."))
        return notes
    }
}
