import Foundation
import LedgerCore
import UnionCore

/// `allocation`: the rate on the payroll, the grassroots share, and how the upward share splits
/// along the federation chain.
public struct AllocationTerms: Decodable, Sendable, Hashable {
    /// 工会法 art. 43: 2% of the month's total wages.
    public var rate: Rate
    /// The grassroots union keeps this share of the 2% (总工发〔2004〕9号: at least 40%; usually 60%).
    public var retained: Rate
    /// The upward share's split by level, lowest first; the shares sum to 1.
    public var upward: [LevelShare]

    public struct LevelShare: Decodable, Sendable, Hashable {
        /// A federation level: the organisation kind without "-federation" (county, city, province, national).
        public var level: String
        public var share: Rate

        public init(level: String, share: Rate) {
            self.level = level
            self.share = share
        }

        enum CodingKeys: String, CodingKey { case level, share }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            level = try container.decode(String.self, forKey: .level)
            share = try PolicyText.rate(container, .share)
        }
    }

    public init(rate: Rate, retained: Rate, upward: [LevelShare]) {
        self.rate = rate
        self.retained = retained
        self.upward = upward
    }

    enum CodingKeys: String, CodingKey { case rate, retained, upward }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rate = try PolicyText.rate(container, .rate)
        retained = try PolicyText.rate(container, .retained)
        upward = try container.decode([LevelShare].self, forKey: .upward)
        guard !upward.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .upward, in: container, debugDescription: "the upward chain is empty")
        }
        var sum = try Rate(numerator: 0, denominator: 1)
        for level in upward { sum = try sum.adding(level.share) }
        guard sum.numerator == sum.denominator else {
            throw DecodingError.dataCorruptedError(forKey: .upward, in: container,
                                                   debugDescription: "the upward shares sum to \(sum), not 1")
        }
        guard retained.numerator <= retained.denominator else {
            throw DecodingError.dataCorruptedError(forKey: .retained, in: container, debugDescription: "retained share above 100%")
        }
    }

    /// The position of a federation's level in the chain, from its organisation kind.
    public func levelIndex(ofKind kind: String) -> Int? {
        let level = FederationKind.level(ofKind: kind)
        return upward.firstIndex { $0.level == level }
    }
}

/// `channels`: the collection channel a newly registered unit gets when its row names none.
public struct ChannelTerms: Decodable, Sendable, Hashable {
    public var defaultChannel: CollectionChannel
    /// By organisation kind, e.g. organs and institutions paid through the budget (`fiscal`).
    public var byKind: [String: CollectionChannel]

    public init(defaultChannel: CollectionChannel, byKind: [String: CollectionChannel]) {
        self.defaultChannel = defaultChannel
        self.byKind = byKind
    }

    enum CodingKeys: String, CodingKey { case defaultChannel = "default", byKind = "by_kind" }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .defaultChannel)
        guard let channel = CollectionChannel(rawValue: text) else {
            throw DecodingError.dataCorruptedError(forKey: .defaultChannel, in: container, debugDescription: "unknown channel \(text)")
        }
        defaultChannel = channel
        var byKind: [String: CollectionChannel] = [:]
        for (kind, text) in try container.decodeIfPresent([String: String].self, forKey: .byKind) ?? [:] {
            guard let channel = CollectionChannel(rawValue: text) else {
                throw DecodingError.dataCorruptedError(forKey: .byKind, in: container, debugDescription: "unknown channel \(text)")
            }
            byKind[kind] = channel
        }
        self.byKind = byKind
    }

    public func channel(forKind kind: String) -> CollectionChannel { byKind[kind] ?? defaultChannel }
}

/// `due`: the day of the month the 2% is due, and how many months after the payroll month.
public struct DueTerms: Decodable, Sendable, Hashable {
    public var day: Int
    public var monthsAfter: Int

    public init(day: Int, monthsAfter: Int) {
        self.day = day
        self.monthsAfter = monthsAfter
    }

    enum CodingKeys: String, CodingKey { case day, monthsAfter = "months_after" }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        day = try container.decode(Int.self, forKey: .day)
        monthsAfter = try container.decode(Int.self, forKey: .monthsAfter)
        guard (1...31).contains(day), (0...12).contains(monthsAfter) else {
            throw DecodingError.dataCorruptedError(forKey: .day, in: container, debugDescription: "day 1–31, months_after 0–12")
        }
    }
}

/// `late_fee`: a daily rate on the amount overdue, from the day after the due date, optionally
/// capped at the principal (Chongqing).
public struct LateFeeTerms: Decodable, Sendable, Hashable {
    public enum Cap: String, Sendable, Hashable, Decodable { case none, principal }
    public var dailyRate: Rate
    public var cap: Cap

    public init(dailyRate: Rate, cap: Cap) {
        self.dailyRate = dailyRate
        self.cap = cap
    }

    enum CodingKeys: String, CodingKey { case dailyRate = "daily_rate", cap }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dailyRate = try PolicyText.rate(container, .dailyRate)
        cap = try container.decode(Cap.self, forKey: .cap)
    }
}

/// `preparatory_fund`: what an employer without a union pays (筹备金), and the share returned to
/// the union once it is formed.
public struct PreparatoryFundTerms: Decodable, Sendable, Hashable {
    public var rate: Rate
    public var refundShare: Rate
    /// Months after guidance without a union before the fund is charged (Chongqing: 12). Informational.
    public var monthsWithoutUnion: Int

    public init(rate: Rate, refundShare: Rate, monthsWithoutUnion: Int) {
        self.rate = rate
        self.refundShare = refundShare
        self.monthsWithoutUnion = monthsWithoutUnion
    }

    enum CodingKeys: String, CodingKey { case rate, refundShare = "refund_share", monthsWithoutUnion = "months_without_union" }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rate = try PolicyText.rate(container, .rate)
        refundShare = try PolicyText.rate(container, .refundShare)
        monthsWithoutUnion = try container.decodeIfPresent(Int.self, forKey: .monthsWithoutUnion) ?? 0
        guard refundShare.numerator <= refundShare.denominator else {
            throw DecodingError.dataCorruptedError(forKey: .refundShare, in: container, debugDescription: "refund share above 100%")
        }
    }
}

extension Rate {
    /// The exact sum of two rates.
    public func adding(_ other: Rate) throws(LedgerError) -> Rate {
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (denominator, o4) = self.denominator.multipliedReportingOverflow(by: other.denominator)
        guard !(o1 || o2 || o3 || o4) else { throw .rateMustBeValid(value: "\(self) + \(other)") }
        let divisor = Rate.gcd(sum, denominator)
        return try Rate(numerator: sum / divisor, denominator: denominator / divisor)
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : Int64(x)
    }
}

/// Policy rates written as text ("2%", "5‰", "1/3"), read by the exact parser of `PolicyRate`.
enum PolicyText {
    static func rate<K: CodingKey>(_ container: KeyedDecodingContainer<K>, _ key: K) throws -> Rate {
        let text = try container.decode(String.self, forKey: key)
        guard let rate = PolicyRate.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a rate: \(text)")
        }
        return rate
    }
}
