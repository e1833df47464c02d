import InputFiles
import LedgerCore
import LedgerStore
import Reporting

extension Report {
    /// 会费核定表: the month's dues per member, with what `dues assess` just did.
    public static func duesAssessment(_ outcome: DuesAssessmentOutcome?, lines: [DuesLine], month: YearMonth, rule: DuesRule,
                                      organisationName: String, language: Language) throws -> Report {
        let l = language
        let columns = [
            Column(l.pick("会员编号", "No."), key: "member_no"), Column(l.pick("姓名", "Name"), key: "name"),
            Column(l.pick("单位", "Unit"), key: "unit_code"),
            Column(l.pick("计缴基数", "Base"), key: "base", alignment: .right),
            Column(l.pick("应缴会费", "Dues"), key: "amount", alignment: .right),
            Column(l.pick("已缴", "Paid"), key: "paid", alignment: .right),
            Column(l.pick("未缴", "Owed"), key: "owed", alignment: .right),
            Column(l.pick("备注", "Note"), key: "note"),
        ]
        let rows: [[Cell]] = lines.map { line in
            [.text(line.memberNumber), .text(line.name), .text(line.unit), .money(line.base), .money(line.amount), .money(line.paid),
             .money(line.outstanding), line.exempt ? .labelled(value: "exempt", label: l.pick("保留会籍免缴", "exempt (retained)")) : .text("")]
        }
        let totals: [[Cell]] = [[totalLabel(l), membersCount(lines.count, l), .empty,
                                 .money(try Money.sum(lines.map(\.base))), .money(try Money.sum(lines.map(\.amount))),
                                 .money(try Money.sum(lines.map(\.paid))), .money(try Money.sum(lines.map(\.outstanding))), .empty]]
        var notes = [l.pick("会费 = ⌊工资基数 ÷ \(rule.wageUnit.formatted())⌋ × \(rule.wageUnit.formatted()) × \(rule.rate.percentText)，四舍五入到分；保留会籍会员免缴",
                            "Dues = ⌊wage ÷ \(rule.wageUnit.formatted())⌋ × \(rule.wageUnit.formatted()) × \(rule.rate.percentText), half-up to the fen; retained members exempt")]
        if let outcome {
            notes.insert(l.pick("本次核定 \(outcome.assessed) 人，重新核定 \(outcome.reassessed) 人，已核定未变 \(outcome.unchanged) 人"
                                + (outcome.paidNotReassessed > 0 ? "，已缴费未重新核定 \(outcome.paidNotReassessed) 人" : ""),
                                "\(outcome.assessed) assessed now, \(outcome.reassessed) reassessed, \(outcome.unchanged) already assessed"
                                + (outcome.paidNotReassessed > 0 ? ", \(outcome.paidNotReassessed) paid and not reassessed" : "")), at: 0)
        }
        return Report(title: l.pick("会费核定表", "Dues assessment"),
                      headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                                    l.pick("所属月份：\(month)", "Month: \(month)"), l.pick("单位：元", "Amounts in yuan")],
                      tables: [Table(columns: columns, rows: rows, totals: totals)], notes: notes)
    }

    /// What `dues collect` posted.
    public static func duesCollection(_ outcome: DuesCollectionOutcome, language: Language) -> Report {
        let l = language
        let rows: [[Cell]] = outcome.vouchers.map { voucher in
            [.text(voucher.label), .text(voucher.date.description), .text(voucher.summary), .money(voucher.total)]
        }
        return Report(title: l.pick("会费收缴", "Dues collected"),
                      headerLines: [l.pick("所属月份：\(outcome.month)", "Month: \(outcome.month)")],
                      tables: [Table(columns: [Column(l.pick("凭证号", "Voucher"), key: "voucher"), Column(l.pick("日期", "Date"), key: "date"),
                                               Column(l.pick("摘要", "Summary"), key: "summary"),
                                               Column(l.pick("金额", "Amount"), key: "amount", alignment: .right)],
                                     rows: rows)],
                      notes: [outcome.payments == 0
                              ? l.pick("没有应收未收的会费，未记账", "Nothing assessed is unpaid; nothing was posted")
                              : l.pick("\(outcome.payments) 笔缴费，合计 \(outcome.total.formatted()) 元，借 银行存款/库存现金 贷 会费收入",
                                       "\(outcome.payments) payments, \(outcome.total.formatted()) in all: Dr bank/cash, Cr membership dues")])
    }

    /// 会费欠缴表: unpaid months and amounts per member, six consecutive months flagged.
    public static func duesArrears(_ arrears: [MemberDuesArrears], asOf: LocalDate, organisationName: String,
                                   language: Language) throws -> Report {
        let l = language
        let columns = [
            Column(l.pick("会员编号", "No."), key: "member_no"), Column(l.pick("姓名", "Name"), key: "name"),
            Column(l.pick("单位", "Unit"), key: "unit_code"),
            Column(l.pick("欠缴月数", "Months unpaid"), key: "months_unpaid", alignment: .right),
            Column(l.pick("欠缴月份", "Unpaid months"), key: "unpaid_months"),
            Column(l.pick("欠缴金额", "Amount"), key: "amount", alignment: .right),
            Column(l.pick("最长连续月数", "Longest run"), key: "longest_run", alignment: .right),
            Column(l.pick("提示", "Flag"), key: "flag"),
        ]
        let rows: [[Cell]] = arrears.map { member in
            [.text(member.memberNumber), .text(member.name), .text(member.unit), .integer(Int64(member.unpaidMonths.count)),
             .text(Self.monthRanges(member.unpaidMonths)), .money(member.amount), .integer(Int64(member.longestRun)),
             member.isWithdrawalCandidate
                ? .labelled(value: "withdrawal-candidate",
                            label: l.pick("连续6个月未缴，按章程视为自动退会（须先教育）", "6 months in a row unpaid: withdrawal candidate"))
                : .text("")]
        }
        let candidates = arrears.filter(\.isWithdrawalCandidate).count
        let totals: [[Cell]] = [[totalLabel(l), membersCount(arrears.count, l), .empty,
                                 .integer(Int64(arrears.reduce(0) { $0 + $1.unpaidMonths.count })), .empty,
                                 .money(try Money.sum(arrears.map(\.amount))), .empty, .empty]]
        return Report(title: l.pick("会费欠缴表", "Dues arrears"),
                      headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                                    l.pick("截至 \(asOf)（已结束的月份）", "As of \(asOf) (months ended)"), l.pick("单位：元", "Amounts in yuan")],
                      tables: [Table(columns: columns, rows: rows, totals: totals)],
                      notes: [l.pick("连续6个月未缴会费的会员 \(candidates) 人（中国工会章程第五条：无正当理由连续6个月不交纳会费、不参加工会组织生活，经教育拒不改正，视为自动退会）",
                                     "\(candidates) members with six consecutive unpaid months (union constitution art. 5: without good reason and after persuasion, counts as withdrawal)")])
    }

    /// `2026-03…2026-08, 2026-10`.
    static func monthRanges(_ months: [YearMonth]) -> String {
        var parts: [String] = []
        var runStart = 0
        for index in months.indices {
            let endsRun = index == months.count - 1 || months[index + 1].ordinal != months[index].ordinal + 1
            guard endsRun else { continue }
            parts.append(runStart == index ? months[index].description : "\(months[runStart])…\(months[index])")
            runStart = index + 1
        }
        return parts.joined(separator: ", ")
    }

    /// `12 人` / `12 members` for people, `12` in JSON.
    static func membersCount(_ count: Int, _ l: Language) -> Cell {
        .labelled(value: String(count), label: l.pick("\(count) 人", "\(count) members"))
    }
}

extension Rate {
    /// `0.5%`: the rate as a percentage, exactly when it has a short decimal form.
    var percentText: String {
        let hundredths = numerator * 10_000
        guard denominator > 0, hundredths % denominator == 0 else { return "\(numerator)/\(denominator)" }
        let basisPoints = hundredths / denominator
        let whole = basisPoints / 100, fraction = basisPoints % 100
        return fraction == 0 ? "\(whole)%" : (fraction % 10 == 0 ? "\(whole).\(fraction / 10)%" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%")
    }
}
