/// An element of a streamed array (`StreamedArrayDocument`) that writes its own text: an object
/// of strings, integers and nulls, laid out byte for byte as `JSONEncoder` lays it out (pretty,
/// sorted keys, slashes unescaped). The encoder's own cost per element was most of a 50,000-unit
/// arrears document's time (0.2 of 0.43 s); this writes the same bytes straight into the output.
public protocol PrettyJSONObject: Encodable {
    /// Gives the members in the order the encoder's sorted keys put them (the tests hold every
    /// conforming type to the encoder's own text).
    func forEachMember(_ body: (_ key: StaticString, _ value: JSONScalar) -> Void)
}

/// A member's value in a `PrettyJSONObject`.
public enum JSONScalar {
    case string(String)
    case integer(Int)
    case null

    /// A string, or null for nil (`encode(_:forKey:)` of an optional writes null, not nothing).
    public static func string(_ text: String?) -> JSONScalar { text.map { .string($0) } ?? .null }
}

extension PrettyJSONObject {
    /// Appends the object as an array's element `indent` spaces in (its members two more), as the
    /// encoder writes it; an object with no members as the encoder writes an empty one.
    public func appendPrettyJSON(to bytes: inout [UInt8], indent: Int) {
        let space = UInt8(ascii: " ")
        bytes.append(contentsOf: repeatElement(space, count: indent))
        bytes.append(UInt8(ascii: "{"))
        var members = 0
        forEachMember { key, value in
            bytes.append(contentsOf: members == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
            members += 1
            bytes.append(contentsOf: repeatElement(space, count: indent + 2))
            bytes.append(UInt8(ascii: "\""))
            key.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: "\" : ".utf8)
            switch value {
            case .string(let text): JSONText.appendQuoted(text, to: &bytes)
            case .integer(let number): bytes.append(contentsOf: String(number).utf8)
            case .null: bytes.append(contentsOf: "null".utf8)
            }
        }
        // An empty object is `{`, a blank line, `}`, as the encoder writes one.
        bytes.append(contentsOf: members == 0 ? [0x0A, 0x0A] : [0x0A])
        bytes.append(contentsOf: repeatElement(space, count: indent))
        bytes.append(UInt8(ascii: "}"))
    }
}
