import UnionCore
import InputFiles
import Foundation
import LedgerCore
import LedgerSQLite
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

    /// The built-in `default` policy's terms (ledgers/policies/default.json).
    public static var builtinDefault: AllocationPolicy {
        get throws {
            guard let document = BuiltinPolicies.document(named: "default") else {
                throw AllocationError.policyMustBeComplete(section: "-", detail: "the built-in default policy is missing from this build")
            }
            return try AllocationPolicy(policyJSON: document.json)
        }
    }
}

extension AllocationPolicy {
    /// The terms of the policy in force for the file (`policy set`; the built-in default when none was set).
    public static func current(policies: any PolicyStore) throws -> AllocationPolicy {
        try AllocationPolicy(policyJSON: policies.current().json)
    }
}
