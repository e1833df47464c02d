import LedgerCore
import Reporting
import UnionCore

/// Where the money should go: the collecting federation's name and bank account.
public struct PayeeAccount: Sendable, Hashable {
    public var name: String
    public var bankName: String
    public var bankAccount: String
    public init(name: String, bankName: String, bankAccount: String) {
        self.name = name
        self.bankName = bankName
        self.bankAccount = bankAccount
    }
}

extension Report {
    /// 催缴通知书: the months unpaid, amounts, late fee, the total in figures and in 大写, where to
    /// pay, and the legal basis (工会法 art. 44).
    /// - Parameter unit: with its months (`ArrearsLedger.notice`).
    /// - Throws: `LedgerError.amountMustFitRange` when the total does not fit.
    public static func dunningNotice(_ unit: UnitArrears, asOf: LocalDate, payee: PayeeAccount?, lateFeeRule: String,
                                     language: Language) throws -> Report {
        let l = language
        let columns = [
            Column(l.pick("所属期", "Payroll month"), key: "month"),
            Column(l.pick("应缴日", "Due date"), key: "due_date"),
            Column(l.pick("应缴", "Due"), key: "due", alignment: .right),
            Column(l.pick("已缴", "Paid"), key: "paid", alignment: .right),
            Column(l.pick("欠缴", "Outstanding"), key: "outstanding", alignment: .right),
            Column(l.pick("逾期天数", "Days late"), key: "days_late", alignment: .right),
            Column(l.pick("滞纳金", "Late fee"), key: "late_fee", alignment: .right),
        ]
        let rows: [[Cell]] = unit.months.map { month in
            [.text(month.month.description), .text(month.dueDate.description), .money(month.due), .money(month.paid),
             .money(month.outstanding), .integer(Int64(month.daysLate)), .money(month.lateFee)]
        }
        let outstanding = try Money.sum(unit.months.map(\.outstanding))
        let fee = try Money.sum(unit.months.map(\.lateFee))
        let total = try outstanding.adding(fee)
        let totals: [[Cell]] = [[totalLabel(l), .empty, .empty, .empty, .money(outstanding), .empty, .money(fee)]]
        let payeeName = payee?.name ?? l.pick("上级工会", "the higher union")
        var notes = [
            l.pick("\(unit.name)：", "To \(unit.name):"),
            l.pick("截至 \(asOf)，贵单位欠缴工会经费 \(outstanding.formatted()) 元，滞纳金 \(fee.formatted()) 元，合计 \(total.formatted()) 元（大写：\(total.chineseUppercase())）。",
                   "As of \(asOf) your unit owes union funds of \(outstanding.formatted()) yuan and a late fee of \(fee.formatted()) yuan, in all \(total.formatted()) yuan (in words: \(total.chineseUppercase())).")
        ]
        if let payee, !payee.bankAccount.isEmpty {
            notes.append(l.pick("请于收到本通知之日起十五日内缴至：户名 \(payee.name)，开户行 \(payee.bankName)，账号 \(payee.bankAccount)。",
                                "Please pay within fifteen days of this notice to: \(payee.name), bank \(payee.bankName), account \(payee.bankAccount)."))
        } else {
            notes.append(l.pick("请于收到本通知之日起十五日内缴至\(payeeName)。", "Please pay \(payeeName) within fifteen days of this notice."))
        }
        notes.append(l.pick("依据：《中华人民共和国工会法》第四十三条（按全部职工工资总额的百分之二向工会拨缴经费）、第四十四条（无正当理由拖延或者拒不拨缴的，工会可以向人民法院申请支付令；拒不执行支付令的，工会可以依法申请人民法院强制执行）。\(lateFeeRule)",
                            "Basis: Trade Union Law art. 43 (2% of all employees' total wages) and art. 44 (a union may apply to the court for a payment order against an employer that delays or refuses payment without good reason, and then for enforcement). \(lateFeeRule)"))
        var notice = Report(title: l.pick("工会经费催缴通知书", "Notice of unpaid union funds"),
                            headerLines: [l.pick("单位编码：\(unit.code)", "Unit: \(unit.code)"), l.pick("单位：元", "Unit: yuan")],
                            tables: [Table(columns: columns, rows: rows, totals: totals)], notes: notes,
                            signatures: [l.pick("\(payeeName)（盖章）", "\(payeeName) (seal)"), l.pick("日期", "Date")])
        // A notice is one letter: it prints on one sheet however many months it lists.
        notice.fitsOnePage = true
        return notice
    }
}

extension LateFeeTerms {
    /// The rule as a sentence for notices.
    public func sentence(in language: Language) -> String {
        let thousandths = dailyRate.numerator.multipliedReportingOverflow(by: 1000)
        let denominator = max(dailyRate.denominator, 1)
        let perMille = !thousandths.overflow && thousandths.partialValue % denominator == 0
            ? "\(thousandths.partialValue / denominator)‰" : "\(dailyRate)"
        return cap == .principal
            ? language.pick("滞纳金按欠缴额每日\(perMille)自应缴日次日起计算，以欠缴本金为限。",
                            "Late fee: \(perMille) of the arrears a day from the day after the due date, at most the principal.")
            : language.pick("滞纳金按欠缴额每日\(perMille)自应缴日次日起计算。",
                            "Late fee: \(perMille) of the arrears a day from the day after the due date.")
    }
}
