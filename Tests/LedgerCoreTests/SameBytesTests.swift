import LedgerCore
import PropertyBased
import Testing

/// `hasSameBytes(as:)` answers as `elementsEqual` does, for every kind of byte collection the
/// imports compare (arrays, slices, buffers, a String's UTF-8, small and large, empty).
@Suite("same bytes: memcmp where elementsEqual walked")
struct SameBytesTests {
    @Test("equal exactly when elementsEqual says so, across collection kinds")
    func agreesWithElementsEqual() async {
        let bytes = Gen.int(in: 0...3).array(of: 0...40).map { $0.map { [0x41, 0x42, 0xE8, 0x00][$0] as UInt8 } }
        await propertyCheck(count: 500, input: zip(bytes, bytes, Gen.int(in: 0...3))) { picked in
            let (first, second, offset) = picked
            // Often the same bytes: the second a copy of the first, half the time.
            let other = offset < 2 ? first : second
            let expected = first.elementsEqual(other)
            #expect(first.hasSameBytes(as: other) == expected)
            let sliced = ([0x7A] + other)[1...]
            #expect(first.hasSameBytes(as: sliced) == expected)
            other.withUnsafeBufferPointer { buffer in
                #expect(first.hasSameBytes(as: buffer) == expected)
                #expect(buffer.hasSameBytes(as: first) == expected)
            }
            let text = String(decoding: first, as: UTF8.self), otherText = String(decoding: other, as: UTF8.self)
            #expect(text.utf8.hasSameBytes(as: otherText.utf8) == text.utf8.elementsEqual(otherText.utf8))
            // A lazy view is not contiguous: compared element by element.
            #expect(first.lazy.map { $0 }.hasSameBytes(as: other) == expected)
        }
    }
}
