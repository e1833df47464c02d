import LedgerCore
import LedgerStore

extension DuesRule {
    /// The rule in force for `month` in these books' policy.
    public static func inForce(books: Books, month: YearMonth) throws -> DuesRule {
        .standard
    }
}
