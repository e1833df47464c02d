import LedgerCore
import Reporting

extension Report {
    /// The final-accounts package as one report: a table per part (one sheet each in XLSX, a page
    /// each in HTML, the 收支决算表 landscape), the signature block at the foot.
    public static func finalAccounts(_ package: FinalAccountsPackage, language: Language) throws -> Report {
        let l = language
        let year = package.year
        let balanceSheet = officialStatement(package.balanceSheet, unit: .yuan, language: l)
        let incomeStatement = officialStatement(package.incomeStatement, unit: .yuan, language: l)
        let funds = fundBalances(package.funds, organisationName: package.organisationName, language: l)
        var tables = [coverTable(package, l)]
        tables += balanceSheet.tables.map { table in
            var table = table
            table.caption = l.pick("资产负债表（工会01表）\(year) 年 12 月 31 日", "Balance sheet (form 01) at \(year)-12-31")
            table.page = .portrait
            return table
        }
        tables += incomeStatement.tables.map { table in
            var table = table
            table.caption = l.pick("收入支出表（工会02表）\(year) 年度", "Revenue and expenditure (form 02) \(year)")
            table.page = .portrait
            return table
        }
        tables.append(try finalAccountsTable(package, l))
        tables += funds.tables.map { table in
            var table = table
            table.caption = l.pick("专项资金收支情况表", "Restricted funds")
            table.page = .portrait
            return table
        }
        tables.append(Table(caption: l.pick("会计报表附注", "Notes"), columns: [Column(l.pick("附注", "Notes"), key: "note")],
                            rows: try package.notes(l).map { [.text($0)] }, page: .portrait))
        var notes: [String] = []
        if let disagreement = package.disagreement {
            notes.append(l.pick("注意：本决算与账簿不符（\(disagreement)），须重新编制（gonghui budget final）并报批。",
                                "Attention: these final accounts disagree with the books (\(disagreement)); prepare them again and have them approved."))
        }
        if package.record.status != .approved {
            notes.append(l.pick("本决算尚未完成审批程序。", "The approval of these final accounts is not complete."))
        }
        notes += balanceSheet.notes.filter { !$0.isEmpty }
        return Report(
            title: l.pick("\(package.organisationName) \(year) 年度工会经费收支决算", "\(package.organisationName): final accounts \(year)"),
            headerLines: [l.pick("编制单位：\(package.organisationName)", "Organisation: \(package.organisationName)"),
                          l.pick("\(year) 年度", "Year \(year)"), l.pick("单位：元", "Unit: yuan")],
            tables: tables, notes: notes, signatures: budgetSignatures(l),
            json: try FinalAccountsJSON(package, language: l))
    }

    /// 封面: contents, the committee's approval, the 经审会's review, the higher union, 报出日期.
    static func coverTable(_ package: FinalAccountsPackage, _ l: Language) -> Table {
        var rows: [[Cell]] = [
            [.text(l.pick("决算", "Final accounts")), .text(l.pick("\(package.organisationName) \(package.year) 年度工会经费收支决算",
                                                                   "\(package.organisationName), union final accounts \(package.year)"))],
            [.text(l.pick("目录", "Contents")), .text(l.pick("一、资产负债表（工会01表）；二、收入支出表（工会02表）；三、工会经费收支决算表；四、专项资金收支情况表；五、会计报表附注（决算说明书）",
                                                             "1. Balance sheet (form 01); 2. Revenue and expenditure (form 02); 3. Budget and final accounts; 4. Restricted funds; 5. Notes"))],
        ]
        for (index, step) in package.chain.enumerated() {
            let approval = index < package.record.approvals.count ? package.record.approvals[index] : nil
            rows.append([.text(approval?.stepLabel(l) ?? step.label(l)), .text(approval.map { coverSentence($0, l) } ?? l.pick("（待登记）", "(not yet recorded)"))])
        }
        let issued = package.record.status == .approved ? package.record.approvals.last?.date.description ?? "" : ""
        rows.append([.text(l.pick("报出日期", "Issued")), .text(issued.isEmpty ? l.pick("（审批完成后报出）", "(after approval)") : issued)])
        rows.append([.text(l.pick("编制", "Prepared")), .text("\(package.record.preparedBy) \(LocalTime.day(package.record.preparedAt))")])
        return Table(caption: l.pick("封面", "Cover"), columns: [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("内容", "Content"), key: "content")],
                     rows: rows)
    }

    /// `本决算业经 2027 年 3 月 10 日 第三届第 12 次委员会会议 工会委员会（常委会）讨论通过；工会主席：王明；意见：同意`.
    static func coverSentence(_ approval: BudgetApproval, _ l: Language) -> String {
        let day = l.pick("\(approval.date.year) 年 \(approval.date.month) 月 \(approval.date.day) 日", approval.date.description)
        let opinion = approval.opinion.isEmpty ? "" : l.pick("；意见：\(approval.opinion)", "; opinion: \(approval.opinion)")
        switch approval.step {
        case .committee:
            return l.pick("本决算业经 \(day) \(approval.meeting) 工会委员会（常委会）讨论通过；工会主席：\(approval.signer)\(opinion)",
                          "Approved by the union committee on \(day), \(approval.meeting); chair: \(approval.signer)\(opinion)")
        case .reviewCommittee:
            return l.pick("本决算业经 \(day) \(approval.meeting) 经费审查委员会审查；经费审查委员会主任：\(approval.signer)\(opinion)",
                          "Reviewed by the funds review committee on \(day), \(approval.meeting); head: \(approval.signer)\(opinion)")
        case .higherUnion:
            return approval.mode == .approval
                ? l.pick("本决算于 \(day) 经上级工会批复（\(approval.meeting)）；\(approval.signer)\(opinion)",
                         "Approved by the higher union on \(day) (\(approval.meeting)); \(approval.signer)\(opinion)")
                : l.pick("本决算于 \(day) 报上级工会备案（\(approval.meeting)）；\(approval.signer)\(opinion)",
                         "Filed with the higher union on \(day) (\(approval.meeting)); \(approval.signer)\(opinion)")
        }
    }

    /// 工会经费收支决算表: 核定预算数, 决算数, 完成%; 上年结转结余 and 年末结转结余 below.
    static func finalAccountsTable(_ package: FinalAccountsPackage, _ l: Language) throws -> Table {
        let columns = [Column(l.pick("科目编码", "Code"), key: "code"), Column(l.pick("科目名称", "Account"), key: "name"),
                       Column(l.pick("类别", "Category"), key: "category"), Column(l.pick("项目", "Project"), key: "project"),
                       Column(l.pick("核定预算数", "Approved budget"), key: "budget", alignment: .right),
                       Column(l.pick("决算数", "Actual"), key: "actual", alignment: .right),
                       Column(l.pick("完成%", "Completed"), key: "completed", alignment: .right),
                       Column(l.pick("说明", "Note"), key: "note")]
        func row(_ line: FinalAccountsRecord.Line) -> [Cell] {
            var note = ""
            if let budget = line.budget, line.category.isSpending, line.actual > budget { note = l.pick("超预算", "over budget") }
            if line.budget == nil { note = line.category == .revenue ? l.pick("预算外收入", "not budgeted") : l.pick("无预算", "no budget line") }
            return [.text(line.key.account.rawValue), .text(package.names[line.key.account] ?? ""), .text(line.category.label(l)),
                    .text(line.key.project), line.budget.map { .money($0) } ?? .empty, .money(line.actual),
                    .text(ExactShare.percentText(line.budget.flatMap { ExactShare.basisPoints(line.actual, of: $0) })), .text(note)]
        }
        let totals = try package.totals()
        func total(_ label: String, _ budget: Money, _ actual: Money) -> [Cell] {
            [.empty, .text(label), .empty, .empty, .money(budget), .money(actual),
             .text(ExactShare.percentText(ExactShare.basisPoints(actual, of: budget))), .empty]
        }
        let lines = package.record.figures.lines
        var rows = lines.filter { $0.category == .revenue }.map(row)
        rows.append(total(l.pick("收入合计", "Total revenue"), totals.revenueBudget, totals.revenue))
        rows += lines.filter { $0.category.isSpending }.map(row)
        rows.append(total(l.pick("支出合计", "Total spending"), totals.spendingBudget, totals.spending))
        func summary(_ label: String, _ amount: Money) -> [Cell] {
            [.empty, .text(label), .empty, .empty, .empty, .money(amount), .empty, .empty]
        }
        let result = try totals.revenue.subtracting(totals.spending)
        return Table(caption: l.pick("工会经费收支决算表", "Budget and final accounts"), columns: columns, rows: rows,
                     totals: [summary(l.pick("上年结转结余", "Balance brought forward"), package.openingBalance),
                              summary(l.pick("本年收支结余", "Result of the year"), result),
                              summary(l.pick("年末结转结余", "Balance carried forward"), package.record.figures.closingBalance)],
                     page: .landscape)
    }
}

/// The JSON document of `report final-accounts`: stable keys, amounts as exact strings.
struct FinalAccountsJSON: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var code: String
        var project: String
        var category: String
        var budget: String?
        var actual: String
        var completedBasisPoints: Int64?
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
    var revision: Int
    var status: String
    var budgetVersion: Int
    var agreesWithBooks: Bool
    var approvals: [Approval]
    var lines: [Line]
    var revenue: String
    var spending: String
    var openingBalance: String
    var closingBalance: String
    var balanceSheet: OfficialStatementJSON
    var incomeExpenditure: OfficialStatementJSON
    var notes: [String]

    init(_ package: FinalAccountsPackage, language: Language) throws {
        let record = package.record
        organisation = package.organisationName
        year = package.year
        revision = record.revision
        status = record.status.rawValue
        budgetVersion = record.figures.budgetVersion
        agreesWithBooks = package.disagreement == nil
        approvals = record.approvals.map {
            Approval(step: $0.step.rawValue, mode: $0.mode?.rawValue, date: $0.date.description, signer: $0.signer, meeting: $0.meeting, opinion: $0.opinion)
        }
        lines = record.figures.lines.map { line in
            Line(code: line.key.account.rawValue, project: line.key.project, category: line.category.rawValue, budget: line.budget?.plainString,
                 actual: line.actual.plainString, completedBasisPoints: line.budget.flatMap { ExactShare.basisPoints(line.actual, of: $0) })
        }
        revenue = record.figures.revenue.plainString
        spending = record.figures.spending.plainString
        openingBalance = package.openingBalance.plainString
        closingBalance = record.figures.closingBalance.plainString
        balanceSheet = OfficialStatementJSON(package.balanceSheet, unit: .yuan, language: language)
        incomeExpenditure = OfficialStatementJSON(package.incomeStatement, unit: .yuan, language: language)
        notes = try package.notes(language)
    }
}
