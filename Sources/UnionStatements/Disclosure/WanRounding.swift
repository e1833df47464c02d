import LedgerCore

/// Rounds amounts to 0.01 万元 (100 元) so that every printed sub-total is the sum of its printed
/// parts: the total is rounded half-up from its exact value (四舍五入), then its rounded value is
/// shared out among the parts by largest remainder — each part is its exact value rounded down or
/// up, never further, and the parts sum exactly to the total.
///
/// ```
/// exact (fen)   123_456_78   45_555_55   77_901_23      total 123_456_78 → 1.23 万元
/// part floors   1.23 = 0.45 + 0.77 + 0.01 (the larger remainder, 0.779…, gets the 0.01)
/// ```
public enum WanRounding {
    /// Fen in one printed unit (0.01 万元).
    public static let fenPerUnit: Int64 = 10_000

    /// `amount` in units of 0.01 万元, half-up away from zero.
    public static func rounded(_ amount: Money) -> Int64 {
        let magnitude = amount.fen.magnitude
        let units = Int64(magnitude / UInt64(fenPerUnit)) + (magnitude % UInt64(fenPerUnit) >= UInt64(fenPerUnit / 2) ? 1 : 0)
        return amount.fen < 0 ? -units : units
    }

    /// Shares `total` units among `parts` (whose exact sum `total` was rounded from), each part
    /// its floor plus at most one unit, the extra units to the largest remainders (earlier parts
    /// first on ties).
    /// - Precondition: `total` lies between Σ⌊part⌋ and Σ⌊part⌋ + parts.count (true whenever
    ///   `total` is the sum's own floor or ceiling).
    /// - Complexity: O(n log n).
    public static func apportion(_ parts: [Money], total: Int64) -> [Int64] {
        let floors = parts.map { floorDivide($0.fen, fenPerUnit) }
        let remainders = floors.map(\.remainder)
        var result = floors.map(\.quotient)
        let missing = total - result.reduce(0, +)
        precondition(missing >= 0 && missing <= Int64(parts.count), "the total is not a rounding of the parts' sum")
        let order = parts.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(Int(missing)) { result[index] += 1 }
        return result
    }

    /// Floor division (toward −∞) and its non-negative remainder.
    static func floorDivide(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        var quotient = value / divisor, remainder = value % divisor
        if remainder < 0 { quotient -= 1; remainder += divisor }
        return (quotient, remainder)
    }
}
