import LedgerCore

extension ChartProfile.Name {
    /// The chart `init` gives an organisation: the official 2021 chart of its level unless another
    /// is named (财会〔2021〕7号 第二部分: 基层工会 and 县级以上工会 keep different charts).
    ///
    /// - `nil` or `2021`: the official chart for the kind — a federation (`county-federation`, …)
    ///   gets the county-and-above chart, every other kind the grassroots chart;
    /// - `2021-grassroots`, `2021-county` (also `2021-federation`): that chart;
    /// - `2009`: the legacy chart, for books kept before 2022.
    /// - Returns: nil when `text` names no built-in profile (`basic`, or a chart file).
    public static func chosen(_ text: String?, kind: String) -> ChartProfile.Name? {
        let official: ChartProfile.Name = FederationKind.isFederation(kind) ? .official2021County : .official2021Grassroots
        switch text?.trimmingSpaces() {
        case nil, "", "2021": return official
        case "2021-federation", "2021-county": return .official2021County
        case "2021-grassroots": return .official2021Grassroots
        case "2009": return .legacy2009
        default: return nil
        }
    }
}
