import LedgerCore
import LedgerStore

/// The hledger journal: one transaction per voucher, its label as the transaction code
/// `(记-2026-01-003)`, the voucher's kind, fund and reversed voucher as transaction tags, a
/// posting's memo, budget line and counterparty as posting comment and tags; amounts in CNY.
enum HledgerJournal {
    static func preamble(_ context: JournalExport.Context) -> String {
        var text = "; Gonghui journal: \(context.organisation.code) \(JournalAccounts.hledgerSafe(context.organisation.name))\n"
        text += "commodity 1000.00 CNY\n\n"
        for kind in Account.Kind.allCases {
            text += "account \(JournalAccounts.hledgerRoot(kind))  ; type: \(JournalAccounts.hledgerType(kind))\n"
        }
        for account in context.accounts.accounts {
            text += "account \(context.accounts.hledgerName(account.code, kind: account.kind))\n"
        }
        return text + "\n"
    }

    static func entry(_ journal: JournalVoucher, _ context: JournalExport.Context) throws -> String {
        let voucher = journal.voucher
        var tags: [String] = []
        if voucher.kind != .normal { tags.append("kind:\(voucher.kind.rawValue)") }
        if let reversed = journal.reversedLabel { tags.append("reverses:\(tagValue(reversed))") }
        if !voucher.fund.isEmpty { tags.append("fund:\(tagValue(voucher.fund))") }
        if voucher.attachments > 0 { tags.append("attachments:\(voucher.attachments)") }
        // A description ends at `;` (the comment); colons and brackets are fine there.
        var text = "\(voucher.date) (\(voucher.label)) \(voucher.summary.replacingOccurrences(of: ";", with: "；"))"
        if !tags.isEmpty { text += "  ; " + tags.joined(separator: ", ") }
        text += "\n"
        for posting in voucher.postings {
            let account = try context.account(posting.account, voucher: voucher)
            text += "    \(context.accounts.hledgerName(account.code, kind: account.kind))  \(posting.signedAmount.plainString) CNY"
            var comment: [String] = []
            if !posting.memo.isEmpty { comment.append(JournalAccounts.hledgerSafe(posting.memo)) }
            var postingTags: [String] = []
            if let line = posting.budgetLine { postingTags.append("budget_line:\(tagValue(line))") }
            if let counterparty = posting.counterparty { postingTags.append("counterparty:\(tagValue(counterparty))") }
            if !postingTags.isEmpty { comment.append(postingTags.joined(separator: ", ")) }
            if !comment.isEmpty { text += "  ; " + comment.joined(separator: " ") }
            text += "\n"
        }
        return text + "\n"
    }

    /// A tag value ends at a comma: commas become full-width.
    static func tagValue(_ text: String) -> String {
        JournalAccounts.hledgerSafe(text).replacingOccurrences(of: ",", with: "，")
    }
}
