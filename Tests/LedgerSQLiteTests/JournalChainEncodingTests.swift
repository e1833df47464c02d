import Foundation
import PropertyBased
import GRDB
import InputFiles
import LedgerCore
import LedgerStore
@testable import LedgerSQLite
import Testing

/// The posting path encodes each voucher for the hash chain straight from its draft, without
/// building Strings (issue 16). These tests hold it to the chain's v3 encoding written out by hand,
/// so stored hashes stay what every earlier version wrote and verify expects.
@Suite("journal chain encoding")
struct JournalChainEncodingTests {
    /// The v3 encoding, spelled out: fields ended by 0x1F, each posting after 0x1E.
    static func handEncoded(header: [String], postings: [[String]]) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in header { bytes += Array(field.utf8) + [0x1F] }
        for posting in postings {
            bytes += [0x1E]
            for field in posting { bytes += Array(field.utf8) + [0x1F] }
        }
        return bytes
    }

    static func sha256(_ previous: [UInt8], _ bytes: [UInt8]) -> [UInt8] {
        var digest = FileDigest()
        previous.withUnsafeBytes { digest.update($0) }
        bytes.withUnsafeBytes { digest.update($0) }
        return Array(Data(hexString: digest.hex()))
    }

    @Test("a voucher and its red-ink reversal hash as the v3 encoding written out by hand")
    func postedHashMatchesHandEncoding() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let posted = try t.books.post(PostingDimensionTests.charged("2026-01-05", "120.00", counterparty: "DW001"))
        let reversal = try t.books.reverse(voucherID: posted.id, reason: "错")
        var previous = JournalChain.genesis
        for (id, reverses, postings) in [
            (posted.id, "", [["50103", "D", "12000", "", "办公费", ""], ["102", "C", "12000", "", "", "DW001"]]),
            (reversal.id, String(posted.id), [["50103", "D", "-12000", "", "办公费", ""], ["102", "C", "-12000", "", "", "DW001"]]),
        ] {
            let row = try #require(try t.database.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM voucher WHERE id = ?", arguments: [id])
            })
            let header: [String] = [
                "gonghui-voucher-v3", String(id), "GH001", row["date"], String(row["number"] as Int), row["kind"], reverses,
                row["summary"], row["prepared_by"], row["posted_at"], row["source"], row["external_ref"], "0", "",
                "", "", "", "", "", "", "", "", "",
            ]
            let expected = Self.sha256(previous, Self.handEncoded(header: header, postings: postings))
            #expect(Array(row["hash"] as Data) == expected)
            previous = expected
        }
        #expect(try t.database.verify().isEmpty)
    }

    @Test("numbers are written as String(_:) spells them", arguments: [
        Int64.min, -1_000_000, -1, 0, 7, 10, 1_234_567_890, Int64.max,
    ])
    func numbersAsDecimalText(_ number: Int64) {
        var writer = JournalChain.Writer()
        writer.field(number)
        #expect(writer.bytes == Array(String(number).utf8) + [0x1F])
    }

    @Test("a writer reused voucher after voucher, growing past its room, holds each voucher's encoding as a new one would")
    func reusedWriterMatchesAFreshOne() {
        var reused = JournalChain.Writer()
        // Long, short, empty and multi-byte fields; 1 to 60 postings, so the room grows several times.
        for (index, lines) in [60, 1, 7, 0, 33, 2].enumerated() {
            let summary = String(repeating: "工会经费", count: index * 9)
            var fresh = JournalChain.Writer()
            reused.reset()
            for writer in [0, 1] {
                func encode(_ target: inout JournalChain.Writer) {
                    target.header(version: .v3, id: Int64(index), organisation: "GH001", date: "2026-01-05", number: index + 1,
                                  kind: "normal", reverses: index == 3 ? 9 : nil, summary: summary, preparedBy: "出纳",
                                  postedAt: "2026-01-05T08:00:00Z", source: "", externalReference: "记-\(index)",
                                  attachments: index, fund: "", approval: nil)
                    for line in 0..<lines {
                        target.line(version: .v3, code: "50103", side: line % 2 == 0 ? "D" : "C", amountFen: Int64(line) * 101 - 50,
                                    memo: String(repeating: "m", count: line), budgetLine: line % 3 == 0 ? "B\(line)" : nil,
                                    counterparty: nil)
                    }
                }
                if writer == 0 { encode(&fresh) } else { encode(&reused) }
            }
            #expect(reused.bytes == fresh.bytes, "voucher \(index)")
            #expect(reused.withBytes { Array($0) } == fresh.bytes)
            var digest: [UInt8] = []
            JournalChain.hash(previous: JournalChain.genesis, canonical: reused, into: &digest)
            #expect(digest == Self.sha256(JournalChain.genesis, fresh.bytes))
        }
    }

    @Test("any voucher, in every version, encodes as spelled out by hand: extreme numbers, empty, long and multi-byte texts, with or without approval and dimensions")
    func anyVoucherAsSpelledOut() async {
        let numbers: [Int64] = [Int64.min, Int64.max, -1, 0, 9, 10, -10, 1_234_567_890_123]
        let texts = ["", "D", "工会经费", String(repeating: "长", count: 300), "a\u{1F600}b", String(repeating: "x", count: 5_000)]
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000).array(of: 16...16), Gen.int(in: 0...12)) { picks, lineCount in
            let version = JournalChain.Version.allCases[picks[0] % 3]
            func number(_ pick: Int) -> Int64 { numbers[pick % numbers.count] }
            func text(_ pick: Int) -> String { texts[pick % texts.count] }
            let approval = picks[1] % 2 == 0 ? nil : JournalChain.ApprovalFields(
                preparedBy: text(picks[2]), reviewedBy: text(picks[3]), reviewedAt: "2026-01-05T08:00:00Z", singleOperator: "0",
                signoffBy: text(picks[4]), signoffDate: "", decisionReference: text(picks[5]), decisionDate: "2026-01-05")
            let reverses: Int64? = picks[6] % 2 == 0 ? nil : number(picks[7])
            var writer = JournalChain.Writer()
            writer.header(version: version, id: number(picks[8]), organisation: text(picks[9]), date: "2026-01-05", number: Int(number(picks[10])),
                          kind: "normal", reverses: reverses, summary: text(picks[11]), preparedBy: text(picks[12]), postedAt: "",
                          source: text(picks[13]), externalReference: text(picks[14]), attachments: Int(number(picks[15])),
                          fund: text(picks[15] / 8), approval: approval)
            var header = [version.tag, String(number(picks[8])), text(picks[9]), "2026-01-05", String(number(picks[10])), "normal",
                          reverses.map { String($0) } ?? "", text(picks[11]), text(picks[12]), "", text(picks[13]), text(picks[14])]
            if version != .v1 {
                header += [String(number(picks[15])), text(picks[15] / 8)]
                header += approval.map { ["approved", $0.preparedBy, $0.reviewedBy, $0.reviewedAt, $0.singleOperator, $0.signoffBy,
                                          $0.signoffDate, $0.decisionReference, $0.decisionDate] } ?? Array(repeating: "", count: 9)
            }
            var postings: [[String]] = []
            for line in 0..<lineCount {
                let pick = picks[line % 16] + line
                let budgetLine = pick % 3 == 0 ? nil : text(pick), counterparty = pick % 4 == 0 ? nil : text(pick / 3)
                writer.line(version: version, code: String(pick), side: pick % 2 == 0 ? "D" : "C", amountFen: number(pick),
                            memo: text(pick / 2), budgetLine: budgetLine, counterparty: counterparty)
                postings.append([String(pick), pick % 2 == 0 ? "D" : "C", String(number(pick)), text(pick / 2)]
                                + (version == .v3 ? [budgetLine ?? "", counterparty ?? ""] : []))
            }
            #expect(writer.bytes == Self.handEncoded(header: header, postings: postings))
        }
    }

    @Test("the link written over a reused buffer is the link returned, whatever the buffer held or its size")
    func hashIntoReusedBuffer() {
        let previous = Array(repeating: UInt8(7), count: 32), bytes = Array("1\u{1F}2026-01-05\u{1F}".utf8)
        let expected = Self.sha256(previous, bytes)
        for start in [[], Array(repeating: UInt8(0xAA), count: 32), [1, 2, 3]] as [[UInt8]] {
            var digest = start
            let shared = digest   // a copy sharing the buffer must keep what it held
            JournalChain.hash(previous: previous, canonical: bytes, into: &digest)
            #expect(digest == expected)
            #expect(shared == start)
        }
        #expect(JournalChain.hash(previous: previous, canonical: bytes) == expected)
    }
}

private extension Data {
    init(hexString: String) {
        var bytes: [UInt8] = []
        var iterator = hexString.utf8.makeIterator()
        func nibble(_ byte: UInt8) -> UInt8 { byte >= 0x61 ? byte - 0x61 + 10 : byte >= 0x41 ? byte - 0x41 + 10 : byte - 0x30 }
        while let high = iterator.next(), let low = iterator.next() { bytes.append(nibble(high) << 4 | nibble(low)) }
        self.init(bytes)
    }
}
