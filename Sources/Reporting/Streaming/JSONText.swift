import LedgerCore
/// JSON string literals as `JSONEncoder` writes them (slashes unescaped), byte by byte: a String's
/// UTF-8 is valid, so every byte that needs no escape is copied as it is.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        text.withUTF8Bytes { utf8 in
            bytes.reserveCapacity(bytes.count + utf8.count + 2)
            bytes.append(0x22)
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                plainStart = index + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])          // \"
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])          // \\
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])          // \n
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])          // \r
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])          // \t
                case 0x08: bytes.append(contentsOf: [0x5C, 0x62])          // \b
                case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])          // \f
                default:                                                   // \u00xx, lower-case hex
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
            bytes.append(0x22)
        }
    }
}
