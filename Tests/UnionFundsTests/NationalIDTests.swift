import LedgerCore
import PropertyBased
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("national ID numbers (GB 11643)")
struct NationalIDTests {
    let today = day("2026-11-21")

    @Test("accepts 18-character numbers whose ISO 7064 MOD 11-2 check character matches, X included",
          arguments: ["150102198905153640", "15010219860210004X", "15010219860210004x", " 150102199912082777 ", "11010519491231002X"])
    func acceptsValidNumbers(_ text: String) throws {
        let id = try NationalID(parsing: text, today: today)
        #expect(!id.isLegacy)
        #expect(id.normalised.count == 18 && id.normalised == text.trimmingSpaces().uppercased())
    }

    @Test("refuses each kind of bad number with its own rule, and the message never holds the number", arguments: [
        ("150102198905153641", MembershipError.Rule.nationalIDCheckDigitMustMatch),
        ("15010219860210004Y", .nationalIDMustBeDigits),
        ("150102199902301238", .nationalIDBirthDateMustBeReal),     // 1999-02-30
        ("150102198913011237", .nationalIDBirthDateMustBeReal),     // month 13
        ("150102190002291235", .nationalIDBirthDateMustBeReal),     // 1900 is not a leap year
        ("150102209901011234", .nationalIDBirthDateMustNotBeInFuture),
        ("15010219890515364", .nationalIDMustHave18Characters),
        ("1501021989051536400", .nationalIDMustHave18Characters),
        ("1501021989", .nationalIDMustHave18Characters),
        ("15010219890515A640", .nationalIDMustBeDigits),
        ("ABCDEFGHIJKLMNOPQR", .nationalIDMustBeDigits),
        ("15010289051536A", .nationalIDMustBeDigits),
        ("990102198905153640", .nationalIDRegionMustBeValid),
        ("000102198905153640", .nationalIDRegionMustBeValid),
    ])
    func refusesBadNumbers(_ text: String, _ rule: MembershipError.Rule) {
        #expect(throws: MembershipError.self) { try NationalID(parsing: text, today: today) }
        do {
            _ = try NationalID(parsing: text, today: today)
        } catch {
            #expect(error.ruleKey == rule)
            for language in Language.allCases {
                #expect(!error.message(in: language).contains(text.trimmingSpaces()))
            }
        }
    }

    @Test("converts a 15-digit legacy number to the 18 digits its holder's card carries")
    func convertsLegacyNumbers() throws {
        let legacy = try NationalID(parsing: "150102890515364", today: today)
        #expect(legacy.isLegacy)
        #expect(legacy.normalised == "150102198905153640")
        #expect(legacy.masked == "150102********3640")
        #expect(legacy.birthDate == day("1989-05-15"))
        // The same person under both numbers: equal, so they hash alike.
        #expect(legacy.normalised == (try NationalID(parsing: "150102198905153640", today: today)).normalised)
    }

    @Test("masks the birth date: region and the last four remain")
    func masks() throws {
        let id = try NationalID(parsing: "15010219860210004X", today: today)
        #expect(id.masked == "150102********004X")
        #expect("\(id)" == "150102********004X")
        #expect(NationalID.mask("150102890515364") == "150102******364")
        #expect(NationalID.mask("15010219890515364") == "150102*******5364")
        #expect(NationalID.mask("12345678") == "123***78")
        #expect(NationalID.mask("1234") == "****")
    }

    @Test("masks numbers typed into other fields")
    func masksNumbersInText() {
        #expect(NationalID.maskingNumbers(in: "M-150102198905153640 x") == "M-150102********3640 x")
        #expect(NationalID.maskingNumbers(in: "4,567.89") == "4,567.89")
        #expect(NationalID.maskingNumbers(in: "15010219860210004X") == "150102********004X")
        #expect(NationalID.maskingNumbers(in: "1234567890123") == "1234567890123")        // 13 digits: not an ID
        #expect(NationalID.maskingNumbers(in: "12345678901234") == "123456****1234")       // 14: masked
        #expect(NationalID.maskingNumbers(in: "１５０１０２１９８９０５１５３６４０") == "１５０１０２１９８９０５１５３６４０")   // full-width: not plain digits
        #expect(NationalID.maskingNumbers(in: "X1234567890123") == "X1234567890123")     // X counts only after a digit
    }

    @Test("masking numbers gives what the character-by-character reading gives, on any text")
    func maskingNumbersMatchesReference() async {
        // Digits, X and x, a full-width digit, a digit with a combining accent, Chinese, punctuation.
        let pieces = ["0", "1", "9", "5", "X", "x", "１", "1\u{301}", "会", "-", " ", ",", "é"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            #expect(NationalID.maskingNumbers(in: text) == Self.referenceMasking(text))
            #expect(NationalID.mask(text) == Self.referenceMask(text))
            #expect(NationalID.mask(text + "\r\n") == Self.referenceMask(text + "\r\n"))
        }
    }

    /// The mask as first written, one Character at a time.
    static func referenceMask(_ text: String) -> String {
        let characters = Array(text)
        let (head, tail) = characters.count == 15 ? (6, 3) : characters.count >= 14 ? (6, 4) : characters.count >= 8 ? (3, 2) : (0, 0)
        return String(characters.prefix(head)) + String(repeating: "*", count: characters.count - head - tail) + String(characters.suffix(tail))
    }

    /// The masking as first written, one Character at a time, with no shortcut.
    static func referenceMasking(_ text: String) -> String {
        var result = "", run = ""
        for character in text {
            if character.isPlainDigit || ((character == "X" || character == "x") && !run.isEmpty) {
                run.append(character)
            } else {
                result += run.count >= 14 ? referenceMask(run) : run
                run = ""
                result.append(character)
            }
        }
        return result + (run.count >= 14 ? referenceMask(run) : run)
    }

    @Test("the check character follows the GB 11643 weights")
    func checkCharacter() {
        let digits = "11010519491231002".map { Int(String($0)) ?? 0 }
        #expect(NationalID.checkCharacter(digits) == "X")   // the standard's own example, 11010519491231002X
    }

    @Test("a file's own key hashes alike on every import; an outside key must match the fingerprint")
    func idKeys() throws {
        let id = try NationalID(parsing: "150102198905153640", today: today)
        let (own, first) = MemberIDKey.newKey(secret: nil)
        #expect(own.source == .file && own.secret?.count == 32)
        #expect(try MemberIDKey.key(for: own, secret: "ignored when the file keeps its key").hash(id) == first.hash(id))

        let (outside, fromEnvironment) = MemberIDKey.newKey(secret: "one")
        #expect(outside.source == .environment && outside.secret == nil, "only the fingerprint of an outside key is kept")
        #expect(try MemberIDKey.key(for: outside, secret: "one").hash(id) == fromEnvironment.hash(id))
        #expect(fromEnvironment.hash(id) != first.hash(id))
        for wrong in ["two", "", nil] as [String?] {
            #expect(throws: MembershipError.idKeyMustMatchFile(source: "GONGHUI_ID_KEY")) {
                try MemberIDKey.key(for: outside, secret: wrong)
            }
        }
    }
}

/// Free text is refused when it holds a full ID anywhere: at its start, its end, or alone, and
/// only when the ID is not part of a longer run of digits.
@Suite("national IDs in free text")
struct NationalIDInTextTests {
    @Test("an ID is found wherever it stands, and not inside a longer run of digits")
    func anywhere() async {
        let ids = ["150102199912082777", "11010519491231002X", "150102198905153640"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...2), Gen.int(in: 0...3), Gen.int(in: 0...3)) { which, before, after in
            let pads = ["", "报销", "a ", "差旅费 "]
            let id = ids[which]
            #expect(PlainText.containsNationalID(pads[before] + id + pads[after]))
            #expect(!PlainText.containsNationalID(pads[before] + "7" + id + pads[after]), "a longer run of digits is not an ID")
        }
    }
}
