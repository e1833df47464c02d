import LedgerCore
import Testing

/// `withUTF8Bytes` hands over a String's UTF-8 as `utf8` spells it: small and large, ASCII and
/// Chinese, empty, and a string made from a slice of another.
@Suite("a String's UTF-8 read in place")
struct UTF8BytesTests {
    @Test("the bytes are the UTF-8 view's", arguments: [
        "", "a", "记-1", "fifteen bytes!!", "sixteen bytes!!!", "工会经费收支管理办法（总工办发〔2017〕32号）",
        String(repeating: "长", count: 500), String("前缀·凭证摘要".dropFirst(3)),
    ])
    func bytesAreTheUTF8View(text: String) {
        #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
    }
}
