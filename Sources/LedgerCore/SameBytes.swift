#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Collection where Element == UInt8 {
    /// Whether `other` holds the same bytes, compared with `memcmp` when both lie contiguous in
    /// memory. `elementsEqual` walks two collections through their iterators, ≈ 10 instructions a
    /// byte: the voucher import's comparison of each row's key and summary with its voucher's was
    /// 3% of its first thread.
    @inlinable
    public func hasSameBytes(as other: some Collection<UInt8>) -> Bool {
        guard count == other.count else { return false }
        let compared = withContiguousStorageIfAvailable { mine in
            other.withContiguousStorageIfAvailable { theirs in
                guard let first = mine.baseAddress, let second = theirs.baseAddress else { return true }   // both empty
                return memcmp(first, second, mine.count) == 0
            }
        }
        if let compared = compared ?? nil { return compared }
        return elementsEqual(other)
    }
}
