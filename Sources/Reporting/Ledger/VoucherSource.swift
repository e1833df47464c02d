import LedgerCore

/// Where a voucher came from, as `voucher show` prints it. The books store a short English code
/// (`draft:12`, `凭证.csv:7`, `allocate 2026-03`); the reader sees it named in their language.
/// Every form the code writes is here (DraftVoucher, the two voucher imports, AllocationPlan,
/// RemittanceBook, ReceiptVouchers, DuesCollection, the opening and changeover files, the tour).
public enum VoucherSource {
    public static func shown(_ source: String, _ l: Language) -> String {
        if let id = after("draft:", in: source), !id.isEmpty, id.allSatisfy(\.isASCIIDigitCharacter) {
            return l.pick("草稿 \(id)", "draft \(id)")
        }
        if let month = after("allocate ", in: source) { return l.pick("经费分配 \(month)", "allocation \(month)") }
        if let month = after("dues collect ", in: source) { return l.pick("会费收缴 \(month)", "dues collection \(month)") }
        switch source {
        case "remit record": return l.pick("上解登记", "remittance record")
        case "remit refund": return l.pick("上解退回", "remittance refund")
        case "tour": return l.pick("演示数据", "the tour")
        default: break
        }
        // FILE:LINE from an import (the file's name may itself hold a colon: the line is after the last).
        if let colon = source.lastIndex(of: ":"), colon != source.startIndex {
            let line = source[source.index(after: colon)...]
            if !line.isEmpty, line.allSatisfy(\.isASCIIDigitCharacter) {
                let file = source[..<colon]
                return l.pick("导入 \(file) 第 \(line) 行", "imported from \(file), line \(line)")
            }
        }
        // A file read whole: opening balances, a changeover, a dues collection sheet.
        return l.pick("导入 \(source)", "imported from \(source)")
    }
}

private func after(_ prefix: String, in text: String) -> Substring? {
    text.hasPrefix(prefix) ? text.dropFirst(prefix.count) : nil
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
