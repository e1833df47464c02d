import InputFiles
import LedgerCore
import LedgerStore
import UnionCore

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

/// The accounts dues post to, by role: 借 银行存款 (`bank`) or 库存现金 (`cash`), 贷 会费收入 (`duesRevenue`).
public struct DuesAccounts: Sendable, Hashable {
    public var bank: AccountCode
    public var cash: AccountCode
    /// 会费收入. Dues are never part of the 2% allocation or the remittance base (DOMAIN §3).
    public var revenue: AccountCode

    public init(bank: AccountCode, cash: AccountCode, revenue: AccountCode) {
        self.bank = bank
        self.cash = cash
        self.revenue = revenue
    }

    /// The accounts in the roles `cash`, `bank` and `duesRevenue` of the books' chart; `bank` and
    /// `cash`, when given, name other accounts (a sub-account of 银行存款, say).
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart` when the chart has no account in a role needed.
    public init(roles: ChartRoles, bank: AccountCode? = nil, cash: AccountCode? = nil) throws(UnionFundsError) {
        let bankCode: AccountCode, cashCode: AccountCode
        if let bank { bankCode = bank } else { bankCode = try roles.code(.bank) }
        if let cash { cashCode = cash } else { cashCode = try roles.code(.cash) }
        self.init(bank: bankCode, cash: cashCode, revenue: try roles.code(.duesRevenue))
    }

    func debitAccount(_ method: DuesPaymentMethod) -> AccountCode { method == .cash ? cash : bank }
}

/// What `dues collect` posted.
public struct DuesCollectionOutcome: Sendable {
    public var month: YearMonth
    public var payments: Int
    public var total: Money
    public var vouchers: [PostedVoucher]
    /// The same payments file (by content, for the same month) was collected before: nothing was done.
    public var alreadyImported: ImportedContent? = nil
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

extension MemberDues {
    /// Records dues payments and posts them, in one transaction: 借 银行存款 (payroll, bank) or
    /// 库存现金 (cash), 贷 会费收入, one voucher per payment date.
    ///
    /// Without a file, a payroll-deduction batch (工资代扣): everything assessed and still unpaid
    /// for `month`, paid on `date`. With a file, the payments it lists; every row is checked first
    /// (the member's dues kept in these books, assessed for the month, not paid beyond what is
    /// owed) and any bad row means `RowsRejected` and nothing written.
    /// - Parameter date: the voucher date of the batch, and of file rows without `paid_on`.
    public func collect(month: YearMonth, date: LocalDate, file: (path: String, displayName: String)? = nil,
                        encoding: InputEncoding = .automatic, accounts: DuesAccounts) throws -> DuesCollectionOutcome {
        let text = try file.map { file in try TextFile.read(path: file.path, displayName: file.displayName, encoding: encoding) }
        let register = try file.map { file in
            try RegisterFile(text: text ?? "", name: file.displayName, columns: DuesPaymentLayout.all)
        }
        // A payments file is collected once per month: the same rows again (re-saved, re-encoded) do nothing.
        let content = text.flatMap { InputFile.contentDigest(ofText: $0, context: "month=\(month)") }
        return try store.withDuesCollection(books: books) { transaction in
            if let content, let previous = try transaction.importedContent(kind: "dues", digest: content.digest) {
                return DuesCollectionOutcome(month: month, payments: 0, total: .zero, vouchers: [], alreadyImported: previous)
            }
            let payments = try register.map { register in
                try DuesPaymentCheck.payments(in: register, month: month, date: date, books: books.organisation,
                                              standing: transaction.standing(memberNumber:month:))
            } ?? transaction.unpaidDues(month: month).filter { $0.owed.isPositive }.map { line in
                DuesPayment(memberNumber: line.memberNumber, month: month, amount: line.owed, method: .payroll, date: date)
            }
            var outcome = DuesCollectionOutcome(month: month, payments: payments.count, total: .zero, vouchers: [])
            let byDate = Dictionary(grouping: payments, by: \.date)
            for day in byDate.keys.sorted() {
                guard let group = byDate[day] else { continue }
                let draft = try DuesPaymentCheck.voucher(for: group, on: day, accounts: accounts, payroll: register == nil,
                                                         source: file?.displayName ?? "dues collect \(month)")
                let voucher = try transaction.post(draft)
                for payment in group { try transaction.recordPayment(payment, voucherID: voucher.id) }
                outcome.vouchers.append(voucher)
                outcome.total = try outcome.total.adding(Money.sum(group.map(\.amount)))
            }
            if let content, let file {
                try transaction.recordImportedContent(kind: "dues", digest: content.digest, fileName: file.displayName,
                                                     rows: max(0, content.records - 1))   // rows below the header
            }
            return outcome
        }
    }
}

/// The payments file's rules and the voucher a day's payments make, as pure functions.
enum DuesPaymentCheck {
    /// One day's payments as one voucher: 借 each debit account its share, 贷 会费收入 the total.
    /// - Parameter payroll: a payroll-deduction batch (工资代扣) rather than members' own payments.
    static func voucher(for payments: [DuesPayment], on day: LocalDate, accounts: DuesAccounts, payroll: Bool,
                        source: String) throws -> VoucherDraft {
        var debits: [AccountCode: Money] = [:]
        for payment in payments {
            let account = accounts.debitAccount(payment.method)
            debits[account] = try (debits[account] ?? .zero).adding(payment.amount)
        }
        let total = try Money.sum(payments.map(\.amount))
        let months = Set(payments.map(\.month)).sorted().map(\.description).joined(separator: "、")
        var postings = debits.keys.sorted().compactMap { code in debits[code].map { Posting(account: code, side: .debit, amount: $0) } }
        postings.append(Posting(account: accounts.revenue, side: .credit, amount: total))
        let how = payroll ? "工资代扣" : "会员缴纳"
        return VoucherDraft(date: day, summary: "收取 \(months) 会费（\(how)，\(payments.count) 人次）", postings: postings, source: source)
    }

    /// Every row of a payments file checked; all problems reported at once (numbers masked).
    /// - Parameter standing: where a member's dues for a month stand; nil for an unknown member.
    /// - Throws: `RowsRejected` listing every bad row.
    static func payments(in file: RegisterFile, month: YearMonth, date: LocalDate, books: Organisation,
                         standing: (String, YearMonth) throws -> DuesStanding?) throws -> [DuesPayment] {
        typealias L = DuesPaymentLayout
        var problems = ProblemList(file: file.name)
        var owed: [String: Money] = [:]   // member number and month → still owed, as rows are read
        var payments: [DuesPayment] = []
        for (index, row) in file.rows.enumerated() {
            ImportProgress.reportIfDue(rows: index + 1, vouchers: 0)
            var bad = false
            func report(_ column: RegisterFile.Column, _ error: any Error) {
                bad = true
                problems.add(line: row.line, field: file.heading(column), value: NationalID.maskingNumbers(in: row.text(column)), error)
            }
            let number = row.text(L.number)
            var rowMonth = month
            if !row.text(L.month).isEmpty {
                do { rowMonth = try YearMonth(parsing: row.text(L.month)) } catch { report(L.month, MaskedLedgerError(error)) }
            }
            var paidOn = date
            if !row.text(L.paidOn).isEmpty {
                do { paidOn = try LocalDate(parsing: row.text(L.paidOn)) } catch { report(L.paidOn, MaskedLedgerError(error)) }
            }
            var method = DuesPaymentMethod.bank
            do { method = try DuesPaymentMethod(parsing: row.text(L.method)) } catch { report(L.method, error) }
            var amount = Money.zero
            do {
                amount = try Money(parsing: row.text(L.amount))
                if !amount.isPositive { report(L.amount, MaskedLedgerError(.amountMustBePositive(line: row.line, value: row.text(L.amount)))) }
            } catch {
                report(L.amount, MaskedLedgerError(error))
            }
            let masked = NationalID.maskingNumbers(in: number)
            guard let standing = try standing(number, rowMonth) else {
                report(L.number, MembershipError.memberMustExist(memberNumber: masked))
                continue
            }
            guard let assessment = standing.assessment else {
                report(L.number, MembershipError.duesMustBeAssessed(memberNumber: masked, month: rowMonth.description))
                continue
            }
            guard assessment.books == books.id else {
                report(L.number, MembershipError.memberMustBelongToBooks(memberNumber: masked, books: books.code))
                continue
            }
            let key = "\(number) \(rowMonth)"
            let stillOwed = try owed[key] ?? assessment.amount.subtracting(standing.paid)
            if amount > stillOwed {
                report(L.amount, MembershipError.paymentMustNotExceedOutstanding(
                    memberNumber: masked, month: rowMonth.description, outstanding: (stillOwed.isNegative ? .zero : stillOwed).plainString))
            }
            guard !bad else { continue }
            owed[key] = try stillOwed.subtracting(amount)
            payments.append(DuesPayment(memberNumber: number, month: rowMonth, amount: amount, method: method, date: paidOn))
        }
        try problems.throwIfAny()
        return payments
    }
}
