#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level UTF-8 facts the standard library does not give: where validity ends, and validity
/// itself at the speed a file's decoding needs.
enum UTF8Scan {
    /// Whether `bytes` are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), as the standard library's `UTF8Span(validating:)` says.
    ///
    /// Why our own: the standard library's check took ≈ 10 instructions a byte, byte by byte, and
    /// every byte of every imported file passes it (4% of the voucher import's first thread).
    /// Here eight ASCII bytes are passed at a time, and a character's bytes are checked together.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
            }
            let length = sequenceLength(at: index, in: base, count: count)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    /// The length of the well-formed character at `index` (1–4), or 0 when none starts there:
    /// a continuation byte first, C0/C1 or F5–FF, a second byte out of its lead's range (E0 needs
    /// A0–BF: no overlong form; ED 80–9F: no surrogate; F0 90–BF; F4 80–8F: nothing past
    /// U+10FFFF), a later byte not a continuation, or the bytes ending first.
    @inline(__always)
    private static func sequenceLength(at index: Int, in base: UnsafePointer<UInt8>, count: Int) -> Int {
        let lead = base[index]
        switch lead {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return 0 }
            return 2
        case 0xE0...0xEF:
            guard index + 2 < count else { return 0 }
            let second = base[index + 1]
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard second >= low, second <= high, base[index + 2] & 0xC0 == 0x80 else { return 0 }
            return 3
        case 0xF0...0xF4:
            guard index + 3 < count else { return 0 }
            let second = base[index + 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard second >= low, second <= high, base[index + 2] & 0xC0 == 0x80, base[index + 3] & 0xC0 == 0x80 else { return 0 }
            return 4
        default:
            return 0
        }
    }

    /// How many bytes at the end begin a sequence the next chunk must complete (0–3).
    static func incompleteTailLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var back = 0
        while back < min(3, bytes.count) {
            let byte = bytes[bytes.count - 1 - back]
            if byte & 0xC0 == 0x80 { back += 1; continue }
            if byte < 0x80 { return 0 }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return length > back + 1 ? back + 1 : 0
        }
        return 0
    }

    /// The offset (from the start of `bytes`) of the first byte that is not part of valid UTF-8.
    static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = 0
            while index < buffer.count {
                let length = sequenceLength(at: index, in: base, count: buffer.count)
                guard length > 0 else { return index }
                index += length
            }
            return nil
        }
    }

    /// The offset of the first U+FFFD (EF BF BD), if any.
    static func replacementCharacterOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard buffer.count >= 3, let base = buffer.baseAddress else { return nil }
            // From one EF byte to the next with memchr (vectorised; every chunk of an import passes
            // here), not byte by byte.
            var index = 0
            while index + 2 < buffer.count {
                guard let found = memchr(base + index, 0xEF, buffer.count - 2 - index) else { return nil }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if buffer[index + 1] == 0xBF && buffer[index + 2] == 0xBD { return index }
                index += 1
            }
            return nil
        }
    }
}
