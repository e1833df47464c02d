/// Which organisation kinds are federations (总工会), and at what level.
///
/// Kinds are free text in the register; federations are named `<level>-federation`
/// (`county-federation`, `city-federation`, …), the level being what the policy's upward chain
/// names (`allocation.upward[].level`). Grassroots kinds (enterprise, organ, institution, street, …)
/// are not federations.
public enum FederationKind {
    static let suffix = "federation"

    /// Whether an organisation of this kind is a federation.
    public static func isFederation(_ kind: String) -> Bool { kind.hasSuffix(suffix) }

    /// The level the upward chain knows this kind by: `county-federation` → `county`. A kind not
    /// spelt `<level>-federation` is looked up as it is.
    public static func level(ofKind kind: String) -> String {
        kind.hasSuffix("-" + suffix) ? String(kind.dropLast(suffix.count + 1)) : kind
    }
}
