import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// How a member paid (缴费方式): withheld from pay and transferred by the employer, paid at the
/// bank, or in cash to the treasurer.
public enum DuesPaymentMethod: String, Sendable, CaseIterable {
    case payroll, bank, cash

    /// - Throws: `MembershipError.paymentMethodMustBeKnown`.
    public init(parsing text: String) throws(MembershipError) {
        let trimmed = text.trimmingSpaces()
        if let method = DuesPaymentMethod(rawValue: trimmed.lowercased()) { self = method; return }
        let aliases: [String: DuesPaymentMethod] = ["工资代扣": .payroll, "代扣": .payroll, "银行": .bank, "转账": .bank, "现金": .cash]
        guard let method = aliases[trimmed] else { throw .paymentMethodMustBeKnown(value: NationalID.maskingNumbers(in: text)) }
        self = method
    }
}

/// The accounts dues post to (the same codes in every shipped chart).
public struct DuesAccounts: Sendable {
    public var bank: AccountCode
    public var cash: AccountCode
    /// 401 会费收入. Dues are never part of the 2% allocation or the remittance base (DOMAIN §3).
    public var revenue: AccountCode

    public init(bank: AccountCode, cash: AccountCode, revenue: AccountCode) {
        self.bank = bank
        self.cash = cash
        self.revenue = revenue
    }

    public static func standard() throws -> DuesAccounts {
        DuesAccounts(bank: try AccountCode("102"), cash: try AccountCode("101"), revenue: try AccountCode("401"))
    }

    func debitAccount(_ method: DuesPaymentMethod) -> AccountCode { method == .cash ? cash : bank }
}

/// What `dues collect` posted.
public struct DuesCollectionOutcome: Sendable {
    public var month: YearMonth
    public var payments: Int
    public var total: Money
    public var vouchers: [PostedVoucher]
}

/// The payments file: `member_no,amount,method[,paid_on][,month]` or `会员编号,金额,缴费方式[,缴费日期][,所属月份]`.
enum DuesPaymentLayout {
    typealias Column = RegisterFile.Column
    static let number = Column(key: "member_no", names: ["member_no", "会员编号"])
    static let amount = Column(key: "amount", names: ["amount", "金额", "缴费金额"])
    static let method = Column(key: "method", names: ["method", "缴费方式"])
    static let paidOn = Column(key: "paid_on", names: ["paid_on", "缴费日期"], isRequired: false)
    static let month = Column(key: "month", names: ["month", "所属月份"], isRequired: false)
    static let all = [number, amount, method, paidOn, month]
}

extension Books {
    /// Records dues payments and posts them, in one transaction: 借 银行存款 (payroll, bank) or
    /// 库存现金 (cash), 贷 会费收入, one voucher per payment date.
    ///
    /// Without a file, a payroll-deduction batch (工资代扣): everything assessed and still unpaid
    /// for `month`, paid on `date`. With a file, the payments it lists; every row is checked first
    /// (the member's dues kept in these books, assessed for the month, not paid beyond what is
    /// owed) and any bad row means `MemberImportRejected` and nothing written.
    /// - Parameter date: the voucher date of the batch, and of file rows without `paid_on`.
    public func collectDues(month: YearMonth, date: LocalDate, file: (path: String, displayName: String)? = nil,
                            encoding: InputEncoding = .automatic, accounts: DuesAccounts) throws -> DuesCollectionOutcome {
        let register = try file.map { file in
            try RegisterFile(text: try TextFile.read(path: file.path, displayName: file.displayName, encoding: encoding),
                             name: file.displayName, columns: DuesPaymentLayout.all)
        }
        return try sqliteTransaction { posting in
            let db = posting.db
            let payments = try register.map { try checkedPayments($0, month: month, date: date, db: db) }
                ?? batch(month: month, date: date, db: db)
            var outcome = DuesCollectionOutcome(month: month, payments: payments.count, total: .zero, vouchers: [])
            let byDate = Dictionary(grouping: payments, by: \.date)
            for day in byDate.keys.sorted() {
                guard let group = byDate[day] else { continue }
                var debits: [AccountCode: Money] = [:]
                for payment in group {
                    let account = accounts.debitAccount(payment.method)
                    debits[account] = try (debits[account] ?? .zero).adding(payment.amount)
                }
                let total = try Money.sum(group.map(\.amount))
                let months = Set(group.map(\.month)).sorted().map(\.description).joined(separator: "、")
                var postings = debits.keys.sorted().compactMap { code in debits[code].map { Posting(account: code, side: .debit, amount: $0) } }
                postings.append(Posting(account: accounts.revenue, side: .credit, amount: total))
                let how = register == nil ? "工资代扣" : "会员缴纳"
                let voucher = try posting.post(VoucherDraft(date: day, summary: "收取 \(months) 会费（\(how)，\(group.count) 人次）",
                                                            postings: postings, source: file?.displayName ?? "dues collect \(month)"))
                for payment in group {
                    try db.execute(sql: """
                        INSERT INTO dues_payment(member_id, ordinal, amount_fen, paid_on, method, voucher_id) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [payment.memberID, payment.month.ordinal, payment.amount.fen, day.description,
                                         payment.method.rawValue, voucher.id])
                }
                outcome.vouchers.append(voucher)
                outcome.total = try outcome.total.adding(total)
            }
            return outcome
        }
    }


    /// Everything assessed for the month and still owed, as one payroll deduction.
    private func batch(month: YearMonth, date: LocalDate, db: Database) throws -> [DuesPayment] {
        try Row.fetchAll(db, sql: """
            SELECT a.member_id, a.amount_fen - coalesce((SELECT sum(p.amount_fen) FROM dues_payment p
                                                         WHERE p.member_id = a.member_id AND p.ordinal = a.ordinal), 0) AS owed
            FROM dues_assessment a WHERE a.org_id = ? AND a.ordinal = ? AND a.exempt = 0 ORDER BY a.member_id
            """, arguments: [organisation.id, month.ordinal]).compactMap { row in
            let owed: Int64 = row["owed"]
            guard owed > 0 else { return nil }
            return DuesPayment(memberID: row["member_id"], month: month, amount: Money(fen: owed), method: .payroll, date: date)
        }
    }

    private func checkedPayments(_ file: RegisterFile, month: YearMonth, date: LocalDate, db: Database) throws -> [DuesPayment] {
        typealias L = DuesPaymentLayout
        var problems = RowProblems(file: file.name)
        var owed: [String: Int64] = [:]   // member number and month → still owed, as rows are read
        var payments: [DuesPayment] = []
        for row in file.rows {
            var bad = false
            func report(_ column: RegisterFile.Column, _ error: MemberRowProblem.RowError) {
                bad = true
                problems.add(line: row.line, field: file.heading(column), value: NationalID.maskingNumbers(in: row.text(column)), error)
            }
            let number = row.text(L.number)
            var rowMonth = month
            if !row.text(L.month).isEmpty {
                do { rowMonth = try YearMonth(parsing: row.text(L.month)) } catch { report(L.month, .ledger(error)) }
            }
            var paidOn = date
            if !row.text(L.paidOn).isEmpty {
                do { paidOn = try LocalDate(parsing: row.text(L.paidOn)) } catch { report(L.paidOn, .ledger(error)) }
            }
            var method = DuesPaymentMethod.bank
            do { method = try DuesPaymentMethod(parsing: row.text(L.method)) } catch { report(L.method, .membership(error)) }
            var amount = Money.zero
            do {
                amount = try Money(parsing: row.text(L.amount))
                if !amount.isPositive { report(L.amount, .ledger(.amountMustBePositive(line: row.line, value: row.text(L.amount)))) }
            } catch {
                report(L.amount, .ledger(error))
            }
            let masked = NationalID.maskingNumbers(in: number)
            guard let line = try Row.fetchOne(db, sql: """
                SELECT m.id, a.org_id, a.amount_fen,
                       coalesce((SELECT sum(p.amount_fen) FROM dues_payment p WHERE p.member_id = m.id AND p.ordinal = ?), 0) AS paid
                FROM member m LEFT JOIN dues_assessment a ON a.member_id = m.id AND a.ordinal = ?
                WHERE m.member_no = ?
                """, arguments: [rowMonth.ordinal, rowMonth.ordinal, number]) else {
                report(L.number, .membership(.memberMustExist(memberNumber: masked)))
                continue
            }
            guard let assessedIn: Int64 = line["org_id"], let assessed: Int64 = line["amount_fen"] else {
                report(L.number, .membership(.duesMustBeAssessed(memberNumber: masked, month: rowMonth.description)))
                continue
            }
            guard assessedIn == organisation.id else {
                report(L.number, .membership(.memberMustBelongToBooks(memberNumber: masked, books: organisation.code)))
                continue
            }
            let key = "\(number) \(rowMonth)"
            let stillOwed = owed[key] ?? (assessed - (line["paid"] as Int64))
            if amount.fen > stillOwed {
                report(L.amount, .membership(.paymentMustNotExceedOutstanding(memberNumber: masked, month: rowMonth.description,
                                                                               outstanding: Money(fen: max(0, stillOwed)).plainString)))
            }
            guard !bad else { continue }
            owed[key] = stillOwed - amount.fen
            payments.append(DuesPayment(memberID: line["id"], month: rowMonth, amount: amount, method: method, date: paidOn))
        }
        try problems.throwIfAny()
        return payments
    }
}

/// One member's payment of one month's dues.
struct DuesPayment {
    var memberID: Int64
    var month: YearMonth
    var amount: Money
    var method: DuesPaymentMethod
    var date: LocalDate
}
