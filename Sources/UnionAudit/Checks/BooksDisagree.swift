import LedgerCore
import LedgerStore
import UnionStatements

/// 账证、账账、账表不符: the balances disagree with the vouchers (verify), the trial balance of the
/// period does not balance, or a month's balance sheet (工会01表) does not give 资产 = 负债 + 净资产.
public struct BooksDisagree: Check {
    public static let id = "books.agreement"
    public let title = (zh: "账证、账账、账表不相符", en: "Books, ledgers and statements disagree")
    public let basis = "《工会会计制度》（财会〔2021〕7号）第十七条、第二十九条 [C]；《中国工会审计条例》第二十三条第（七）项（财务管理和内控）[C-3p]"
    public let severity = Severity.violation

    /// What verify re-checks that is not the chain or the numbering (those have their own checks).
    static let kinds: Set<VerifyFinding.Kind> = [
        .balanceMismatch, .voucherUnbalanced, .voucherTooFewPostings, .amountSign, .accountNotLeaf, .reversalMismatch,
        .periodCounterMismatch, .orphanPosting, .periodMismatch, .voucherFieldMismatch,
    ]

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found = try context.verifyFindings()
            .filter { Self.kinds.contains($0.kind) && $0.organisation == context.organisation.code }
            .map { verified in
                var finding = verified.finding
                finding.check = id
                return finding
            }
        let balance = try context.books.trialBalance(from: period.lowerBound, to: period.upperBound)
        if !balance.isBalanced {
            found.append(finding(period: period,
                                 "\(period.label) 科目余额表借贷不平衡（借方 \(balance.totalDebit.formatted())，贷方 \(balance.totalCredit.formatted())）",
                                 "the trial balance for \(period.label) does not balance (debits \(balance.totalDebit.formatted()), credits \(balance.totalCredit.formatted()))"))
        }
        for month in period.months {
            let sheet: OfficialStatement
            do {
                sheet = try OfficialStatement.make(books: context.books, form: .balanceSheet, period: .month(month), detail: false, language: .zh)
            } catch is StatementError {
                // The official form needs the official chart; other charts are compared through the trial balance only.
                break
            }
            guard !sheet.balances else { continue }
            found.append(finding(period: month...month,
                                 "\(month) 资产负债表（工会01表）资产总计不等于负债与净资产总计",
                                 "the balance sheet (union form 01) at \(month) does not give assets = liabilities + net assets"))
        }
        return found
    }
}
