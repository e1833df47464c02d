/// An error that refuses input under a named rule, with a message in the user's language.
///
/// Each module keeps its own enum of rules (one case per rule); the CLI maps any of them to an exit
/// code the same way: malformed input exits 2, anything against a rule exits 1.
public protocol RuleError: Error {
    /// The case's name, as tests and the error catalogue use it.
    var rule: String { get }
    /// True when the input itself is malformed (exit 2) rather than against a rule (exit 1).
    var isMalformedInput: Bool { get }
    func message(in language: Language) -> String
}

/// The rules of one error enum, listed by the enum itself: one case per rule, named as the error's
/// case, with its exit class.
///
/// The error catalogue (`ledgers/errors/README.md`, `scripts/error-catalogue`) and the rejection
/// tests enumerate `allCases`, so a rule added to the code without a scenario or a catalogue row
/// fails a test.
public protocol RuleKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// True when breaking the rule means the input itself is malformed (exit 2) rather than well
    /// formed but against a rule (exit 1).
    var isMalformedInput: Bool { get }
}

extension RuleKey {
    /// The exit code the CLI gives when this rule refuses a command.
    public var exitCode: Int32 { isMalformedInput ? 2 : 1 }
}
