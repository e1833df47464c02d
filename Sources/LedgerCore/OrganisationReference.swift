/// An organisation as a user names it: its code as registered, its code in another letter case
/// (`gh001` for `GH001`), or its exact registered name (`示例科技有限公司工会`).
///
/// Codes are looked at before names, and an exact code before one that differs in case, so a
/// code that is also somebody's name still means the code. Codes that differ only in case may
/// both be registered: then the case must be right, and the refusal lists both.
public enum OrganisationReference {
    /// The registered code `text` names, or nil when it names no organisation (the caller says
    /// "does not exist" in its own words).
    /// - Throws: `LedgerError.organisationNameMustBeUnique` with the candidates when the text
    ///   fits several organisations in letter case or by name.
    public static func code(for text: String, among organisations: [(code: String, name: String)]) throws(LedgerError) -> String? {
        let trimmed = exactCode(text)
        if organisations.contains(where: { $0.code == trimmed }) { return trimmed }
        let lowered = trimmed.lowercased()
        let caseless = organisations.filter { $0.code.lowercased() == lowered }
        if let only = try unique(caseless, trimmed) { return only }
        let named = organisations.filter { $0.name == trimmed }
        return try unique(named, trimmed)
    }

    /// The registered code `text` names if any code is registered exactly so: look it up first,
    /// and read the whole register only when it is not (`code(for:among:)` returns it unchanged).
    public static func exactCode(_ text: String) -> String { text.trimmingSpaces() }

    private static func unique(_ matches: [(code: String, name: String)], _ text: String) throws(LedgerError) -> String? {
        guard let first = matches.first else { return nil }
        guard matches.count == 1 else {
            throw .organisationNameMustBeUnique(
                name: text, candidates: matches.map { "\($0.code) \($0.name)" }.sorted().joined(separator: "、"))
        }
        return first.code
    }
}
