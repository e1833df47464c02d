import InputFiles
import Foundation
import LedgerCore

/// A policy file: the numbers a province sets (allocation shares, late fees, dues rate, thresholds),
/// each section a timeline of entries with the date they take effect.
///
/// Sections are decoded by the module that uses them (`section(_:as:)`), so each rule owns its
/// fields; the document itself checks the shape every section shares.
public struct PolicyDocument: Sendable {
    public let name: String
    /// The Chinese title, e.g. 北京市（示例）.
    public let title: String
    public let titleEnglish: String
    /// A file path, or `built-in:NAME`.
    public let source: String
    /// The bytes as loaded; stored in the books so the file carries the rules it was kept under.
    public let json: Data

    /// Top-level keys a policy may hold. A misspelt section would otherwise be ignored silently.
    public static let knownSections: Set<String> = [
        "vouchers", "allocation", "channels", "due", "late_fee", "preparatory_fund", "dues", "membership_targets", "budget", "audit",
    ]
    static let headerKeys: Set<String> = ["name", "title", "title_en", "sources", "notes"]

    public init(json: Data, source: String) throws(UnionFundsError) {
        func invalid(_ path: String, _ detail: String) -> UnionFundsError {
            .policyMustBeValid(source: source, path: path, detail: detail)
        }
        guard let object = try? JSONSerialization.jsonObject(with: json), let top = object as? [String: Any] else {
            throw invalid("", "not a JSON object")
        }
        guard let name = top["name"] as? String, !name.isEmpty, !name.hasControlCharacters else {
            throw invalid("name", "a non-empty text is required")
        }
        guard let title = top["title"] as? String, !title.hasControlCharacters else {
            throw invalid("title", "a text is required")
        }
        for key in top.keys.sorted() where !Self.knownSections.contains(key) && !Self.headerKeys.contains(key) {
            throw invalid(key, "unknown section (known: \(Self.knownSections.sorted().joined(separator: ", ")))")
        }
        for key in Self.knownSections.sorted() {
            guard let value = top[key] else { continue }
            guard let entries = value as? [Any] else { throw invalid(key, "a section is an array of entries") }
            var previous: LocalDate?
            for (index, entry) in entries.enumerated() {
                let path = "\(key)[\(index)].effective_from"
                guard let fields = entry as? [String: Any], let text = fields["effective_from"] as? String else {
                    throw invalid(path, "each entry needs effective_from (YYYY-MM-DD)")
                }
                guard let date = try? LocalDate(parsing: text) else { throw invalid(path, "“\(text)” is not a date YYYY-MM-DD") }
                if let previous, date <= previous { throw invalid(path, "entries must ascend by date (\(text) after \(previous))") }
                previous = date
            }
        }
        self.name = name
        self.title = title
        self.titleEnglish = (top["title_en"] as? String) ?? name
        self.source = source
        self.json = json
    }

    /// Decodes one section's entries; each entry's fields other than `effective_from` go to `Entry`.
    public func section<Entry: Decodable & Sendable>(_ key: String, as type: Entry.Type) throws(UnionFundsError) -> PolicyTimeline<Entry> {
        do {
            let sections = try JSONDecoder().decode(SectionPicker<Entry>.self, from: json, configuration: key)
            return PolicyTimeline(key: key, entries: sections.entries)
        } catch let error as DecodingError {
            throw .policyMustBeValid(source: source, path: Self.path(of: error, in: key), detail: Self.detail(of: error))
        } catch {
            throw .policyMustBeValid(source: source, path: key, detail: String(describing: error))
        }
    }

    static func path(of error: DecodingError, in key: String) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let missing, let c):
            return Self.joined(c.codingPath + [missing])
        @unknown default: return key
        }
        return Self.joined(context.codingPath)
    }

    /// `late_fee[0].rate`, as a user finds it in the file.
    private static func joined(_ path: [any CodingKey]) -> String {
        let text = path.map(Self.component).joined()
        return text.hasPrefix(".") ? String(text.dropFirst()) : text
    }

    private static func component(_ key: any CodingKey) -> String {
        if let index = key.intValue { return "[\(index)]" }
        return key.stringValue.isEmpty ? "" : (key.stringValue.first == "[" ? key.stringValue : "." + key.stringValue)
    }

    static func detail(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "missing field “\(key.stringValue)”"
        case .typeMismatch(let type, _): "expected \(type)"
        case .valueNotFound(let type, _): "expected \(type), found null"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "invalid"
        }
    }
}

/// One entry of a section, with the date it takes effect.
public struct Dated<Entry: Sendable>: Sendable {
    public let effectiveFrom: LocalDate
    public let entry: Entry
}

/// A section's entries in date order; the entry in force on a day is the last one starting on or before it.
public struct PolicyTimeline<Entry: Sendable>: Sendable {
    public let key: String
    public let entries: [Dated<Entry>]

    public func entry(on date: LocalDate) throws(UnionFundsError) -> Entry {
        guard let found = entries.last(where: { $0.effectiveFrom <= date }) else {
            throw .policyMustCoverDate(section: key, date: date.description)
        }
        return found.entry
    }

    public func entry(for month: YearMonth) throws(UnionFundsError) -> Entry {
        guard let first = try? LocalDate(year: month.year, month: month.month, day: 1) else {
            throw .policyMustCoverDate(section: key, date: month.description)
        }
        return try entry(on: first)
    }
}

/// Decodes `{ key: [ {effective_from, …}, … ] }` for the key given as configuration.
private struct SectionPicker<Entry: Decodable & Sendable>: DecodableWithConfiguration {
    let entries: [Dated<Entry>]

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private enum EntryKeys: String, CodingKey { case effectiveFrom = "effective_from" }

    init(from decoder: any Decoder, configuration key: String) throws {
        let top = try decoder.container(keyedBy: AnyKey.self)
        guard top.contains(AnyKey(stringValue: key)) else {
            entries = []
            return
        }
        var list = try top.nestedUnkeyedContainer(forKey: AnyKey(stringValue: key))
        var result: [Dated<Entry>] = []
        while !list.isAtEnd {
            let entryDecoder = try list.superDecoder()
            let dateText = try entryDecoder.container(keyedBy: EntryKeys.self).decode(String.self, forKey: .effectiveFrom)
            guard let date = try? LocalDate(parsing: dateText) else {
                throw DecodingError.dataCorrupted(.init(codingPath: entryDecoder.codingPath, debugDescription: "“\(dateText)” is not a date"))
            }
            result.append(Dated(effectiveFrom: date, entry: try Entry(from: entryDecoder)))
        }
        entries = result
    }
}
