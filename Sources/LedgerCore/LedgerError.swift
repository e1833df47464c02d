/// Every way the ledger refuses input, one case per rule, named as the rule that was broken.
///
/// Cases carry the offending value so a message can name it. `message(in:)` gives the text a
/// user reads; `rule` names the case for tests and the error catalogue (ledgers/errors/).
public enum LedgerError: Error, Hashable, Sendable {
    // Amounts and rates
    case amountMustBeWellFormed(value: String)
    case amountMustFitRange(value: String)
    case amountMustBePositive(line: Int, value: String)
    /// A posting would take the organisation's cumulative amounts beyond what Int64 fen can hold.
    case balanceMustNotOverflow(account: String, period: String)
    case rateMustBeValid(value: String)
    case allocationWeightsMustBePositive(weights: String)
    // Dates and periods
    case dateMustBeValid(value: String)
    case monthMustBeValid(value: String)
    case periodMustBeOpen(period: String)
    case periodsMustCloseInOrder(period: String, firstOpen: String)
    case periodMustBeWithinBooks(period: String, firstPeriod: String)
    case periodMustNotBeClosedTwice(period: String)
    case periodRangeMustBeOrdered(from: String, to: String)
    case trialBalanceMustBalanceToClose(period: String)
    case periodMustBeClosedToReopen(period: String)
    case reopenMustBeLatestClosed(period: String, latest: String)
    case carryForwardAccountMustBeNetAssets(code: String)
    case restrictedFundsMustHaveAccount(funds: String)
    // Accounts
    case accountCodeMustBeWellFormed(value: String)
    case accountKindMustBeKnown(value: String)
    case accountMustExist(code: String)
    case accountNameMustBeUnique(name: String, candidates: String)
    case accountMustBeLeaf(code: String)
    case accountMustBeOpen(code: String)
    case accountCodeMustBeUnique(code: String)
    case accountParentMustExist(code: String)
    case accountKindMustMatchParent(code: String, parentKind: String)
    case accountWithPostingsMustStayLeaf(code: String)
    // Vouchers
    case sideMustBeDebitOrCredit(value: String)
    case voucherMustHaveTwoPostings(count: Int)
    case voucherMustNotExceedPostingsMax(count: Int, max: Int)
    case summaryMustFitLength(length: Int, max: Int)
    case postingsMustBalance(debit: String, credit: String)
    case voucherMustNotBeZero
    case summaryMustBePresent
    case voucherNumberMustBeNext(expected: Int, given: Int)
    case voucherMustExist(id: String)
    case voucherMustNotBeReversedTwice(id: Int64, reversedBy: Int64)
    case reversalMustNotBeReversed(id: Int64)
    case reversalMustMirrorOriginal(id: Int64)
    case reversalMustNotPrecedeOriginal(id: Int64, originalDate: String)
    case voucherMustNotBeImportedTwice(voucher: String, firstSource: String)
    case textMustNotHoldControlCharacters(field: String)
    case postingDimensionMustBeWellFormed(line: Int, field: String, value: String, lengthMax: Int)
    // Imports
    case rowMustHaveDebitOrCredit
    case voucherRowsMustShareDate(voucher: String, firstDate: String)
    case voucherRowsMustBeAdjacent(voucher: String, firstLine: Int)
    case voucherRowsMustAgree(voucher: String, field: String, first: String)
    case attachmentsMustBeCount(value: String)
    case headerMustNameColumn(column: String)
    case headerMustNotRepeatColumn(column: String)
    case fileMustBeReadable(path: String, reason: String)
    case fileMustBeUTF8(path: String)
    case fileMustBeGB18030OrUTF8(path: String)
    /// An XLSX workbook, a legacy XLS file or UTF-16 text where CSV was expected.
    case fileMustBeCSVText(path: String, format: String)
    case quotedFieldMustBeWellFormed
    case fieldMustBePresent(field: String)
    // Organisations
    case organisationMustExist(code: String)
    case organisationCodeMustBeUnique(code: String)
    case organisationMustBeChosen(available: String)
    case organisationMustKeepBooks(code: String)

    /// The rule's name, as in the error catalogue: `postingsMustBalance`.
    public var rule: Rule {
        switch self {
        case .amountMustBeWellFormed: .amountMustBeWellFormed
        case .amountMustFitRange: .amountMustFitRange
        case .amountMustBePositive: .amountMustBePositive
        case .balanceMustNotOverflow: .balanceMustNotOverflow
        case .rateMustBeValid: .rateMustBeValid
        case .allocationWeightsMustBePositive: .allocationWeightsMustBePositive
        case .dateMustBeValid: .dateMustBeValid
        case .monthMustBeValid: .monthMustBeValid
        case .periodMustBeOpen: .periodMustBeOpen
        case .periodsMustCloseInOrder: .periodsMustCloseInOrder
        case .periodMustBeWithinBooks: .periodMustBeWithinBooks
        case .periodMustNotBeClosedTwice: .periodMustNotBeClosedTwice
        case .periodRangeMustBeOrdered: .periodRangeMustBeOrdered
        case .trialBalanceMustBalanceToClose: .trialBalanceMustBalanceToClose
        case .periodMustBeClosedToReopen: .periodMustBeClosedToReopen
        case .reopenMustBeLatestClosed: .reopenMustBeLatestClosed
        case .carryForwardAccountMustBeNetAssets: .carryForwardAccountMustBeNetAssets
        case .restrictedFundsMustHaveAccount: .restrictedFundsMustHaveAccount
        case .accountCodeMustBeWellFormed: .accountCodeMustBeWellFormed
        case .accountKindMustBeKnown: .accountKindMustBeKnown
        case .accountMustExist: .accountMustExist
        case .accountNameMustBeUnique: .accountNameMustBeUnique
        case .accountMustBeLeaf: .accountMustBeLeaf
        case .accountMustBeOpen: .accountMustBeOpen
        case .accountCodeMustBeUnique: .accountCodeMustBeUnique
        case .accountParentMustExist: .accountParentMustExist
        case .accountKindMustMatchParent: .accountKindMustMatchParent
        case .accountWithPostingsMustStayLeaf: .accountWithPostingsMustStayLeaf
        case .sideMustBeDebitOrCredit: .sideMustBeDebitOrCredit
        case .voucherMustHaveTwoPostings: .voucherMustHaveTwoPostings
        case .voucherMustNotExceedPostingsMax: .voucherMustNotExceedPostingsMax
        case .summaryMustFitLength: .summaryMustFitLength
        case .postingsMustBalance: .postingsMustBalance
        case .voucherMustNotBeZero: .voucherMustNotBeZero
        case .summaryMustBePresent: .summaryMustBePresent
        case .voucherNumberMustBeNext: .voucherNumberMustBeNext
        case .voucherMustExist: .voucherMustExist
        case .voucherMustNotBeReversedTwice: .voucherMustNotBeReversedTwice
        case .reversalMustNotBeReversed: .reversalMustNotBeReversed
        case .reversalMustMirrorOriginal: .reversalMustMirrorOriginal
        case .reversalMustNotPrecedeOriginal: .reversalMustNotPrecedeOriginal
        case .voucherMustNotBeImportedTwice: .voucherMustNotBeImportedTwice
        case .textMustNotHoldControlCharacters: .textMustNotHoldControlCharacters
        case .postingDimensionMustBeWellFormed: .postingDimensionMustBeWellFormed
        case .rowMustHaveDebitOrCredit: .rowMustHaveDebitOrCredit
        case .voucherRowsMustShareDate: .voucherRowsMustShareDate
        case .voucherRowsMustBeAdjacent: .voucherRowsMustBeAdjacent
        case .voucherRowsMustAgree: .voucherRowsMustAgree
        case .attachmentsMustBeCount: .attachmentsMustBeCount
        case .headerMustNameColumn: .headerMustNameColumn
        case .headerMustNotRepeatColumn: .headerMustNotRepeatColumn
        case .fileMustBeReadable: .fileMustBeReadable
        case .fileMustBeUTF8: .fileMustBeUTF8
        case .fileMustBeGB18030OrUTF8: .fileMustBeGB18030OrUTF8
        case .fileMustBeCSVText: .fileMustBeCSVText
        case .quotedFieldMustBeWellFormed: .quotedFieldMustBeWellFormed
        case .fieldMustBePresent: .fieldMustBePresent
        case .organisationMustExist: .organisationMustExist
        case .organisationCodeMustBeUnique: .organisationCodeMustBeUnique
        case .organisationMustBeChosen: .organisationMustBeChosen
        case .organisationMustKeepBooks: .organisationMustKeepBooks
        }
    }

    /// The names of every rule, in catalogue order, so tests and the error catalogue can check that
    /// each one is triggered and documented.
    public enum Rule: String, RuleKey {
        // Amounts and rates
        case amountMustBeWellFormed, amountMustFitRange, amountMustBePositive, balanceMustNotOverflow
        case rateMustBeValid, allocationWeightsMustBePositive
        // Dates and periods
        case dateMustBeValid, monthMustBeValid, periodMustBeOpen, periodsMustCloseInOrder, periodMustBeWithinBooks
        case periodMustNotBeClosedTwice, periodRangeMustBeOrdered, trialBalanceMustBalanceToClose
        case periodMustBeClosedToReopen, reopenMustBeLatestClosed, carryForwardAccountMustBeNetAssets
        case restrictedFundsMustHaveAccount
        // Accounts
        case accountCodeMustBeWellFormed, accountKindMustBeKnown, accountMustExist, accountNameMustBeUnique, accountMustBeLeaf
        case accountMustBeOpen, accountCodeMustBeUnique, accountParentMustExist, accountKindMustMatchParent
        case accountWithPostingsMustStayLeaf
        // Vouchers
        case sideMustBeDebitOrCredit, voucherMustHaveTwoPostings, voucherMustNotExceedPostingsMax, summaryMustFitLength
        case postingsMustBalance, voucherMustNotBeZero, summaryMustBePresent, voucherNumberMustBeNext
        case voucherMustExist, voucherMustNotBeReversedTwice, reversalMustNotBeReversed, reversalMustMirrorOriginal
        case reversalMustNotPrecedeOriginal, voucherMustNotBeImportedTwice, textMustNotHoldControlCharacters
        case postingDimensionMustBeWellFormed
        // Imports
        case rowMustHaveDebitOrCredit, voucherRowsMustShareDate, voucherRowsMustBeAdjacent, voucherRowsMustAgree
        case attachmentsMustBeCount, headerMustNameColumn, headerMustNotRepeatColumn, fileMustBeReadable
        case fileMustBeUTF8, fileMustBeGB18030OrUTF8, fileMustBeCSVText, quotedFieldMustBeWellFormed
        case fieldMustBePresent
        // Organisations
        case organisationMustExist, organisationCodeMustBeUnique, organisationMustBeChosen, organisationMustKeepBooks

        /// True when the input itself is malformed (exit 2) rather than well-formed but against a
        /// bookkeeping rule (exit 1).
        public var isMalformedInput: Bool {
            switch self {
            case .amountMustBeWellFormed, .dateMustBeValid, .monthMustBeValid, .accountCodeMustBeWellFormed,
                 .accountKindMustBeKnown, .sideMustBeDebitOrCredit, .rowMustHaveDebitOrCredit,
                 .headerMustNameColumn, .headerMustNotRepeatColumn, .fileMustBeReadable, .fileMustBeUTF8,
                 .fileMustBeGB18030OrUTF8, .fileMustBeCSVText, .quotedFieldMustBeWellFormed, .fieldMustBePresent,
                 .rateMustBeValid, .organisationMustBeChosen, .organisationMustExist, .organisationMustKeepBooks, .accountNameMustBeUnique, .voucherMustExist,
                 .periodRangeMustBeOrdered, .textMustNotHoldControlCharacters, .attachmentsMustBeCount,
                 .postingDimensionMustBeWellFormed:
                true
            default:
                false
            }
        }
    }

    /// True when the input itself is malformed (exit 2) rather than well-formed but against a
    /// bookkeeping rule (exit 1).
    public var isMalformedInput: Bool { rule.isMalformedInput }
}
