import Foundation
import PropertyBased
import Testing
@testable import Reporting

/// A document with one long array written element by element reads byte for byte as the same
/// document encoded whole, whatever the elements hold and wherever the array's key sorts.
@Suite("JSON documents with a streamed array")
struct StreamedArrayDocumentTests {
    struct Element: Encodable, Sendable {
        var code: String
        var amounts: [String]
        var note: String?
        var nested: [String: [Int]]
    }

    /// An element that writes its own text (`PrettyJSONObject`); its keys declared out of order,
    /// one sorting before another that it begins (`b` and `b_count`).
    struct Flat: PrettyJSONObject, Sendable {
        var code: String
        var count: Int
        var note: String?
        var label: String

        enum Keys: String, CodingKey { case z_label, code, b_count, b, note }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(label, forKey: .z_label)
            try container.encode(code, forKey: .code)
            try container.encode(count, forKey: .b_count)
            try container.encode(-count, forKey: .b)
            try container.encode(note, forKey: .note)   // null, not absent
        }

        func forEachMember(_ body: (StaticString, JSONScalar) -> Void) {
            body("b", .integer(-count))
            body("b_count", .integer(count))
            body("code", .string(code))
            body("note", .string(note))
            body("z_label", .string(label))
        }
    }

    /// An element that writes its own text and has no members.
    struct Bare: PrettyJSONObject, Sendable {
        func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: Flat.Keys.self) }
        func forEachMember(_ body: (StaticString, JSONScalar) -> Void) {}
    }

    /// `key` names the long array, so it sorts first, among or after the other keys.
    struct Document: StreamedArrayDocument, Sendable {
        var key: String
        var elements: [any Encodable & Sendable]
        var as_of = "2026-12-31"
        var totals = ["due": "12.30", "paid": "0.00"]
        var empty: [String] = []

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws { try encode(to: encoder, elements: elements) }

        func encode(to encoder: any Encoder, placeholder: String) throws { try encode(to: encoder, elements: [placeholder]) }

        private func encode(to encoder: any Encoder, elements: [any Encodable]) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(as_of, forKey: Key("as_of"))
            var array = container.nestedUnkeyedContainer(forKey: Key(key))
            for element in elements { try array.encode(Wrapped(value: element)) }
            try container.encode(totals, forKey: Key("totals"))
            try container.encode(empty, forKey: Key("empty"))
        }

        func forEachStreamedElement(_ body: (any Encodable) throws -> Void) throws {
            for element in elements { try body(element) }
        }
    }

    struct Wrapped: Encodable {
        let value: any Encodable
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    /// The whole document as the renderer encoded it before: one pass of the encoder, the journal
    /// head as one more key.
    struct Whole: Encodable {
        let document: Document
        let journal: JournalStamp?
        enum Keys: String, CodingKey { case journal }
        func encode(to encoder: any Encoder) throws {
            try document.encode(to: encoder)
            if let journal {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(journal, forKey: .journal)
            }
        }
    }

    static let stamp = JournalStamp(records: 16, head: "e060e07a2808", line: "日记账末端 #16 e060e07a2808")

    static func check(_ document: Document, journal: JournalStamp?) throws {
        var report = Report(title: "欠缴", tables: [])
        report.json = document
        report.journal = journal
        let streamed = try report.rendered(as: .json)
        let whole = String(decoding: try JSONRenderer.encoder().encode(Whole(document: document, journal: journal)), as: UTF8.self) + "\n"
        #expect(streamed == whole)
        // Batches of 1, 3 and 7 elements: the joins between batches read as the whole document's.
        for batchSize in [1, 3, 7] {
            let writer = StringWriter()
            #expect(try StreamedArrayWriter.write(document, journal: journal, to: writer, batchSize: batchSize))
            #expect(writer.text == whole, "batches of \(batchSize)")
        }
    }

    static let texts = ["U1", "", "单位/“引号”\n\t\\", "gonghui-streamed-array-x", "a\u{1}b"]

    @Test("0, 1 and many elements, with and without the journal head, the key first, among or last")
    func matchesWhole() throws {
        let elements = (0..<40).map { index in
            Element(code: Self.texts[index % Self.texts.count] + "\(index)", amounts: index % 3 == 0 ? [] : ["1.00", "2.50"],
                    note: index % 2 == 0 ? nil : "注\(index)", nested: index % 4 == 0 ? [:] : ["a": [index], "b": []])
        }
        for key in ["aaa", "rows", "units", "zzz"] {
            for count in [0, 1, 2, 40] {
                for journal in [Self.stamp, nil] {
                    try Self.check(Document(key: key, elements: Array(elements.prefix(count))), journal: journal)
                }
            }
        }
    }

    @Test("elements that write their own text, alone and between encoded ones: the whole document's bytes")
    func selfWrittenElements() async {
        let flats: [any Encodable & Sendable] = [Bare()] + Self.texts.indices.map { index in
            Flat(code: Self.texts[index], count: [0, 1, -7, .max, .min + 1][index], note: index % 2 == 0 ? nil : Self.texts[index],
                 label: Self.texts[(index + 2) % Self.texts.count])
        }
        let encoded: [any Encodable & Sendable] = Self.texts.map { Element(code: $0, amounts: [$0], note: nil, nested: [:]) }
        await propertyCheck(count: 100, input: Gen.int(in: 0...(flats.count + encoded.count - 1)).array(of: 0...20)) { picks in
            let elements = picks.map { $0 < flats.count ? flats[$0] : encoded[$0 - flats.count] }
            do {
                for journal in [Self.stamp, nil] { try Self.check(Document(key: "units", elements: elements), journal: journal) }
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test("any elements: the streamed bytes are the whole document's")
    func anyElements() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...(Self.texts.count - 1)).array(of: 0...12),
                            Gen.int(in: 0...3).array(of: 0...12)) { picks, shapes in
            let elements = zip(picks, shapes + Array(repeating: 0, count: max(0, picks.count - shapes.count))).map { pick, shape in
                Element(code: Self.texts[pick], amounts: Array(repeating: Self.texts[pick], count: shape), note: shape == 1 ? nil : Self.texts[pick],
                        nested: shape == 2 ? [:] : [Self.texts[pick]: Array(0..<shape)])
            }
            do { try Self.check(Document(key: "units", elements: elements), journal: Self.stamp) } catch { Issue.record("\(error)") }
        }
    }
}
