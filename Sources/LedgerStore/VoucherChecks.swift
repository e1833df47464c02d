import LedgerCore

/// The first rung of the posting ladder, the same in every store: the rules on the voucher alone.
public enum VoucherChecks {
    /// A fund name is plain text of at most 64 characters.
    public static func checkFund(_ fund: String) throws(LedgerError) {
        guard !fund.isEmpty else { return }
        guard !fund.hasControlCharacters else { throw .textMustNotHoldControlCharacters(field: "fund") }
        guard fund.count <= 64, fund == fund.trimmingSpaces() else { throw .fieldMustBePresent(field: "fund (1–64 characters, no surrounding spaces)") }
    }

    /// The rules on the voucher alone: lines, balance, attachments, fund. Returns its total.
    public static func checkAlone(_ draft: VoucherDraft) throws(LedgerError) -> Money {
        let total = try draft.validate()
        guard draft.attachments >= 0 else { throw .attachmentsMustBeCount(value: String(draft.attachments)) }
        try checkFund(draft.fund)
        return total
    }
}
