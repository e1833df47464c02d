@testable import LedgerCore

/// The rule `body` broke, or `nil` when it returned normally.
///
/// Tables compare rules (`.postingsMustBalance`) rather than whole errors when the associated
/// values are not what the row is about.
func brokenRule<T>(_ body: () throws(LedgerError) -> T) -> LedgerError.Rule? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.rule
    }
}

/// An unsigned 128-bit magnitude, for exact checks of `a × b` products without floating point.
struct Magnitude128: Comparable {
    var high: UInt64
    var low: UInt64

    init(_ a: UInt64, times b: UInt64) {
        (high, low) = a.multipliedFullWidth(by: b)
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    static func < (lhs: Magnitude128, rhs: Magnitude128) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// `|lhs − rhs|`.
    static func distance(_ lhs: Magnitude128, _ rhs: Magnitude128) -> Magnitude128 {
        let (larger, smaller) = lhs < rhs ? (rhs, lhs) : (lhs, rhs)
        let (low, borrow) = larger.low.subtractingReportingOverflow(smaller.low)
        return Magnitude128(high: larger.high - smaller.high - (borrow ? 1 : 0), low: low)
    }
}
