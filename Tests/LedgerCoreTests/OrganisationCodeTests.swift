import PropertyBased
import Testing
@testable import LedgerCore

/// The byte-by-byte reading of an ASCII code gives the answer the Unicode properties give.
@Suite("organisation codes: the ASCII reading and the Unicode rule agree")
struct OrganisationCodeTests {
    @Test("codes as federations write them, and the shapes the rule refuses", arguments: [
        ("U1", true), ("XF", true), ("a-b_c.d", true), ("GH101.", true), (String(repeating: "9", count: 32), true),
        ("工会01", true), ("\u{D55C}", true), ("Ab\u{1112}\u{1161}", true),
        ("", false), (".U1", false), ("U..1", false), ("U 1", false), ("U/1", false), ("U\\1", false), ("U\t1", false),
        (String(repeating: "9", count: 33), false), ("U\u{200B}1", false), ("U\r\n", false), ("U1\u{0}", false), ("U，1", false),
    ])
    func examples(code: String, wellFormed: Bool) {
        #expect(OrganisationCode.isWellFormed(code) == wellFormed)
        #expect(OrganisationCode.isWellFormedByScalars(code) == wellFormed)
    }

    @Test("any code of ASCII and a few others: both readings agree")
    func anyCode() async {
        let characters: [Character] = ["A", "z", "0", "9", "-", "_", ".", " ", "/", "\\", "\t", "\n", "\u{0}", "~", "@", "工", "é", "\u{301}", "，"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(characters.count - 1)).array(of: 0...40)) { picks in
            let code = String(picks.map { characters[$0] })
            #expect(OrganisationCode.isWellFormed(code) == OrganisationCode.isWellFormedByScalars(code), "\(code.debugDescription)")
        }
    }
}
