import LedgerCore
import LedgerStore

/// The journal as a spreadsheet: one row per posting, UTF-8 with a BOM and CRLF (as Excel wants),
/// money as plain `1234.50`. The columns are `voucher import`'s, plus the account's names, the
/// voucher's kind and the voucher it reverses; red ink shows as a negative amount on its side
/// (so such rows are not importable: an import posts blue-ink vouchers only).
enum JournalCSV {
    static let columns = ["date", "voucher", "account", "account_name", "debit", "credit", "summary",
                          "fund", "attachments", "budget_line", "counterparty", "kind", "reverses"]

    static var preamble: String { "\u{FEFF}" + columns.joined(separator: ",") + "\r\n" }

    static func entry(_ journal: JournalVoucher, _ context: JournalExport.Context) throws -> String {
        let voucher = journal.voucher
        var text = ""
        for posting in voucher.postings {
            _ = try context.account(posting.account, voucher: voucher)
            let amount = posting.amount.plainString
            let fields = [
                voucher.date.description, voucher.label, posting.account.rawValue, context.accounts.namePath(posting.account),
                posting.side == .debit ? amount : "", posting.side == .credit ? amount : "",
                posting.memo.isEmpty ? voucher.summary : posting.memo, voucher.fund,
                voucher.attachments > 0 ? String(voucher.attachments) : "",
                posting.budgetLine ?? "", posting.counterparty ?? "", voucher.kind.rawValue, journal.reversedLabel ?? "",
            ]
            text += fields.map(escape).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// Quoted when it holds a separator, a quote or a line break.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
