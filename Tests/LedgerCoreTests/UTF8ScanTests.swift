@testable import InputFiles
import LedgerCore
import PropertyBased
import Testing

/// Our own UTF-8 check (eight ASCII bytes at a time) against the standard library's, and the
/// decoder's copy-free way for the chunks after the first against its general way.
@Suite("UTF-8 scan: validity as the standard library defines it")
struct UTF8ScanTests {
    /// The bytes where UTF-8's rules change: ASCII, continuation bounds, the overlong leads
    /// (C0, C1), E0 and ED's narrowed seconds, F0 and F4's, past F4.
    static let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
    static let text = Array("2026-03-01,记-1,1001,12.50,,专项:困难职工帮扶，（𠀀）\n".utf8)

    static func standardLibrarySays(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { (try? UTF8Span(validating: $0.span)) != nil }
    }

    @Test("any bytes near the rules' edges: valid exactly when the standard library says so")
    func edgeBytes() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(Self.edges.count - 1)).array(of: 0...24)) { picks in
            let bytes = picks.map { Self.edges[$0] }
            #expect(bytes.withUnsafeBufferPointer(UTF8Scan.isValid) == Self.standardLibrarySays(bytes), "\(bytes)")
        }
    }

    @Test("valid text with one byte changed, at any place (inside an ASCII word or a character)")
    func oneByteChanged() async {
        let input = zip(Gen.int(in: 0...(Self.text.count * 3 - 1)), Gen.int(in: 0...255), Gen.int(in: 1...3))
        await propertyCheck(count: 3_000, input: input) { picked in
            let (at, byte, copies) = picked
            var bytes = Array([[UInt8]](repeating: Self.text, count: copies).joined())
            bytes[at % bytes.count] = UInt8(byte)
            #expect(bytes.withUnsafeBufferPointer(UTF8Scan.isValid) == Self.standardLibrarySays(bytes), "\(bytes)")
        }
    }

    @Test("the evidence taken from the whole stretch is the evidence counted run by run")
    func evidenceBothWays() async {
        let pieces: [[UInt8]] = [[0x41], [0x0A], Array("记".utf8), Array("𠀀".utf8), Array("é".utf8), [0xB6, 0xAB], [0xE4, 0xB8]]
        let input = zip(Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30), Gen.bool)
        await propertyCheck(count: 2_000, input: input) { picked in
            let (picks, isFinal) = picked
            let bytes = Array(picks.map { pieces[$0] }.joined())
            let whole = EncodingEvidence(bytes[...], isFinal: isFinal)
            let byRuns = EncodingEvidence(bytes[...], isFinal: isFinal, validatingWholeFirst: false)
            #expect(whole.invalidRuns == byRuns.invalidRuns, "\(bytes)")
            #expect((whole.utf8Runs > 0) == (byRuns.utf8Runs > 0), "\(bytes)")
            #expect(whole.firstUTF8RunOffset == byRuns.firstUTF8RunOffset, "\(bytes)")
            #expect(whole.hasCompleteRun == byRuns.hasCompleteRun, "\(bytes)")
            #expect("\(whole.verdict)" == "\(byRuns.verdict)", "\(bytes)")
        }
    }

    @Test("chunks appended in place give the text, or the error, that decoding them one by one gives")
    func appendingMatchesReturning() async {
        let pieces: [[UInt8]] = [[0x41], [0x2C], [0x0A], Array("记".utf8), Array("，".utf8), Array("𠀀".utf8),
                                 [0xEF, 0xBF, 0xBD], [0xFF], [0xC0, 0x80]]
        let input = zip(Gen.int(in: 0...(pieces.count - 1)).array(of: 1...200), Gen.int(in: 1...40), Gen.bool)
        await propertyCheck(count: 400, input: input) { picked in
            let (picks, chunkSize, withBOM) = picked
            // The first piece non-ASCII Chinese, so the file is UTF-8 from the first chunk on.
            let bytes = (withBOM ? [0xEF, 0xBB, 0xBF] : []) + Array("记".utf8) + Array(picks.map { pieces[$0] }.joined())
            func run(_ step: (StrictTextDecoder, ArraySlice<UInt8>, Bool, inout [UInt8]) throws(LedgerError) -> Void) -> Result<[UInt8], LedgerError> {
                let decoder = StrictTextDecoder(displayName: "t.csv", encoding: .automatic)
                var output: [UInt8] = []
                var start = 0
                do {
                    repeat {
                        let end = min(start + chunkSize, bytes.count)
                        try step(decoder, bytes[start..<end], false, &output)
                        start = end
                    } while start < bytes.count
                    try step(decoder, [][...], true, &output)
                    return .success(output)
                } catch {
                    return .failure(error)
                }
            }
            let appended = run { decoder, chunk, isFinal, output throws(LedgerError) in
                try decoder.decode(chunk, isFinal: isFinal, appendingTo: &output)
            }
            let returned = run { decoder, chunk, isFinal, output throws(LedgerError) in
                output += try decoder.decode(chunk, isFinal: isFinal)
            }
            #expect(appended == returned, "chunks of \(chunkSize): \(bytes)")
            if case .success(let text) = appended {
                #expect(text == Array(bytes.dropFirst(withBOM ? 3 : 0)))
            }
        }
    }
}
