import Foundation
import PropertyBased
import Testing
@testable import LedgerCore

@Suite("AccountCode: 3-digit standard code, then 2 digits per level")
struct AccountCodeTests {
    @Test("accepts well-formed codes", arguments: [
        ("101", "101"),
        ("50102", "50102"),
        ("5010201", "5010201"),
        ("50102010101", "50102010101"),    // lengthMax
        (" 501 ", "501"),
    ])
    func acceptsCode(text: String, rawValue: String) throws {
        #expect(try AccountCode(text).rawValue == rawValue)
    }

    @Test("rejects malformed codes", arguments: [
        "10", "1010", "012", "abc", "123456789012", "1234567890123", "", "50a", "501 02", "５０１",
        "-101", "1O1", "501020101010",
    ])
    func rejectsCode(text: String) {
        #expect(throws: LedgerError.accountCodeMustBeWellFormed(value: text)) { try AccountCode(text) }
    }

    @Test("knows its parent, level and standard code", arguments: [
        ("101", nil, 1, "101"),
        ("50102", "501", 2, "501"),
        ("5010201", "50102", 3, "501"),
        ("50102010101", "501020101", 5, "501"),
    ] as [(String, String?, Int, String)])
    func hierarchy(code: String, parent: String?, level: Int, standardCode: String) throws {
        let accountCode = try AccountCode(code)
        #expect(accountCode.parent?.rawValue == parent)
        #expect(accountCode.level == level)
        #expect(accountCode.standardCode.rawValue == standardCode)
        #expect(accountCode.description == code)
    }

    @Test("sorts as text, so a parent comes before its children")
    func sorting() throws {
        let codes = try ["502", "50101", "101", "501", "5010201"].map { try AccountCode($0) }
        #expect(codes.sorted().map(\.rawValue) == ["101", "501", "50101", "5010201", "502"])
    }

    @Test("equal exactly when the digits are, whatever their length; equal codes hash alike (parents, children, trimmed)")
    func equalityFollowsTheDigits() async throws {
        // 3–11 digits, odd, not starting with 0; few distinct digits, so equal codes come up.
        let code = Gen.int(in: 0...2).array(of: 3...11).filter { $0.count % 2 == 1 }
            .map { digits in ([digits[0] + 1] + digits.dropFirst()).map(String.init).joined() }
        await propertyCheck(count: 300, input: zip(code, code, Gen.bool)) { picked in
            let (left, other, padded) = picked
            let right = padded ? " " + left + " " : other
            guard let a = try? AccountCode(left), let b = try? AccountCode(right) else {
                Issue.record("not a code: \(left) / \(right)")
                return
            }
            #expect((a == b) == (a.rawValue == b.rawValue))
            if a == b { #expect(a.hashValue == b.hashValue) }
            #expect((a == b) == (a.parent == b.parent && a.standardCode == b.standardCode && a.level == b.level && a.rawValue.suffix(2) == b.rawValue.suffix(2)))
        }
        // A code and its parent or its longer sibling with the same leading digits are different keys.
        let keys: Set<AccountCode> = try Set(["501", "50101", "5010100", "50100", "101"].map { try AccountCode($0) })
        #expect(keys.count == 5)
        let present = try AccountCode("50100"), absent = try AccountCode("50102")
        #expect(keys.contains(present) && !keys.contains(absent))
    }

    @Test("encodes as a JSON string and refuses a bad one")
    func codable() throws {
        let data = try JSONEncoder().encode([try AccountCode("50102")])
        #expect(String(decoding: data, as: UTF8.self) == #"["50102"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([AccountCode].self, from: Data(#"["1010"]"#.utf8)) }
    }
}

@Suite("Account.Kind: the five elements and their normal sides")
struct AccountKindTests {
    @Test("parses English and Chinese names", arguments: [
        ("asset", Account.Kind.asset), ("资产", .asset),
        ("liability", .liability), ("负债", .liability),
        ("netAssets", .netAssets), ("net_assets", .netAssets), ("净资产", .netAssets),
        ("revenue", .revenue), ("收入", .revenue),
        ("expenditure", .expenditure), ("支出", .expenditure), (" 支出 ", .expenditure),
    ])
    func parsesKind(text: String, kind: Account.Kind) throws {
        #expect(try Account.Kind(parsing: text) == kind)
    }

    @Test("rejects unknown kinds", arguments: ["assets", "", "Asset", "费用", "equity"])
    func rejectsKind(text: String) {
        #expect(throws: LedgerError.accountKindMustBeKnown(value: text)) { try Account.Kind(parsing: text) }
    }

    @Test("assets and expenditure sit on the debit side, the rest on the credit side", arguments: [
        (Account.Kind.asset, Side.debit),
        (.expenditure, .debit),
        (.liability, .credit),
        (.netAssets, .credit),
        (.revenue, .credit),
    ])
    func normalSide(kind: Account.Kind, side: Side) throws {
        #expect(kind.normalSide == side)
        #expect(Account(code: try AccountCode("101"), name: "x", kind: kind).normalSide == side)
    }

    @Test("shows the English name when asked and there is one")
    func names() throws {
        let cash = Account(code: try AccountCode("101"), name: "库存现金", nameEnglish: "Cash", kind: .asset)
        let bank = Account(code: try AccountCode("102"), name: "银行存款", kind: .asset)
        #expect(cash.name(in: .en) == "Cash" && cash.name(in: .zh) == "库存现金")
        #expect(bank.name(in: .en) == "银行存款")
        #expect(cash.isOpen)
    }
}
