/// One line of a voucher: an amount on one side of one account, with its dimensions.
///
/// The dimensions say what the line is for beyond its account: the budget line (预算项目) an
/// expenditure is charged to, and the counterparty organisation (往来单位). They are part of the
/// voucher's hash (journal chain version 3) and cannot change after posting.
public struct Posting: Hashable, Sendable, Codable {
    public var account: AccountCode
    public var side: Side
    /// Positive, except in a red-ink reversal where it mirrors the original negated.
    public var amount: Money
    /// Free text for this line (defaults to the voucher's summary when printed).
    public var memo: String
    /// The budget line the amount is charged to; `nil` when none. 1–64 characters.
    public var budgetLine: String?
    /// The counterparty organisation's code; `nil` when none. 1–32 characters.
    public var counterparty: String?

    /// The longest budget line and counterparty code the ledger keeps.
    public static let budgetLineLengthMax = 64
    public static let counterpartyLengthMax = 32

    public init(account: AccountCode, side: Side, amount: Money, memo: String = "",
                budgetLine: String? = nil, counterparty: String? = nil) {
        self.account = account
        self.side = side
        self.amount = amount
        self.memo = memo
        self.budgetLine = budgetLine
        self.counterparty = counterparty
    }

    /// The signed effect on a debit-minus-credit balance.
    public var debitMinusCredit: Money { side == .debit ? amount : amount.negated }

    /// Checks the dimensions: each is absent, or well formed (see `checkDimension`).
    /// - Parameter line: where the posting is (its line in the voucher, or in the import file).
    /// - Throws: `.postingDimensionMustBeWellFormed`.
    public func validateDimensions(line: Int) throws(LedgerError) {
        if let budgetLine { try Posting.checkDimension(budgetLine, field: "budget_line", lengthMax: Posting.budgetLineLengthMax, line: line) }
        if let counterparty { try Posting.checkDimension(counterparty, field: "counterparty", lengthMax: Posting.counterpartyLengthMax, line: line) }
    }

    /// A dimension is plain text of 1 to `lengthMax` characters (Unicode scalars, as SQLite counts
    /// them) with no surrounding spaces: an empty text would read as none in the journal chain.
    /// - Throws: `.postingDimensionMustBeWellFormed`.
    public static func checkDimension(_ value: String, field: String, lengthMax: Int, line: Int) throws(LedgerError) {
        guard !value.isEmpty, !value.hasControlCharacters, value == value.trimmingSpaces(),
              value.utf8.count <= lengthMax || value.unicodeScalars.count <= lengthMax else {
            throw .postingDimensionMustBeWellFormed(line: line, field: field, value: value, lengthMax: lengthMax)
        }
    }
}

/// A bookkeeping voucher (记账凭证) before it is posted: what a caller asks the ledger to record.
///
/// `validate()` checks the rules that need no books (count, signs, balance); the posting path in
/// LedgerStore checks the rest (accounts, periods, numbering) and assigns the number.
public struct VoucherDraft: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case normal
        /// 红字冲销: negated amounts, pointing at the original.
        case reversal
        /// Period-end carry-forward (结转).
        case closing
        /// Opening balances of new books (建账).
        case opening
    }

    public var date: LocalDate
    public var summary: String
    public var postings: [Posting]
    public var kind: Kind
    /// For a reversal: the voucher it reverses.
    public var reverses: Int64?
    /// Where the voucher came from: `file.csv:12`, or empty when typed.
    public var source: String
    /// The key the user gave the voucher (e.g. `记-001` in an import file).
    public var externalReference: String
    /// 附件张数: how many source documents are attached.
    public var attachments: Int
    /// The restricted fund (专项资金) the voucher belongs to, e.g. `专项:困难职工帮扶`; empty for
    /// unrestricted money. Balances are kept per fund, and the year close carries each fund apart.
    public var fund: String
    /// Who prepared, reviewed and approved it; `nil` for vouchers the engine posts itself.
    public var approval: VoucherApproval?

    public static let postingsPerVoucherMax = 10_000
    public static let summaryLengthMax = 200

    public init(date: LocalDate, summary: String, postings: [Posting], kind: Kind = .normal,
                reverses: Int64? = nil, source: String = "", externalReference: String = "",
                attachments: Int = 0, approval: VoucherApproval? = nil, fund: String = "") {
        self.attachments = attachments
        self.fund = fund
        self.approval = approval
        self.date = date
        self.summary = summary
        self.postings = postings
        self.kind = kind
        self.reverses = reverses
        self.source = source
        self.externalReference = externalReference
    }

    public var period: YearMonth { date.yearMonth }

    /// Checks the rules that depend on the voucher alone, in order, returning at the first broken one.
    /// - Throws: `.voucherMustHaveTwoPostings`, `.summaryMustBePresent`, `.amountMustBePositive`,
    ///   `.postingsMustBalance`, `.voucherMustNotBeZero`, `.amountMustFitRange`,
    ///   `.postingDimensionMustBeWellFormed`.
    /// - Returns: the voucher's total (Σdebit = Σcredit).
    @discardableResult
    public func validate() throws(LedgerError) -> Money {
        guard postings.count >= 2 else { throw .voucherMustHaveTwoPostings(count: postings.count) }
        guard postings.count <= VoucherDraft.postingsPerVoucherMax else {
            throw .voucherMustNotExceedPostingsMax(count: postings.count, max: VoucherDraft.postingsPerVoucherMax)
        }
        guard summary.hasNonBlankCharacter else { throw .summaryMustBePresent }
        // Control characters would break printed vouchers, CSV output and the chain's encoding.
        // Each text on its own: an array of them cost an allocation and three retains a voucher.
        if summary.hasControlCharacters { throw .textMustNotHoldControlCharacters(field: "summary") }
        if externalReference.hasControlCharacters { throw .textMustNotHoldControlCharacters(field: "externalReference") }
        if source.hasControlCharacters { throw .textMustNotHoldControlCharacters(field: "source") }
        // One pass for the lines' text (a bulk import validates millions of lines).
        try PlainText.requireNoNationalID(summary, field: "summary")
        for index in postings.indices {
            if postings[index].memo.hasControlCharacters { throw .textMustNotHoldControlCharacters(field: "memo") }
            if postings[index].memo.utf8.count >= 18 { try PlainText.requireNoNationalID(postings[index].memo, field: "memo") }
            if postings[index].budgetLine != nil || postings[index].counterparty != nil {
                try postings[index].validateDimensions(line: index + 1)
            }
        }
        // Counting characters is slow; most summaries are short enough in bytes to skip it.
        guard summary.utf8.count <= VoucherDraft.summaryLengthMax || summary.count <= VoucherDraft.summaryLengthMax else {
            throw .summaryMustFitLength(length: summary.count, max: VoucherDraft.summaryLengthMax)
        }
        // Every amount zero is a zero voucher; checked before the per-line sign rule, which
        // would otherwise always fire first and leave `voucherMustNotBeZero` unreachable.
        guard postings.contains(where: { !$0.amount.isZero }) else { throw .voucherMustNotBeZero }
        for index in postings.indices {
            let amount = postings[index].amount
            guard kind == .reversal ? amount.isNegative : amount.isPositive else {
                throw .amountMustBePositive(line: index + 1, value: amount.plainString)
            }
        }
        let (debit, credit) = try totals()
        guard debit == credit else {
            throw .postingsMustBalance(debit: debit.plainString, credit: credit.plainString)
        }
        guard !debit.isZero else { throw .voucherMustNotBeZero }
        return debit
    }

    /// Σdebit and Σcredit.
    public func totals() throws(LedgerError) -> (debit: Money, credit: Money) {
        var debit = Money.zero
        var credit = Money.zero
        // By index: a line's text is not needed here, so it is not copied.
        for index in postings.indices {
            if postings[index].side == .debit { debit = try debit.adding(postings[index].amount) }
            else { credit = try credit.adding(postings[index].amount) }
        }
        return (debit, credit)
    }

    /// The red-ink reversal of a posted voucher: same accounts and sides, amounts negated.
    public static func reversal(of original: PostedVoucher, on date: LocalDate, reason: String) -> VoucherDraft {
        VoucherDraft(
            date: date,
            summary: "冲销 \(original.label) \(reason)".trimmingSpaces(),
            postings: original.postings.map {
                Posting(account: $0.account, side: $0.side, amount: $0.amount.negated, memo: $0.memo,
                        budgetLine: $0.budgetLine, counterparty: $0.counterparty)
            },
            kind: .reversal,
            reverses: original.id
        )
    }
}

/// A voucher as the books hold it after posting.
public struct PostedVoucher: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var organisation: String
    public var date: LocalDate
    public var number: Int
    public var summary: String
    public var kind: VoucherDraft.Kind
    public var postings: [Posting]
    public var reverses: Int64?
    public var reversedBy: Int64?
    public var preparedBy: String
    public var source: String
    public var externalReference: String
    public var attachments: Int
    public var approval: VoucherApproval?
    public var fund: String
    /// Who posted it (记账).
    public var postedBy: String

    public init(id: Int64, organisation: String, date: LocalDate, number: Int, summary: String,
                kind: VoucherDraft.Kind, postings: [Posting], reverses: Int64?, reversedBy: Int64?,
                preparedBy: String, source: String, externalReference: String,
                attachments: Int = 0, approval: VoucherApproval? = nil, postedBy: String? = nil, fund: String = "") {
        self.attachments = attachments
        self.fund = fund
        self.approval = approval
        self.postedBy = postedBy ?? preparedBy
        self.id = id
        self.organisation = organisation
        self.date = date
        self.number = number
        self.summary = summary
        self.kind = kind
        self.postings = postings
        self.reverses = reverses
        self.reversedBy = reversedBy
        self.preparedBy = preparedBy
        self.source = source
        self.externalReference = externalReference
    }

    /// `记-2026-01-003`: the voucher word, period and number, as printed.
    public var label: String { PostedVoucher.label(date: date, number: number) }

    /// The printed label for a voucher number in the month of `date`.
    public static func label(date: LocalDate, number: Int) -> String {
        let padded = number < 10 ? "00\(number)" : number < 100 ? "0\(number)" : "\(number)"
        return "记-\(date.yearMonth)-\(padded)"
    }

    /// Σ debit amounts. The posting path checked that they fit, and the store checks it again when
    /// it reads a voucher back, so an overflow here is a programmer's error.
    public var total: Money { Posting.debitTotal(postings) }
}

extension Posting {
    /// Σ debit amounts of lines known to fit (posted, or read back and checked by the store).
    static func debitTotal(_ postings: [Posting]) -> Money {
        var total = Money.zero
        for posting in postings where posting.side == .debit {
            do { total = try total.adding(posting.amount) } catch {
                preconditionFailure("the debits of a stored voucher must fit in Int64 fen")
            }
        }
        return total
    }
}

extension String {
    /// Holds a C0 control character or DEL (line breaks and tabs included).
    public var hasControlCharacters: Bool {
        // Over the contiguous bytes when the text has them (a native String does): the generic
        // search over the UTF-8 view cost ten times as much for every text of an import.
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains { $0 < 0x20 || $0 == 0x7F } }) {
            return found
        }
        return utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// Something other than spaces, tabs and ideographic spaces (U+3000): a summary that says
    /// something. Over the UTF-8 bytes (U+3000 is E3 80 80), not the Unicode scalars.
    public var hasNonBlankCharacter: Bool {
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 {
                index = utf8.index(after: index)
                continue
            }
            guard byte == 0xE3 else { return true }
            let second = utf8.index(after: index)
            guard second != utf8.endIndex, utf8[second] == 0x80 else { return true }
            let third = utf8.index(after: second)
            guard third != utf8.endIndex, utf8[third] == 0x80 else { return true }
            index = utf8.index(after: third)
        }
        return false
    }
}
