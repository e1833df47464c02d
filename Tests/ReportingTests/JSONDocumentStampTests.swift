import Foundation
import Testing
@testable import Reporting

/// A report's own JSON document gets the journal head as one more key. A `JSONObjectDocument`
/// is encoded once; any other document is encoded to see whether it is an object, then again
/// with the head: both give the same bytes, and a document that is an array is left as it is.
@Suite("JSON documents and the journal head")
struct JSONDocumentStampTests {
    struct Plain: Encodable, Sendable {
        var units: [String]
        var as_of: String
        var totals: [String: String]
    }

    struct Declared: JSONObjectDocument, Sendable {
        var units: [String]
        var as_of: String
        var totals: [String: String]
    }

    static let stamp = JournalStamp(records: 16, head: "e060e07a2808", line: "日记账末端 #16 e060e07a2808")

    static func rendered(_ payload: any Encodable & Sendable, journal: JournalStamp?) throws -> String {
        var report = Report(title: "欠缴", tables: [])
        report.json = payload
        report.journal = journal
        return try report.rendered(as: .json)
    }

    @Test("a declared object document, encoded once, reads as the plain one encoded twice")
    func declaredMatchesProbed() throws {
        let units = (0..<50).map { "U\($0) 单位/“引号”\n" }
        let totals = ["due": "12.30", "paid": "0.00"]
        let once = try Self.rendered(Declared(units: units, as_of: "2026-12-31", totals: totals), journal: Self.stamp)
        let twice = try Self.rendered(Plain(units: units, as_of: "2026-12-31", totals: totals), journal: Self.stamp)
        #expect(once == twice)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(once.utf8)) as? [String: Any])
        #expect((object["journal"] as? [String: Any])?["head"] as? String == "e060e07a2808")
        #expect((object["units"] as? [String])?.count == 50)
        // Without a head nothing is added.
        #expect(!(try Self.rendered(Declared(units: units, as_of: "2026-12-31", totals: totals), journal: nil)).contains("journal"))
    }

    @Test("a document that is an array gets no head and is not broken")
    func arrayIsLeftAlone() throws {
        let text = try Self.rendered(["a", "b"], journal: Self.stamp)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String] == ["a", "b"])
    }
}
