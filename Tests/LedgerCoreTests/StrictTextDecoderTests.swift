import InputFiles
import LedgerCore
import PropertyBased
import Testing

/// The decoder keeps the line and column of the next byte across chunks, so an error in any chunk
/// names where it is in the file.
@Suite("strict text decoder: positions across chunks")
struct StrictTextDecoderTests {
    /// ASCII, Chinese (3 bytes), fullwidth punctuation (EF BC xx, the lead byte U+FFFD shares),
    /// a 4-byte character, carriage returns and line ends.
    static let pieces: [String] = ["a", "9", ",", "记", "账", "，", "（", "𠀀", "\r", "\n", "\n", " "]

    @Test("U+FFFD anywhere, in chunks of any size, is reported at its line and column")
    func replacementCharacterPosition() async {
        let input = zip(Gen.int(in: 0...11).array(of: 0...300), Gen.int(in: 0...300), Gen.int(in: 1...64))
        await propertyCheck(count: 200, input: input) { picked in
            let (picks, at, chunkSize) = picked
            let text = picks.map { Self.pieces[$0] }
            let cut = min(at, text.count)
            let before = text[..<cut].joined()
            let bytes = Array((before + "\u{FFFD}" + text[cut...].joined()).utf8)
            // Where U+FFFD is, counted the plain way: characters, lines ended by LF.
            // (By bytes: "\r\n" is one Character to Swift, and the file's lines end at each LF.)
            let lines = Array(before.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
            let expectedLine = lines.count
            let expectedColumn = (lines.last.map { String(decoding: $0, as: UTF8.self).unicodeScalars.count } ?? 0) + 1
            let decoder = StrictTextDecoder(displayName: "t.csv", encoding: .automatic)
            do {
                var start = 0
                while start < bytes.count {
                    let end = min(start + chunkSize, bytes.count)
                    _ = try decoder.decode(bytes[start..<end], isFinal: end == bytes.count)
                    start = end
                }
                Issue.record("U+FFFD was let through")
            } catch let error as LedgerError {
                #expect(error == .textMustNotHoldReplacementCharacter(path: "t.csv", line: expectedLine, column: expectedColumn),
                        "\(before.debugDescription) in chunks of \(chunkSize)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
