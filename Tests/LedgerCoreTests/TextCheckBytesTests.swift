import Foundation
import PropertyBased
import Testing
@testable import LedgerCore

/// The text checks every imported voucher passes through read the UTF-8 bytes in place (issue 16,
/// session 43): held here to their plain definitions over characters, for any text.
@Suite("text checks over bytes")
struct TextCheckBytesTests {
    /// Pieces that meet at every edge the byte checks care about: spaces of three kinds, the
    /// ideographic comma and full stop beside U+3000 (E3 80 81, E3 80 82), other E3 sequences,
    /// control characters, DEL, quotes, digits and X for national IDs.
    static let pieces = [" ", "\t", "\u{3000}", "、", "。", "ぁ", "工会", "a", "\n", "\u{1}", "\u{7F}", "\u{1F}", "\"",
                         "11010519491231002", "X", "x", "7", "0", "😀", "\u{2028}", "\u{80}"]

    static func text(_ picks: [Int]) -> String { picks.map { pieces[$0] }.joined() }

    @Test("a summary says something exactly when it holds a scalar other than space, tab and U+3000")
    func nonBlank() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...8)) { picks in
            let text = Self.text(picks)
            let plain = text.unicodeScalars.contains { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }
            #expect(text.hasNonBlankCharacter == plain, "\(text.debugDescription)")
            // Not only native text: a bridged or sliced one reads the same.
            #expect(String(Substring(text)).hasNonBlankCharacter == plain)
        }
        #expect(!"".hasNonBlankCharacter)
        #expect(!" \u{3000}\t\u{3000}".hasNonBlankCharacter)
        #expect("\u{3000}、".hasNonBlankCharacter)
    }

    @Test("control characters found wherever they are, in native and non-native text")
    func controlCharacters() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...8)) { picks in
            let text = Self.text(picks)
            let plain = text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            #expect(text.hasControlCharacters == plain, "\(text.debugDescription)")
            #expect(NSString(string: text).description.hasControlCharacters == plain)
        }
    }

    @Test("a national ID found over the text's own bytes as over an array of them")
    func nationalID() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...6)) { picks in
            let text = Self.text(picks)
            #expect(PlainText.containsNationalID(text) == PlainText.containsNationalID(String(Substring(text))))
        }
        // 11010519491231002X is a valid ID (check character X); a digit more on either side is not one.
        #expect(PlainText.containsNationalID("身份证11010519491231002X号"))
        #expect(!PlainText.containsNationalID("911010519491231002X"))
        #expect(!PlainText.containsNationalID("11010519491231002X1"))
    }
}
