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
