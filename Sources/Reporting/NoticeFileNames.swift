/// One file name per unit code, distinct even on a case-insensitive file system: every character
/// outside ASCII letters, digits, `-`, `_` and `.` (and a leading `.`) becomes `%XX`, so `A.1`,
/// `A_1` and `A/1` stay apart; codes that differ only in letter case get a suffix telling which
/// letters are capitals (`ab~1`, `Ab~2`... as a bit mask), so `AB` and `ab` never share a file.
public enum NoticeFileNames {
    /// File names (with `.suffix`) by code.
    public static func names(for codes: [String], suffix: String) -> [String: String] {
        let escaped = Dictionary(codes.map { ($0, escape($0)) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(grouping: escaped.keys) { escaped[$0, default: ""].lowercased() }
        var names: [String: String] = [:]
        for (code, base) in escaped {
            let clashes = (groups[base.lowercased()]?.count ?? 0) > 1
            names[code] = (clashes ? base + "~" + capitalsMask(code) : base) + "." + suffix
        }
        return names
    }

    static func escape(_ code: String) -> String {
        var result = ""
        for (index, byte) in code.utf8.enumerated() {
            let isSafe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F || (byte == 0x2E && index > 0)
            if isSafe {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result.isEmpty ? "%" : result
    }

    /// Which ASCII letters are capitals, as hex of a bit mask (first letter = lowest bit).
    static func capitalsMask(_ code: String) -> String {
        var digits: [UInt8] = []
        var nibble: UInt8 = 0
        var bit = 0
        for byte in code.utf8 where (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
            if byte <= 0x5A { nibble |= 1 << bit }
            bit += 1
            if bit == 4 { digits.append(nibble); nibble = 0; bit = 0 }
        }
        if bit > 0 || digits.isEmpty { digits.append(nibble) }
        return digits.map { String($0, radix: 16) }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
