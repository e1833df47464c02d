import PropertyBased
import Testing
@testable import LedgerCore

@Suite("Money.chineseUppercase(): 大写金额 per the bank rules")
struct ChineseUppercaseTests {
    @Test("writes amounts as banks require", arguments: [
        (123_450, "壹仟贰佰叁拾肆元伍角整"),
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (55, "伍角伍分"),
        (100_005, "壹仟元零伍分"),
        (10_000_000, "壹拾万元整"),           // banks write the leading 壹拾
        (1_000, "壹拾元整"),
        (11_000, "壹佰壹拾元整"),
        (10_010_000, "壹拾万零壹佰元整"),
        (1_000_100, "壹万零壹元整"),
        (101_010, "壹仟零壹拾元壹角整"),
        (10_000_000_000, "壹亿元整"),
        (10_500_000_000, "壹亿零伍佰万元整"),
        (40_000, "肆佰元整"),
        (400_000, "肆仟元整"),
        (-300, "负叁元整"),
        (2_007, "贰拾元零柒分"),
        // Examples from 中国人民银行《正确填写票据和结算凭证的基本规定》.
        (140_950, "壹仟肆佰零玖元伍角整"),
        (600_714, "陆仟零柒元壹角肆分"),
        (168_032, "壹仟陆佰捌拾元叁角贰分"),
        (10_700_053, "壹拾万柒仟元伍角叁分"),
        (1_640_902, "壹万陆仟肆佰零玖元零贰分"),
        (32_504, "叁佰贰拾伍元零肆分"),
        // Zeros across sections.
        (10_000_000_100, "壹亿零壹元整"),
        (10_000_100_000, "壹亿零壹仟元整"),
        (10_010_000_000, "壹亿零壹拾万元整"),
        (1_010_000_000, "壹仟零壹拾万元整"),
        (1_010_010_100, "壹仟零壹拾万零壹佰零壹元整"),
        (1_200_100_000, "壹仟贰佰万壹仟元整"),
        (100_000_000_000, "壹拾亿元整"),
        // Above 亿 the grouping is by 亿: 10001亿 is 壹万零壹亿, never 壹万亿零壹亿.
        (100_000_000_000_000, "壹万亿元整"),
        (100_010_000_000_000, "壹万零壹亿元整"),
        (123_450_000_000_000, "壹万贰仟叁佰肆拾伍亿元整"),
        (100_000_001_000_000, "壹万亿零壹万元整"),
        (Money.magnitudeMax, "玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (-101, "负壹元零壹分"),
    ] as [(Int64, String)])
    func writesUppercase(fen: Int64, expected: String) {
        #expect(Money(fen: fen).chineseUppercase() == expected)
    }

    @Test("Int64 extremes do not crash")
    func int64Extremes() {
        #expect(Money(fen: .max).chineseUppercase()
            == "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分")
        #expect(Money(fen: .min).chineseUppercase()
            == "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分")
    }

    @Test("reads back to the same fen and follows the zero rules")
    func readsBack() async {
        await propertyCheck(count: 2_000, input: Gen.int64(in: -Money.magnitudeMax...Money.magnitudeMax)) { fen in
            Self.checkUppercase(fen)
        }
        await propertyCheck(count: 1_000, input: Gen.int64(in: -10_000_000...10_000_000)) { fen in
            Self.checkUppercase(fen)
        }
    }

    @Test("every amount with few non-zero digits reads back", arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
    func sparseDigitsReadBack(position: Int) {
        // One or two non-zero digits in every placement exercise the 零 rules across sections.
        var power: Int64 = 1
        for _ in 0..<position { power *= 10 }
        var other: Int64 = 1
        for _ in 0...16 {
            Self.checkUppercase(power)
            Self.checkUppercase(power + other)
            Self.checkUppercase(power * 3 + other * 7)
            if other > Int64.max / 10 { break }
            other *= 10
        }
    }

    static func checkUppercase(_ fen: Int64, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Money(fen: fen).chineseUppercase()
        #expect(ChineseUppercaseReader.fen(of: text) == fen, "\(text)", sourceLocation: sourceLocation)
        // One 零 per run of zeros, never before a unit, 元, or at the start.
        for bad in ["零零", "零万", "零亿", "零元", "零角", "零整"] {
            #expect(!text.contains(bad), "\(text) contains \(bad)", sourceLocation: sourceLocation)
        }
        if fen != 0 { #expect(!text.hasPrefix("零") && !text.hasPrefix("负零"), "\(text)", sourceLocation: sourceLocation) }
        #expect(text.hasSuffix("整") != text.hasSuffix("分"), "\(text)", sourceLocation: sourceLocation)
        #expect(text.hasSuffix("分") == (fen % 10 != 0), "\(text)", sourceLocation: sourceLocation)
    }
}

/// A reader of 大写 amounts written for the tests, independent of the writer's algorithm.
enum ChineseUppercaseReader {
    static let digits: [Character: Int64] = ["零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9]

    static func fen(of text: String) -> Int64? {
        var rest = Substring(text)
        let negative = rest.first == "负"
        if negative { rest = rest.dropFirst() }
        var yuan: Int64 = 0
        if let yuanIndex = rest.firstIndex(of: "元") {
            guard let value = integer(rest[..<yuanIndex]) else { return nil }
            yuan = value
            rest = rest[rest.index(after: yuanIndex)...]
        }
        if rest.first == "零" { rest = rest.dropFirst() }
        var small: Int64 = 0
        while let character = rest.first {
            if character == "整" { rest = rest.dropFirst(); break }
            guard let digit = digits[character], rest.count >= 2 else { return nil }
            let unit = rest[rest.index(after: rest.startIndex)]
            switch unit {
            case "角": small += digit * 10
            case "分": small += digit
            default: return nil
            }
            rest = rest.dropFirst(2)
        }
        guard rest.isEmpty else { return nil }
        let magnitude = yuan * 100 + small
        return negative ? -magnitude : magnitude
    }

    /// `high亿low` split at the last 亿, `high万low`, then a 仟佰拾 section.
    static func integer(_ text: Substring) -> Int64? {
        if text == "零" { return 0 }
        if let index = text.lastIndex(of: "亿") {
            guard let high = integer(text[..<index]), let low = integer(text[text.index(after: index)...]) else { return nil }
            return high * 1_0000_0000 + low
        }
        if let index = text.firstIndex(of: "万") {
            guard let high = section(text[..<index]), let low = section(text[text.index(after: index)...]) else { return nil }
            return high * 1_0000 + low
        }
        return section(text)
    }

    static func section(_ text: Substring) -> Int64? {
        var value: Int64 = 0
        var pending: Int64? = nil
        for character in text {
            if character == "零" { continue }
            if let digit = digits[character] {
                guard pending == nil else { return nil }
                pending = digit
                continue
            }
            let unit: Int64
            switch character {
            case "拾": unit = 10
            case "佰": unit = 100
            case "仟": unit = 1000
            default: return nil
            }
            guard let digit = pending else { return nil }   // a bare 拾 without 壹 is not written
            value += digit * unit
            pending = nil
        }
        return value + (pending ?? 0)
    }
}
