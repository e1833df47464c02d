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
        }
        #expect(!"".hasNonBlankCharacter)
        #expect(!" \u{3000}\t\u{3000}".hasNonBlankCharacter)
        #expect("\u{3000}、".hasNonBlankCharacter)
    }

    /// Every String here is native and contiguous (Linux has no lazily bridged ones), so only the
    /// bytes path runs; the generic fallback is the old code itself.
    @Test("control characters found wherever they are")
    func controlCharacters() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...8)) { picks in
            let text = Self.text(picks)
            let plain = text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            #expect(text.hasControlCharacters == plain, "\(text.debugDescription)")
        }
    }

    /// The scan as it was written before, over an array of the bytes: the reference.
    static func containsNationalIDInArray(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], check = Array("10X98765432".utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        func isIDRun(end: Int) -> Bool {
            let start = end - 18
            guard start >= 0, !isDigit(start - 1) else { return false }
            let sum = (0..<17).reduce(0) { $0 + Int(bytes[start + $1] - 0x30) * weights[$1] }
            return (bytes[end - 1] == 0x78 ? 0x58 : bytes[end - 1]) == check[sum % 11]
        }
        var run = 0
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= 18, isIDRun(end: index + 1), !isDigit(index + 1) { return true }
            } else {
                if run == 17, byte == 0x58 || byte == 0x78, isIDRun(end: index + 1), !isDigit(index + 1) { return true }
                run = 0
            }
        }
        return false
    }

    @Test("a national ID found over the text's own bytes as over an array of them")
    func nationalID() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...6)) { picks in
            let text = Self.text(picks)
            #expect(PlainText.containsNationalID(text) == Self.containsNationalIDInArray(text), "\(text.debugDescription)")
        }
        // 11010519491231002X is a valid ID (check character X); a digit more on either side is not one.
        #expect(PlainText.containsNationalID("身份证11010519491231002X号"))
        #expect(!PlainText.containsNationalID("911010519491231002X"))
        #expect(!PlainText.containsNationalID("11010519491231002X1"))
    }
}
