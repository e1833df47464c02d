import LedgerCore

extension Report {
    /// 科目余额表: per leaf account its opening balance, debits, credits and closing balance.
    ///
    /// JSON schema (amounts are strings with two decimals; balances signed by the account's
    /// normal side, so an ordinary balance is positive):
    /// `{"org","from","to","accounts":[{"code","name","opening","debit","credit","closing"}],"totals":{"debit","credit"}}`
    public static func trialBalance(_ balance: TrialBalance, organisationName: String, language: Language) -> Report {
        let l = language
        let columns = [
            Column(l.pick("科目编码", "Code"), key: "code"),
            Column(l.pick("科目名称", "Account"), key: "name"),
            Column(l.pick("方向", "Side"), key: "side"),
            Column(l.pick("期初余额", "Opening"), key: "opening", alignment: .right),
            Column(l.pick("本期借方", "Debit"), key: "debit", alignment: .right),
            Column(l.pick("本期贷方", "Credit"), key: "credit", alignment: .right),
            Column(l.pick("期末余额", "Closing"), key: "closing", alignment: .right),
        ]
        let rows: [[Cell]] = balance.rows.map { row in
            [.text(row.account.code.rawValue), .text(row.account.name(in: l)),
             .text(l.pick(row.account.normalSide.chinese, row.account.normalSide == .debit ? "Dr" : "Cr")),
             .money(row.opening), .money(row.debit), .money(row.credit), .money(row.closing)]
        }
        let totals: [[Cell]] = [[.text(l.pick("合计", "Total")), .empty, .empty, .empty,
                                 .money(balance.totalDebit), .money(balance.totalCredit), .empty]]
        let status = balance.isBalanced
            ? l.pick("试算平衡：借方合计 = 贷方合计", "In balance: total debits = total credits")
            : l.pick("试算不平衡！差额 \(balance.closingImbalance.formatted())", "OUT OF BALANCE by \(balance.closingImbalance.formatted())")
        let json = TrialBalanceJSON(
            org: balance.organisation, from: balance.from.description, to: balance.to.description,
            accounts: balance.rows.map {
                .init(code: $0.account.code.rawValue, name: $0.account.name(in: l), opening: $0.opening,
                      debit: $0.debit, credit: $0.credit, closing: $0.closing)
            },
            totals: .init(debit: balance.totalDebit, credit: balance.totalCredit))
        return Report(
            title: l.pick("科目余额表", "Trial balance"),
            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("期间：\(balance.from) 至 \(balance.to)", "Period: \(balance.from) to \(balance.to)"),
                          l.pick("单位：元", "Unit: yuan")],
            tables: [Table(columns: columns, rows: rows, totals: totals)],
            notes: [status],
            json: json)
    }
}

/// The stable JSON document of `report trial-balance --format json`.
public struct TrialBalanceJSON: Codable, Sendable, Equatable {
    public struct Account: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var opening: Money
        public var debit: Money
        public var credit: Money
        public var closing: Money
    }

    public struct Totals: Codable, Sendable, Equatable {
        public var debit: Money
        public var credit: Money
    }

    public var org: String
    public var from: String
    public var to: String
    public var accounts: [Account]
    public var totals: Totals
}
