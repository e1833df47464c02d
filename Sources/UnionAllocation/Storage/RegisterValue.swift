import LedgerCore
import LedgerStore
import UnionCore

/// Reads a register's stored text as the value it stands for, or refuses with `StoreError.storage`
/// naming the table and row: a value the engine did not write is never defaulted or skipped. Used
/// by both stores (UnionSQLite, UnionPostgres), so they refuse a damaged row in the same words.
package enum RegisterValue {
    package static func channel(_ text: String, _ place: @autoclosure () -> String) throws -> CollectionChannel {
        guard let channel = CollectionChannel(rawValue: text) else { throw refused(place(), "channel", text, "a channel") }
        return channel
    }

    package static func payer(_ text: String, _ place: @autoclosure () -> String) throws -> Payer {
        guard let payer = Payer(rawValue: text) else { throw refused(place(), "payer", text, "a payer") }
        return payer
    }

    package static func status(_ text: String, _ place: @autoclosure () -> String) throws -> EnforcementStatus {
        guard let status = EnforcementStatus(rawValue: text) else { throw refused(place(), "status", text, "an enforcement status") }
        return status
    }

    package static func date(_ text: String, _ place: @autoclosure () -> String) throws -> LocalDate {
        guard let date = try? LocalDate(parsing: text) else { throw refused(place(), "date", text, "a date") }
        return date
    }

    package static func accountCode(_ text: String, _ place: @autoclosure () -> String) throws -> AccountCode {
        guard let code = try? AccountCode(text) else { throw refused(place(), "code", text, "an account code") }
        return code
    }

    package static func accountKind(_ text: String, _ place: @autoclosure () -> String) throws -> Account.Kind {
        guard let kind = Account.Kind(rawValue: text) else { throw refused(place(), "kind", text, "an account kind") }
        return kind
    }

    private static func refused(_ place: String, _ column: String, _ text: String, _ what: String) -> StoreError {
        .storage(message: "\(place): \(column) '\(text)' is not \(what)")
    }
}

/// Parses stored dates once each: a year of allocations has a dozen distinct due dates.
package struct RegisterDates {
    /// Past this many distinct dates, each is parsed again rather than kept.
    static let cachedMax = 10_000
    private var parsed: [String: LocalDate] = [:]

    package init() {}

    package mutating func date(_ text: String, _ place: @autoclosure () -> String) throws -> LocalDate {
        if let known = parsed[text] { return known }
        let date = try RegisterValue.date(text, place())
        if parsed.count < Self.cachedMax { parsed[text] = date }
        return date
    }
}
