extension Money {
    /// The amount in Chinese financial uppercase (大写金额), as printed on vouchers and notices.
    ///
    /// `1234.50` → `壹仟贰佰叁拾肆元伍角整`, `1000.05` → `壹仟元零伍分`, `0` → `零元整`,
    /// `-3.00` → `负叁元整`. Follows the usual bank rules (中国人民银行《支付结算办法》附件):
    /// one 零 per run of zeros, 整 when there are no fen, and a leading 壹拾 (`100000` →
    /// `壹拾万元整`) as banks write it. Above 亿 the grouping is by 亿: `10001_0000_0000` yuan is
    /// `壹万零壹亿元整`, never `壹万亿零壹亿`.
    public func chineseUppercase() -> String {
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let jiao = Int((magnitude / 10) % 10)
        let fenDigit = Int(magnitude % 10)

        let integerText = yuan == 0 ? "" : Money.chineseUppercaseInteger(yuan) + "元"
        var text = integerText
        if jiao == 0 && fenDigit == 0 {
            text = integerText.isEmpty ? "零元整" : integerText + "整"
        } else {
            if jiao > 0 {
                text += String(Money.chineseDigits[jiao]) + "角"
            } else if !integerText.isEmpty {
                text += "零"
            }
            if fenDigit > 0 { text += String(Money.chineseDigits[fenDigit]) + "分" } else { text += "整" }
        }
        return (fen < 0 ? "负" : "") + text
    }

    private static let chineseDigits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]

    /// A positive whole number of yuan, without 元.
    ///
    /// Written as `high 亿 low` (recursively for `high`, so Int64.max reads 亿亿), `low` as
    /// `high 万 low`, and each remaining 4-digit section with 仟佰拾. A 零 joins two parts when
    /// the lower one does not start at its top digit.
    private static func chineseUppercaseInteger(_ value: UInt64) -> String {
        precondition(value > 0)
        if value >= 1_0000_0000 {
            let high = value / 1_0000_0000, low = value % 1_0000_0000
            var text = chineseUppercaseInteger(high) + "亿"
            if low > 0 { text += (low < 1000_0000 ? "零" : "") + chineseUppercaseInteger(low) }
            return text
        }
        if value >= 1_0000 {
            let high = value / 1_0000, low = value % 1_0000
            var text = chineseUppercaseSection(Int(high)) + "万"
            if low > 0 { text += (low < 1000 ? "零" : "") + chineseUppercaseSection(Int(low)) }
            return text
        }
        return chineseUppercaseSection(Int(value))
    }

    /// 1...9999 with 仟佰拾; inner runs of zeros become one 零, trailing zeros nothing.
    private static func chineseUppercaseSection(_ section: Int) -> String {
        let smallUnits = ["", "拾", "佰", "仟"]
        var text = ""
        var zeroPending = false
        var power = 1000
        for position in stride(from: 3, through: 0, by: -1) {
            let digit = (section / power) % 10
            power /= 10
            if digit == 0 {
                if !text.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { text.append("零"); zeroPending = false }
            text.append(chineseDigits[digit])
            text += smallUnits[position]
        }
        return text
    }
}
