import LedgerCore
import Reporting

/// The kinds of organisation the register knows, by the code stored in the books and the names a
/// treasurer writes (企业, 县总工会, …). Federations are spelt `<level>-federation`, the level being
/// what the policy's upward chain names (`FederationKind`).
public struct OrganisationKind: Sendable, Hashable {
    public let code: String
    public let chinese: String
    public let english: String
    /// Other names it is known by, matched exactly (after trimming).
    public let synonyms: [String]

    public static let all: [OrganisationKind] = [
        .init(code: "enterprise", chinese: "企业", english: "enterprise", synonyms: ["企业工会", "私营企业", "民营企业"]),
        .init(code: "state-enterprise", chinese: "国有企业", english: "state-owned enterprise", synonyms: ["国企", "国有企业工会"]),
        .init(code: "joint", chinese: "联合基层工会", english: "joint grassroots union", synonyms: ["联合工会", "区域性联合工会"]),
        .init(code: "industry", chinese: "行业工会", english: "industry union", synonyms: ["行业性工会"]),
        .init(code: "institution", chinese: "事业单位", english: "public institution", synonyms: ["事业单位工会"]),
        .init(code: "school", chinese: "学校", english: "school", synonyms: ["学校工会"]),
        .init(code: "organ", chinese: "机关", english: "government organ", synonyms: ["机关工会", "党政机关"]),
        .init(code: "social-organisation", chinese: "社会组织", english: "social organisation", synonyms: ["社会团体", "民办非企业单位"]),
        .init(code: "town", chinese: "乡镇", english: "township", synonyms: ["乡镇工会"]),
        .init(code: "street", chinese: "街道", english: "sub-district", synonyms: ["街道工会"]),
        .init(code: "community", chinese: "社区", english: "community", synonyms: ["社区工会"]),
        .init(code: "village", chinese: "村", english: "village", synonyms: ["村工会"]),
        .init(code: "county-federation", chinese: "县级总工会", english: "county federation", synonyms: ["县总工会", "区总工会", "县（区）总工会"]),
        .init(code: "city-federation", chinese: "市级总工会", english: "city federation", synonyms: ["市总工会", "地市总工会"]),
        .init(code: "province-federation", chinese: "省级总工会", english: "provincial federation", synonyms: ["省总工会"]),
        .init(code: "national-federation", chinese: "全国总工会", english: "national federation", synonyms: ["中华全国总工会"]),
        .init(code: "industry-federation", chinese: "产业工会", english: "industrial union (federation level)", synonyms: ["全国产业工会"]),
    ]

    /// The kind a treasurer's text names: a code (any letter case) or a Chinese name or synonym.
    /// - Throws: `UnionFundsError.organisationKindMustBeKnown`, listing the kinds.
    public static func resolve(_ text: String) throws(UnionFundsError) -> String {
        let trimmed = text.trimmingSpaces()
        let lowered = trimmed.lowercased()
        for kind in all where kind.code == lowered || kind.chinese == trimmed || kind.synonyms.contains(trimmed) {
            return kind.code
        }
        throw UnionFundsError.organisationKindMustBeKnown(value: trimmed)
    }

    /// The kind stored as `code`, when the catalogue has it.
    public static func named(_ code: String) -> OrganisationKind? { all.first { $0.code == code } }

    /// A kind as a report shows it: its Chinese name for Chinese readers (企业), the code in English
    /// output and in JSON (`enterprise`).
    public static func cell(_ code: String, _ language: Language) -> Report.Cell {
        .labelled(value: code, label: language == .zh ? (named(code)?.chinese ?? code) : code)
    }
}
