import InputFiles
import LedgerCore

/// An exact rate as a policy states it: "2%", "0.5%", "60%", "5‰", "1/3" or a plain decimal "0.02".
public struct PolicyRate: Decodable, Sendable, Hashable, CustomStringConvertible {
    public let rate: Rate
    /// The text as written in the policy, for reports.
    public let text: String

    public init(parsing text: String) throws(UnionFundsError) {
        guard let rate = Self.parse(text) else {
            throw .policyMustBeValid(source: "", path: "", detail: "“\(text)” is not a rate (e.g. 2%, 0.5%, 5‰, 1/3)")
        }
        self.rate = rate
        self.text = text
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rate = Self.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "“\(text)” is not a rate (e.g. 2%, 0.5%, 5‰, 1/3)"))
        }
        self.rate = rate
        self.text = text
    }

    public var description: String { text }

    public static func parse(_ raw: String) -> Rate? {
        let text = raw.trimmingSpaces()
        if let slash = text.firstIndex(of: "/") {
            guard let numerator = Int64(text[..<slash]), let denominator = Int64(text[text.index(after: slash)...]) else { return nil }
            return try? Rate(numerator: numerator, denominator: denominator)
        }
        var number = Substring(text)
        var scale: Int64 = 1
        if number.hasSuffix("%") { scale = 100; number = number.dropLast() }
        else if number.hasSuffix("‰") { scale = 1_000; number = number.dropLast() }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigit) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit),
              whole.count + fraction.count <= 12, let numerator = Int64(whole + fraction) else { return nil }
        var denominator = scale
        for _ in fraction { denominator *= 10 }
        return try? Rate(numerator: numerator, denominator: denominator)
    }
}

/// An amount in yuan as a policy states it: "50000.00".
public struct PolicyMoney: Decodable, Sendable, Hashable {
    public let money: Money

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let money = try? Money(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "“\(text)” is not an amount in yuan"))
        }
        self.money = money
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
