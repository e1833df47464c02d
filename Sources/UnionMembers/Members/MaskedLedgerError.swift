import LedgerCore

/// A ledger rule (a malformed date, amount or header) broken by a field of a member or payment
/// file, worded with every ID-like number masked: such files hold national IDs, and a value typed
/// into the wrong column must not be repeated in full by an error message.
public struct MaskedLedgerError: RuleError, Hashable, Sendable {
    public let error: LedgerError

    public init(_ error: LedgerError) {
        self.error = error
    }

    public var rule: String { error.rule.rawValue }
    public var isMalformedInput: Bool { error.isMalformedInput }

    public func message(in language: Language) -> String {
        NationalID.maskingNumbers(in: error.message(in: language))
    }
}

