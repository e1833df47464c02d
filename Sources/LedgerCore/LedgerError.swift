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
    /// A full national ID typed into a name, summary or memo (`PlainText`).
    case textMustNotHoldNationalID(field: String)
    /// An organisation or account name longer than `PlainText.nameLengthMax`.
    case nameMustFitLength(field: String, length: Int, max: Int)
    /// A date outside the years the books accept (`DateWindow`): a typo such as 2062.
    case dateMustBeWithinWindow(date: String, from: String, to: String)
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
    /// An XLSX workbook, a legacy XLS file or UTF-16 text where CSV was expected.
    case fileMustBeCSVText(path: String, format: String)
    /// `--sheet` names a sheet the workbook does not have.
    case sheetMustExist(path: String, sheet: String, sheets: String)
    case quotedFieldMustBeWellFormed
    case fieldMustBePresent(field: String)
    /// A folder named where a file was expected.
    case fileMustNotBeFolder(path: String)
    /// A record with more fields than any import reads (a stray separator run, a wrong file).
    case recordMustFitFieldsMax(max: Int)
    /// Bytes that do not decode in the file's encoding, at a 1-based line and character column.
    case textMustDecode(path: String, line: Int, column: Int, encoding: String)
    /// A file that is UTF-8 in one place and GBK/GB18030 in another (a cell pasted from elsewhere).
    case encodingsMustNotMix(path: String, line: Int, column: Int)
    /// `--encoding gb18030` on text that is valid UTF-8 and would read differently.
    case encodingMustMatchText(path: String, asked: String, found: String)
    /// U+FFFD in the input: the mark of an earlier conversion that already lost characters.
    case textMustNotHoldReplacementCharacter(path: String, line: Int, column: Int)
    // Organisations
    case organisationMustExist(code: String)
    case organisationCodeMustBeUnique(code: String)
    case organisationMustBeChosen(available: String)
    case organisationMustKeepBooks(code: String)
    /// A code in another letter case or a name that several registered organisations fit.
    case organisationNameMustBeUnique(name: String, candidates: String)
    /// A code with characters unsafe in file names (`/`, `\\`, `..`, spaces, control characters) or too long.
    case organisationCodeMustBeWellFormed(value: String)

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
        case .textMustNotHoldNationalID: .textMustNotHoldNationalID
        case .nameMustFitLength: .nameMustFitLength
        case .dateMustBeWithinWindow: .dateMustBeWithinWindow
        case .postingDimensionMustBeWellFormed: .postingDimensionMustBeWellFormed
        case .rowMustHaveDebitOrCredit: .rowMustHaveDebitOrCredit
        case .voucherRowsMustShareDate: .voucherRowsMustShareDate
        case .voucherRowsMustBeAdjacent: .voucherRowsMustBeAdjacent
        case .voucherRowsMustAgree: .voucherRowsMustAgree
        case .attachmentsMustBeCount: .attachmentsMustBeCount
        case .headerMustNameColumn: .headerMustNameColumn
        case .headerMustNotRepeatColumn: .headerMustNotRepeatColumn
        case .fileMustBeReadable: .fileMustBeReadable
        case .fileMustBeCSVText: .fileMustBeCSVText
        case .sheetMustExist: .sheetMustExist
        case .quotedFieldMustBeWellFormed: .quotedFieldMustBeWellFormed
        case .fieldMustBePresent: .fieldMustBePresent
        case .fileMustNotBeFolder: .fileMustNotBeFolder
        case .recordMustFitFieldsMax: .recordMustFitFieldsMax
        case .textMustDecode: .textMustDecode
        case .encodingsMustNotMix: .encodingsMustNotMix
        case .encodingMustMatchText: .encodingMustMatchText
        case .textMustNotHoldReplacementCharacter: .textMustNotHoldReplacementCharacter
        case .organisationMustExist: .organisationMustExist
        case .organisationCodeMustBeUnique: .organisationCodeMustBeUnique
        case .organisationMustBeChosen: .organisationMustBeChosen
        case .organisationMustKeepBooks: .organisationMustKeepBooks
        case .organisationNameMustBeUnique: .organisationNameMustBeUnique
        case .organisationCodeMustBeWellFormed: .organisationCodeMustBeWellFormed
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
        case textMustNotHoldNationalID, nameMustFitLength, dateMustBeWithinWindow
        case postingDimensionMustBeWellFormed
        // Imports
        case rowMustHaveDebitOrCredit, voucherRowsMustShareDate, voucherRowsMustBeAdjacent, voucherRowsMustAgree
        case attachmentsMustBeCount, headerMustNameColumn, headerMustNotRepeatColumn, fileMustBeReadable
        case fileMustBeCSVText, sheetMustExist, quotedFieldMustBeWellFormed
        case fieldMustBePresent, fileMustNotBeFolder, textMustDecode, encodingsMustNotMix, encodingMustMatchText
        case textMustNotHoldReplacementCharacter, recordMustFitFieldsMax
        // Organisations
        case organisationMustExist, organisationCodeMustBeUnique, organisationMustBeChosen, organisationMustKeepBooks
        case organisationCodeMustBeWellFormed, organisationNameMustBeUnique

        /// True when the input itself is malformed (exit 2) rather than well-formed but against a
        /// bookkeeping rule (exit 1).
        public var isMalformedInput: Bool {
            switch self {
            case .amountMustBeWellFormed, .dateMustBeValid, .monthMustBeValid, .accountCodeMustBeWellFormed,
                 .accountKindMustBeKnown, .sideMustBeDebitOrCredit, .rowMustHaveDebitOrCredit,
                 .headerMustNameColumn, .headerMustNotRepeatColumn, .fileMustBeReadable,
                 .fileMustBeCSVText, .sheetMustExist, .quotedFieldMustBeWellFormed, .fieldMustBePresent,
                 .rateMustBeValid, .organisationMustBeChosen, .organisationMustExist, .organisationMustKeepBooks, .organisationNameMustBeUnique, .accountNameMustBeUnique, .voucherMustExist,
                 .periodRangeMustBeOrdered, .textMustNotHoldControlCharacters, .attachmentsMustBeCount,
                 .textMustNotHoldNationalID, .nameMustFitLength,
                 .postingDimensionMustBeWellFormed, .fileMustNotBeFolder, .textMustDecode, .encodingsMustNotMix,
                 .encodingMustMatchText, .textMustNotHoldReplacementCharacter, .organisationCodeMustBeWellFormed,
                 .recordMustFitFieldsMax:
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
