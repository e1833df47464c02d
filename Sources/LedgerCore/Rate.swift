/// An exact rate: a non-negative rational number, usually given in basis points.
///
/// `Rate(basisPoints: 200)` is 2 %; `Rate(perMille: 5)` is 5‰. Applying a rate names its rounding.
public struct Rate: Hashable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// How a fractional fen is resolved.
    public enum Rounding: String, Sendable, CaseIterable, Codable {
        /// 四舍五入: halves go away from zero. The default for union money.
        case halfUp
        /// Halves go to the even fen (banker's rounding).
        case halfEven
        /// Truncate toward zero.
        case down
    }

    /// - Throws: `LedgerError.rateMustBeValid` for a negative numerator or a non-positive denominator.
    public init(numerator: Int64, denominator: Int64) throws(LedgerError) {
        guard numerator >= 0, denominator > 0 else {
            throw .rateMustBeValid(value: "\(numerator)/\(denominator)")
        }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A rate in basis points: 1 bp = 0.01 %.
    public init(basisPoints: Int64) throws(LedgerError) {
        try self.init(numerator: basisPoints, denominator: 10_000)
    }

    /// A rate in per-mille (‰), as late fees are stated.
    public init(perMille: Int64) throws(LedgerError) {
        try self.init(numerator: perMille, denominator: 1_000)
    }

    public var description: String { "\(numerator)/\(denominator)" }

    /// `amount × rate`, rounded to the fen as named.
    /// - Throws: `LedgerError.amountMustFitRange` when the result does not fit.
    public func applied(to amount: Money, rounding: Rounding = .halfUp) throws(LedgerError) -> Money {
        let magnitude = amount.fen.magnitude
        let product = magnitude.multipliedFullWidth(by: UInt64(numerator))
        let divisor = UInt64(denominator)
        guard product.high < divisor else { throw .amountMustFitRange(value: "\(amount.plainString) × \(self)") }
        var (quotient, remainder) = divisor.dividingFullWidth(product)
        switch rounding {
        case .down:
            break
        case .halfUp:
            if remainder >= divisor - remainder { quotient += 1 }
        case .halfEven:
            let twice = remainder.multipliedFullWidth(by: 2)
            let comparesAbove = twice.high > 0 || twice.low > divisor
            let isHalf = twice.high == 0 && twice.low == divisor
            if comparesAbove || (isHalf && quotient % 2 == 1) { quotient += 1 }
        }
        _ = remainder
        guard quotient <= UInt64(Money.magnitudeMax) else {
            throw .amountMustFitRange(value: "\(amount.plainString) × \(self)")
        }
        let signed = Int64(quotient)
        return Money(fen: amount.fen < 0 ? -signed : signed)
    }
}
