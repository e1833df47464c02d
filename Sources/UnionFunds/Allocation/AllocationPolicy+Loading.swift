import Foundation
import LedgerCore
import LedgerStore

extension AllocationPolicy {
    /// Reads the five sections from a policy document's JSON (the whole document; other sections
    /// are ignored). Each section is an array of entries with `effective_from`, ascending.
    /// - Throws: `AllocationError.policyMustBeComplete` naming the section and what is wrong.
    public init(policyJSON data: Data) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw AllocationError.policyMustBeComplete(section: "-", detail: "not a JSON object")
        }
        func section<T: Decodable & Sendable>(_ key: String, _ type: T.Type) throws -> [DatedTerms<T>] {
            guard let entries = object[key] as? [Any] else { return [] }
            var result: [DatedTerms<T>] = []
            for (index, entry) in entries.enumerated() {
                guard let fields = entry as? [String: Any], let dateText = fields["effective_from"] as? String,
                      let date = try? LocalDate(parsing: dateText) else {
                    throw AllocationError.policyMustBeComplete(section: key, detail: "entry \(index + 1) needs effective_from YYYY-MM-DD")
                }
                do {
                    let entryData = try JSONSerialization.data(withJSONObject: fields)
                    result.append(DatedTerms(date, try JSONDecoder().decode(T.self, from: entryData)))
                } catch let error as DecodingError {
                    throw AllocationError.policyMustBeComplete(section: key, detail: "entry \(index + 1): \(Self.describe(error))")
                }
                if result.count >= 2, result[result.count - 2].effectiveFrom >= date {
                    throw AllocationError.policyMustBeComplete(section: key, detail: "entries must ascend by effective_from")
                }
            }
            return result
        }
        self.init(allocation: try section("allocation", AllocationTerms.self), channels: try section("channels", ChannelTerms.self),
                  due: try section("due", DueTerms.self), lateFee: try section("late_fee", LateFeeTerms.self),
                  preparatoryFund: try section("preparatory_fund", PreparatoryFundTerms.self))
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            if case .keyNotFound(let key, _) = error { return "missing \(key.stringValue)" }
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The national default: 2%, 60% kept, the upward 40% split county 50 / city 20 / province 25 /
    /// ACFTU 5 (the split is not published: DOMAIN §2.4 [U]), due the 15th on last month's payroll,
    /// 5‰ a day uncapped, 筹备金 2% with 60% refundable on formation.
    public static let builtinDefaultJSON = """
    {
      "allocation": [{"effective_from": "2021-01-01", "rate": "2%", "retained": "60%",
                      "upward": [{"level": "county", "share": "50%"}, {"level": "city", "share": "20%"},
                                 {"level": "province", "share": "25%"}, {"level": "national", "share": "5%"}]}],
      "channels": [{"effective_from": "2021-01-01", "default": "self", "by_kind": {"organ": "fiscal"}}],
      "due": [{"effective_from": "2021-01-01", "day": 15, "months_after": 1}],
      "late_fee": [{"effective_from": "2021-01-01", "daily_rate": "5‰", "cap": "none"}],
      "preparatory_fund": [{"effective_from": "2021-01-01", "rate": "2%", "refund_share": "60%", "months_without_union": 12}]
    }
    """

    public static var builtinDefault: AllocationPolicy {
        get throws { try AllocationPolicy(policyJSON: Data(builtinDefaultJSON.utf8)) }
    }
}

extension AllocationPolicy {
    /// The policy in force for the file.
    public static func current(database: LedgerDatabase) throws -> AllocationPolicy {
        try builtinDefault
    }
}
