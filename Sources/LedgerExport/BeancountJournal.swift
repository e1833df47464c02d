import LedgerCore
import LedgerStore

/// The beancount ledger: accounts by code (`Assets:1002:100201`, see `JournalAccounts`) opened
/// with their Chinese names as metadata; one transaction per voucher with its label, kind, fund
/// and reversed voucher as metadata, and each posting's memo, budget line and counterparty as
/// posting metadata; amounts in CNY.
enum BeancountJournal {
    static func preamble(_ context: JournalExport.Context) -> String {
        var text = "; Gonghui journal: \(context.organisation.code)\n"
        text += "option \"title\" \(quoted(context.organisation.code + " " + context.organisation.name))\n"
        text += "option \"operating_currency\" \"CNY\"\n\n"
        for account in context.accounts.accounts {
            text += "\(context.openDate) open \(context.accounts.beancountName(account.code, kind: account.kind)) CNY\n"
            text += "  name: \(quoted(account.name))\n"
            text += "  path: \(quoted(context.accounts.namePath(account.code)))\n"
        }
        return text + "\n"
    }

    static func entry(_ journal: JournalVoucher, _ context: JournalExport.Context) throws -> String {
        let voucher = journal.voucher
        var text = "\(voucher.date) * \(quoted(voucher.summary))\n"
        text += "  voucher: \(quoted(voucher.label))\n"
        if voucher.kind != .normal { text += "  kind: \(quoted(voucher.kind.rawValue))\n" }
        if let reversed = journal.reversedLabel { text += "  reverses: \(quoted(reversed))\n" }
        if !voucher.fund.isEmpty { text += "  fund: \(quoted(voucher.fund))\n" }
        if voucher.attachments > 0 { text += "  attachments: \(voucher.attachments)\n" }
        for posting in voucher.postings {
            let account = try context.account(posting.account, voucher: voucher)
            text += "  \(context.accounts.beancountName(account.code, kind: account.kind))  \(posting.signedAmount.plainString) CNY\n"
            if !posting.memo.isEmpty { text += "    memo: \(quoted(posting.memo))\n" }
            if let line = posting.budgetLine { text += "    budget_line: \(quoted(line))\n" }
            if let counterparty = posting.counterparty { text += "    counterparty: \(quoted(counterparty))\n" }
        }
        return text + "\n"
    }

    /// A beancount string: backslash and double quote escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
