import LedgerCore

/// Shares of money as exact integers: basis points from fen, never floating point.
public enum ExactShare {
    /// `part / whole` in basis points (1 bp = 0.01%), half-up (四舍五入); nil when `whole` is zero.
    /// Negative parts give negative shares.
    public static func basisPoints(_ part: Money, of whole: Money) -> Int64? {
        guard !whole.isZero else { return nil }
        let negative = (part.fen < 0) != (whole.fen < 0)
        let numerator = part.fen.magnitude, denominator = whole.fen.magnitude
        let product = numerator.multipliedFullWidth(by: 10_000)
        // A share above 9.2e14% does not occur in a budget; cap rather than trap.
        guard product.high < denominator else { return negative ? Int64.min + 1 : Int64.max }
        var (quotient, remainder) = denominator.dividingFullWidth(product)
        if remainder >= denominator - remainder { quotient += 1 }
        let magnitude = Int64(clamping: quotient)
        return negative ? -magnitude : magnitude
    }

    /// `87.50%`, or `—` for no share.
    public static func percentText(_ basisPoints: Int64?) -> String {
        guard let basisPoints else { return "—" }
        let magnitude = basisPoints.magnitude
        let fraction = magnitude % 100
        return (basisPoints < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
    }

    /// `a × b < c × d` for non-negative integers, exactly (128-bit products).
    public static func productIsLess(_ a: UInt64, _ b: UInt64, than c: UInt64, _ d: UInt64) -> Bool {
        let left = a.multipliedFullWidth(by: b), right = c.multipliedFullWidth(by: d)
        return left.high < right.high || (left.high == right.high && left.low < right.low)
    }
}
