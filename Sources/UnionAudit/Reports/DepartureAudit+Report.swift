import LedgerCore
import LedgerStore
import Reporting

extension DepartureAudit {
    /// The report (notes §5.3): basic information and scope, position at the start and end, income
    /// and spending per year, budget against actual, arrears at departure, the sign-offs, major
    /// items without a collective decision, the checklist, the findings with responsibility
    /// classes, the evaluation, recommendations, and the audited person's written comments.
    public func report(language l: Language, books: any Books) -> Report {
        var rows = FindingRows(books: books, language: l, knownVouchers: signedOff.largest, labels: run.labels)
        let person = tenure.person, name = organisation.name
        // 示例工会 + 主席, not 示例工会工会主席.
        let chairOf = name.hasSuffix("工会") ? "\(name)主席" : "\(name)工会主席"
        let term = "\(tenure.start)—\(tenure.end?.description ?? l.pick("今", "now"))"
        var scope = [l.pick(
            "受委托，经费审查委员会对\(chairOf)\(person)任职期间（\(term)）的经济责任进行了审计。审计期间为任职期间，账簿所及为 \(period.label)。",
            "On commission, the funds review committee audited the economic responsibility of \(person), chair of \(name), over the term \(term). The audit period is the term; the books cover \(period.label) of it.")]
        if startsWithBooks {
            scope.append(l.pick("任期开始早于本账套启用月份，\(period.lowerBound) 之前的期间不在本账簿中。",
                                "The term began before these books: the months before \(period.lowerBound) are not in them."))
        }
        if stillInOffice { scope.append(l.pick("被审计人尚未离任，本次为任中审计，截至 \(period.upperBound)。", "The chair is still in office: this audit runs to \(period.upperBound).")) }
        if tenure.start.day != 1 || (tenure.end.map { $0 != $0.yearMonth.lastDay } ?? false) {
            scope.append(l.pick("账簿按月结账，期初、期末财务状况取任期起止所在月份的月初、月末数。",
                                "The books close by month: positions are taken at the start and end of the months the term begins and ends in."))
        }
        var tables: [Report.Table] = [.text(l.pick("一、基本情况与审计范围", "1. Basic information and scope"), scope)]
        tables.append(Report.Table(caption: l.pick("二、任期始末财务状况", "2. Position at the start and end of the term"),
                                   columns: positionColumns(l), rows: position.map(positionCells)))
        let budgeted = years.contains { $0.budgetedSpending != nil }
        tables.append(Report.Table(
            caption: l.pick("三、任期内各年收支及预算执行", "3. Income, spending and budget each year"),
            paragraphs: budgeted ? [] : [l.pick("本账套未记录预算，预算执行无法从账簿审查。", "The books hold no budget: budget execution cannot be audited from them.")],
            columns: [Report.Column(l.pick("期间", "Months"), key: "months"), Report.Column(l.pick("收入", "Income"), key: "income", alignment: .right),
                      Report.Column(l.pick("支出", "Spending"), key: "spending", alignment: .right),
                      Report.Column(l.pick("收支差额", "Result"), key: "result", alignment: .right),
                      Report.Column(l.pick("支出预算", "Budgeted spending"), key: "budget", alignment: .right)],
            rows: years.map { [.text($0.months.label), .money($0.income), .money($0.spending), .money($0.result),
                               $0.budgetedSpending.map(Report.Cell.money) ?? .text("—")] }))
        tables.append(Report.Table(caption: l.pick("四、离任时往来款项（欠款）", "4. Amounts owed both ways at departure"),
                                   columns: positionColumns(l), rows: arrears.map(positionCells)))
        tables.append(Report.Table(
            caption: l.pick("五、主席签批的支出", "5. Spending the chair signed off"),
            paragraphs: [l.pick("任期内\(person)签批凭证 \(signedOff.count) 张，金额 \(signedOff.amount.formatted()) 元；金额最大的如下。",
                                "\(person) signed off \(signedOff.count) vouchers for \(signedOff.amount.formatted()) over the term; the largest are below.")],
            columns: [Report.Column(l.pick("凭证", "Voucher"), key: "voucher"), Report.Column(l.pick("日期", "Date"), key: "date"),
                      Report.Column(l.pick("摘要", "Summary"), key: "summary"), Report.Column(l.pick("金额", "Amount"), key: "amount", alignment: .right),
                      Report.Column(l.pick("集体研究", "Collective decision"), key: "decision")],
            rows: signedOff.largest.map { [.text($0.label), .date($0.date), .text($0.summary), .money($0.total),
                                           .text($0.approval?.decision?.reference ?? l.pick("无", "none"))] }))
        let major = findings.filter { $0.check == CollectiveDecisionMissing.id }
        tables.append(FindingsTable.make(major, caption: l.pick("六、未经集体研究的重大事项", "6. Major items without a collective decision"),
                                         paragraphs: major.isEmpty ? [l.pick("未发现未经集体研究的重大事项。", "None found.")] : [],
                                         rows: &rows, language: l))
        tables.append(Report.Table(
            caption: l.pick("七、审计事项及证据", "7. Areas audited and their evidence"),
            columns: [Report.Column(l.pick("序号", "No."), key: "number", alignment: .right), Report.Column(l.pick("审计事项", "Area"), key: "area"),
                      Report.Column(l.pick("结论", "Conclusion"), key: "status"), Report.Column(l.pick("证据", "Evidence"), key: "evidence")],
            rows: checklist.map { [.integer(Int64($0.number)), .text($0.title), .text($0.status.label(in: l)),
                                   .text($0.evidence.joined(separator: l.pick("；", "; ")))] }))
        tables.append(FindingsTable.make(findings, caption: l.pick("八、存在的问题及责任", "8. Findings and responsibility"),
                                         paragraphs: [responsibilityNote(l)], rows: &rows, language: l))
        tables.append(.text(l.pick("九、总体评价", "9. Overall evaluation"), [evaluation(l)]))
        let advice = Array(Set(findings.map(\.check))).sorted().map { Recommendations.forCheck($0) }.map { l.pick($0.zh, $0.en) }
        tables.append(.text(l.pick("十、审计建议", "10. Recommendations"),
                            advice.isEmpty ? [l.pick("无。", "None.")] : advice.enumerated().map { "\($0.offset + 1). \($0.element)" }))
        tables.append(.text(l.pick("十一、被审计人书面意见", "11. The audited person's written comments"), commentParagraphs(l)))
        return Report(
            title: l.pick("\(chairOf)\(person)离任经济责任审计报告", "Departure audit of \(person), chair of \(name)"),
            headerLines: [l.pick("任职期间：\(term)", "Term: \(term)"), l.pick("审计期间：\(period.label)", "Audit period: \(period.label)"),
                          l.pick("单位：元", "Unit: yuan")],
            tables: tables, notes: [],
            signatures: [l.pick("审计组组长", "Head of the audit team"), l.pick("经费审查委员会主任", "Chair of the review committee"), l.pick("日期", "Date")],
            json: document(language: l, rows: &rows))
    }

    private func positionColumns(_ l: Language) -> [Report.Column] {
        [Report.Column(l.pick("项目", "Item"), key: "item"), Report.Column(l.pick("任期初", "Start of term"), key: "start", alignment: .right),
         Report.Column(l.pick("任期末", "End of term"), key: "end", alignment: .right),
         Report.Column(l.pick("增减", "Change"), key: "change", alignment: .right)]
    }

    private func positionCells(_ line: PositionLine) -> [Report.Cell] {
        [.text(line.label), .money(line.start), .money(line.end), .money((try? line.end.subtracting(line.start)) ?? .zero)]
    }

    private func responsibilityNote(_ l: Language) -> String {
        l.pick("责任类型按政策规定的口径认定：本人签批、决定或经办的，为\(directClass)；任期内由他人经办、本人负有领导职责的，为\(leadershipClass)。",
               "Responsibility follows the policy's classes: what the chair signed, decided or handled is \(directClass); what others handled under the chair's leadership is \(leadershipClass).")
    }

    private func evaluation(_ l: Language) -> String {
        let violations = findings.filter { $0.severity == .violation }
        let direct = violations.filter { $0.responsibility == directClass }
        guard !violations.isEmpty else {
            return l.pick("\(tenure.person)任职期间，经费收支基本真实、合法，未发现违规问题。",
                          "Over \(tenure.person)'s term, income and spending were true and lawful; no violation was found.")
        }
        return l.pick("\(tenure.person)任职期间，经费收支总体真实，但存在违规问题 \(violations.count) 项，其中负\(directClass)的 \(direct.count) 项，应予整改。",
                      "Over \(tenure.person)'s term, income and spending were true on the whole, but \(violations.count) violations were found, \(direct.count) of them with \(directClass); they are to be rectified.")
    }

    private func commentParagraphs(_ l: Language) -> [String] {
        guard !comments.isEmpty else {
            return [l.pick("被审计人自收到本报告之日起 10 日内提出书面意见；逾期未提出的，视为无异议。",
                           "The audited person may comment in writing within 10 days of receiving this report; none received means no objection."),
                    l.pick("意见：________________________________", "Comments: ________________________________"),
                    l.pick("被审计人签名：__________    收到日期：__________", "Signature: __________    Received on: __________")]
        }
        return comments.map { l.pick("（\($0.received) 收到）\($0.text)", "(received \($0.received)) \($0.text)") }
    }
}

/// The departure audit's JSON: keys and enumerated values in one stable English vocabulary.
struct DepartureDocument: Encodable, Sendable {
    struct Position: Encodable, Sendable {
        var line: Int
        var label: String
        var start: String
        var end: String
    }

    struct Year: Encodable, Sendable {
        var from: String
        var to: String
        var income: String
        var spending: String
        var result: String
        var budgetedSpending: String?
    }

    struct Item: Encodable, Sendable {
        var number: Int
        var area: String
        var status: String
        var evidence: [String]
    }

    var report = "auditDeparture"
    var tenure: [String: String]
    var period: [String: String]
    var startsWithBooks: Bool
    var stillInOffice: Bool
    var position: [Position]
    var years: [Year]
    var arrears: [Position]
    var signedOff: [String: String]
    var largestSignedOff: [String]
    var checklist: [Item]
    var findings: [FindingDocument]
    var comments: [[String: String]]
}

extension DepartureAudit {
    func document(language l: Language, rows: inout FindingRows) -> DepartureDocument {
        func positionDocument(_ line: PositionLine) -> DepartureDocument.Position {
            .init(line: line.number, label: line.label, start: line.start.plainString, end: line.end.plainString)
        }
        return DepartureDocument(
            tenure: ["id": String(tenure.id), "organisation": organisation.code, "person": tenure.person, "start": tenure.start.description,
                     "end": tenure.end?.description ?? ""],
            period: ["from": period.lowerBound.description, "to": period.upperBound.description],
            startsWithBooks: startsWithBooks, stillInOffice: stillInOffice,
            position: position.map(positionDocument),
            years: years.map { .init(from: $0.months.lowerBound.description, to: $0.months.upperBound.description, income: $0.income.plainString,
                                     spending: $0.spending.plainString, result: $0.result.plainString,
                                     budgetedSpending: $0.budgetedSpending?.plainString) },
            arrears: arrears.map(positionDocument),
            signedOff: ["count": String(signedOff.count), "amount": signedOff.amount.plainString],
            largestSignedOff: signedOff.largest.map(\.label),
            checklist: checklist.map { .init(number: $0.number, area: $0.title, status: $0.status.rawValue, evidence: $0.evidence) },
            findings: findings.map { $0.document(rows: &rows, language: l) },
            comments: comments.map { ["received": $0.received.description, "text": $0.text] })
    }
}
