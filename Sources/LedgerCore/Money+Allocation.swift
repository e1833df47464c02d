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
    /// - Complexity: O(n²) for up to 16 weights (at most n − 1 scans), O(n log n) above.
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
        let count = weights.count
        // Quotients and remainders in scratch space (on the stack for a few weights): an
        // allocation runs once per unit and month, and its arrays and sort were most of its cost.
        let result = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count * 2) { scratch -> [Money] in
            var assigned: UInt64 = 0
            for (index, weight) in weights.enumerated() {
                // magnitude × weight may exceed 64 bits; the quotient never exceeds magnitude.
                let product = magnitude.multipliedFullWidth(by: UInt64(weight))
                let (quotient, remainder) = weightTotal.dividingFullWidth(product)
                scratch.initializeElement(at: index, to: quotient)
                scratch.initializeElement(at: count + index, to: remainder)
                assigned += quotient
            }
            Self.giveLeftover(magnitude - assigned, parts: UnsafeMutableBufferPointer(rebasing: scratch[0..<count]),
                              remainders: UnsafeMutableBufferPointer(rebasing: scratch[count...]))
            // A part of Int64.min's magnitude (2^63) has no positive Int64; negate in UInt64.
            return scratch[0..<count].map { Money(fen: fen < 0 ? Int64(bitPattern: 0 &- $0) : Int64($0)) }
        }
        precondition(result.reduce(0, { $0 + $1.fen }) == fen, "allocation parts must sum to the whole")
        return result
    }

    /// Gives the `leftover` fen one each to the parts with the largest remainders, ties to the
    /// earlier part. `leftover` is less than the number of non-zero remainders (they sum to
    /// `leftover` × the weight total, each below it), so a part given its fen is marked by
    /// zeroing its remainder and is never picked again.
    private static func giveLeftover(_ leftover: UInt64, parts: UnsafeMutableBufferPointer<UInt64>,
                                     remainders: UnsafeMutableBufferPointer<UInt64>) {
        guard leftover > 0 else { return }
        if parts.count > 16 {
            // Many parts: one sort instead of a scan per fen.
            let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
            for index in order.prefix(Int(leftover)) { parts[index] += 1 }
            return
        }
        for _ in 0..<leftover {
            var largest = 0
            for index in remainders.indices where remainders[index] > remainders[largest] { largest = index }
            parts[largest] += 1
            remainders[largest] = 0
        }
    }
}
