extension Money {
    /// Splits the amount in proportion to `weights` by the largest-remainder method.
    ///
    /// The parts always sum exactly to `self`, and each part is within one fen of its exact share
    /// `self × weightᵢ / Σweights`. Each part first gets its share rounded toward zero; the fen left
    /// over go one each to the parts with the largest remainders, ties to the earlier weight. A
    /// negative amount is split as its magnitude, then negated, so signs never mix.
    ///
    /// ```swift
    /// try Money(fen: 1_000_000).allocated(by: [60, 40])   // [600000, 400000]
    /// try Money(fen: 100).allocated(by: [1, 1, 1])        // [34, 33, 33]
    /// ```
    /// - Throws: `LedgerError.allocationWeightsMustBePositive` when a weight is negative or all are zero.
    /// - Complexity: O(n log n) in the number of weights.
    public func allocated(by weights: [Int64]) throws(LedgerError) -> [Money] {
        guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }) else {
            throw .allocationWeightsMustBePositive(weights: weights.map(String.init).joined(separator: ","))
        }
        var weightTotal: UInt64 = 0
        for weight in weights {
            let (sum, overflow) = weightTotal.addingReportingOverflow(UInt64(weight))
            guard !overflow else {
                throw .allocationWeightsMustBePositive(weights: weights.map(String.init).joined(separator: ","))
            }
            weightTotal = sum
        }
        guard weightTotal > 0 else {
            throw .allocationWeightsMustBePositive(weights: weights.map(String.init).joined(separator: ","))
        }
        let magnitude = fen.magnitude
        var parts: [UInt64] = []
        var remainders: [(index: Int, remainder: UInt64)] = []
        parts.reserveCapacity(weights.count)
        var assigned: UInt64 = 0
        for (index, weight) in weights.enumerated() {
            // magnitude × weight may exceed 64 bits; the quotient never exceeds magnitude.
            let product = magnitude.multipliedFullWidth(by: UInt64(weight))
            let (quotient, remainder) = weightTotal.dividingFullWidth(product)
            parts.append(quotient)
            remainders.append((index, remainder))
            assigned += quotient
        }
        var leftover = magnitude - assigned
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        var cursor = 0
        while leftover > 0 {
            parts[remainders[cursor].index] += 1
            leftover -= 1
            cursor += 1
        }
        // A part of Int64.min's magnitude (2^63) has no positive Int64; negate in UInt64.
        let result = parts.map { Money(fen: fen < 0 ? Int64(bitPattern: 0 &- $0) : Int64($0)) }
        precondition(result.reduce(0, { $0 + $1.fen }) == fen, "allocation parts must sum to the whole")
        return result
    }
}
