import LedgerCore

/// Every check the audit runs, in the order a report lists them. Empty until the audit rules land
/// (one file each under `UnionAudit/Checks/`); `problems(in:)` keeps the catalogue sound as it grows.
public enum AuditCatalogue {
    /// The checks `gonghui audit check` runs.
    public static let all: [any Check] = []

    /// What is wrong with a catalogue: ids used twice, empty ids, checks without a basis or a title.
    /// Empty when the catalogue is sound; a test holds `all` to that.
    /// - Complexity: O(n) in the number of checks.
    public static func problems(in checks: [any Check]) -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for check in checks {
            let id = check.id
            if id.trimmingSpaces().isEmpty { problems.append("a check has an empty id") }
            if !seen.insert(id).inserted { problems.append("\(id): id used twice") }
            if check.basis.trimmingSpaces().isEmpty { problems.append("\(id): no basis (document and article)") }
            if check.title.zh.trimmingSpaces().isEmpty || check.title.en.trimmingSpaces().isEmpty {
                problems.append("\(id): title missing in a language")
            }
        }
        return problems
    }
}
