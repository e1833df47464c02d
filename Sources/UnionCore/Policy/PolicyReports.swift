import InputFiles
import Foundation
import LedgerCore
import Reporting

extension Report {
    /// The policy as a two-column table (项目 / 值, see `PolicyTable`); JSON output is the document itself.
    public static func policy(_ document: PolicyDocument, section: String?, language: Language) -> Report {
        let top = (try? JSONSerialization.jsonObject(with: document.json)) as? [String: Any] ?? [:]
        let rows = PolicyTable.rows(top, section: section, language: language)
        let payload = PolicyPayload(name: document.name, title: document.title, source: document.source,
                                    sha256: ContentDigest.sha256Hex(document.json), document: JSONValue(top))
        return Report(
            title: language.pick("经费政策：\(document.title)", "Policy: \(document.titleEnglish)"),
            headerLines: [language.pick("来源：\(shownSource(document.source, .zh))", "Source: \(shownSource(document.source, .en))")],
            tables: [Table(columns: [
                Column(language.pick("项目", "Item"), key: "item"),
                Column(language.pick("值", "Value"), key: "value"),
            ], rows: rows)],
            json: payload)
    }

    /// `built-in:beijing` as 内置政策 beijing; a file's path as it is.
    static func shownSource(_ source: String, _ l: Language) -> String {
        guard source.hasPrefix("built-in:") else { return source }
        let name = source.dropFirst("built-in:".count)
        return l.pick("内置政策 \(name)", "built-in policy \(name)")
    }

    /// 政策变更记录: every policy the file was kept under, oldest first.
    public static func policyHistory(_ records: [PolicyRecord], language: Language) -> Report {
        Report(
            title: language.pick("政策变更记录", "Policy history"),
            tables: [Table(columns: [
                Column(language.pick("名称", "Name"), key: "name"),
                Column(language.pick("来源", "Source"), key: "source"),
                Column("SHA-256", key: "sha256"),
                Column(language.pick("启用时间", "Set at"), key: "set_at"),
                Column(language.pick("操作人", "Set by"), key: "set_by"),
            ], rows: records.map { record in
                [record.name, record.source, record.sha256, LocalTime.shown(record.setAt), record.setBy].map { .text($0) }
            })])
    }
}

private struct PolicyPayload: Encodable, Sendable {
    let name: String
    let title: String
    let source: String
    let sha256: String
    let document: JSONValue
}

/// Any JSON value, so the policy document itself can sit inside the report's JSON.
private enum JSONValue: Encodable, Sendable {
    case null, bool(Bool), number(String), string(String), array([JSONValue]), object([(String, JSONValue)])

    init(_ any: Any) {
        switch any {
        case let text as String: self = .string(text)
        // JSONSerialization gives booleans as NSNumber's boolean subclass, the type of NSNumber(value: true).
        case let number as NSNumber where type(of: number) == type(of: NSNumber(value: true)): self = .bool(number.boolValue)
        case let number as NSNumber: self = .number(number.stringValue)
        case let list as [Any]: self = .array(list.map(JSONValue.init))
        case let object as [String: Any]: self = .object(object.keys.sorted().map { ($0, JSONValue(object[$0] as Any)) })
        default: self = .null
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let value): var c = encoder.singleValueContainer(); try c.encode(value)
        case .number(let text):
            var c = encoder.singleValueContainer()
            if let integer = Int64(text) { try c.encode(integer) } else { try c.encode(text) }
        case .string(let text): var c = encoder.singleValueContainer(); try c.encode(text)
        case .array(let items): var c = encoder.unkeyedContainer(); for item in items { try c.encode(item) }
        case .object(let fields):
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in fields { try c.encode(value, forKey: Key(stringValue: key)) }
        }
    }
}
