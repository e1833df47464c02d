import PropertyBased
import Testing
import UnionAllocation
import UnionCore

/// The compact code table a payroll import looks every row's unit up in, against a dictionary.
@Suite("unit code table")
struct UnitCodeTableTests {
    static let alphabet = Array("AZaz09-_.工会单位") + ["\u{1F600}"]

    @Test("finds every code added (as text or as UTF-8 bytes), with its id, channel and name, and nothing else")
    func matchesDictionary() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 1...12).array(of: 0...300),
                            Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 1...12).array(of: 0...50)) { codes, probes in
            var table = UnitCodeTable()
            // The same units added from UTF-8 buffers, as the SQLite store reads them.
            var fromBytes = UnitCodeTable()
            var model: [String: (id: Int64, channel: CollectionChannel, name: String)] = [:]
            for (offset, picks) in codes.enumerated() {
                let code = String(picks.map { Self.alphabet[$0] })
                let id = Int64(offset * 3 + 1)
                let channel = CollectionChannel.allCases[offset % CollectionChannel.allCases.count]
                let name = offset.isMultiple(of: 4) ? "" : "单位\(offset)工会（\(code)）"
                table.add(id: id, code: code, name: name, channel: channel)
                var codeText = code, nameText = name
                codeText.withUTF8 { codeBytes in
                    nameText.withUTF8 { nameBytes in fromBytes.add(id: id, code: codeBytes, name: nameBytes, channel: channel) }
                }
                if model[code] == nil { model[code] = (id, channel, name) }   // the first of a code stays
            }
            for table in [table, fromBytes] {
                #expect(table.count == model.count)
                #expect(table.largestID == (model.values.map(\.id).max() ?? 0))
                for (code, expected) in model {
                    guard let entry = table.entry(code: code) else { Issue.record("\(code) not found"); continue }
                    #expect(entry.id == expected.id && entry.channel == expected.channel)
                    #expect(table.name(of: entry) == expected.name)
                    // The byte forms of the lookups give the same answers.
                    var codeText = code, nameText = expected.name, otherName = expected.name + "x"
                    #expect(codeText.withUTF8 { table.entry(code: $0) } == entry)
                    #expect(nameText.withUTF8 { table.hasName($0, of: entry) })
                    #expect(!otherName.withUTF8 { table.hasName($0, of: entry) })
                }
                for picks in probes {
                    var code = String(picks.map { Self.alphabet[$0] })
                    #expect((table.entry(code: code)?.id) == model[code]?.id)
                    #expect((code.withUTF8 { table.entry(code: $0) }?.id) == model[code]?.id)
                }
            }
        }
    }

    @Test("codes that share a prefix or differ only in case are different units; 125,000 of them all found")
    func manyCodes() {
        var table = UnitCodeTable()
        for number in 0..<125_000 { table.add(id: Int64(number + 2), code: "U\(number)", name: "单位\(number)工会", channel: .direct) }
        table.add(id: 1, code: "u1", name: "小写", channel: .tax40)
        #expect(table.count == 125_001 && table.largestID == 125_001)
        for number in stride(from: 0, to: 125_000, by: 7) {
            guard let entry = table.entry(code: "U\(number)") else { Issue.record("U\(number) not found"); return }
            #expect(entry.id == Int64(number + 2))
            if number % 7_000 == 0 { #expect(table.name(of: entry) == "单位\(number)工会") }
        }
        #expect(table.entry(code: "u1")?.channel == .tax40)
        #expect(table.entry(code: "U125000") == nil && table.entry(code: "U") == nil && table.entry(code: "") == nil)
        #expect(table.entry(code: "U1 ") == nil && table.entry(code: "U01") == nil)
    }
}
