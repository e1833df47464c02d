import LedgerCore

/// Parses values read back from the file, strictly.
///
/// The schema's CHECKs make most bad values impossible, but a file can be edited behind the
/// engine's back. A value that does not parse is a `StoreError.storage` naming the table, the row
/// and the value (`account row 12: code 'x9' is not an account code`), never a plausible default:
/// a report built on a made-up date or account would look right and be wrong. `verify` reports
/// the same values as findings instead (`VerifyFinding.Kind.valueUnreadable`).
public enum StoredValue {
    /// `account row 12: code 'x9' is not an account code`.
    public static func unreadable(_ row: String, _ column: String, _ value: String, isNot what: String) -> StoreError {
        .storage(message: "\(row): \(column) '\(value)' is not \(what)")
    }

    public static func date(_ text: String, row: @autoclosure () -> String, column: String = "date") throws(StoreError) -> LocalDate {
        do { return try LocalDate(parsing: text) } catch { throw unreadable(row(), column, text, isNot: "a date") }
    }

    public static func month(ordinal: Int, row: @autoclosure () -> String, column: String = "ordinal") throws(StoreError) -> YearMonth {
        do { return try YearMonth(checkedOrdinal: ordinal) } catch { throw unreadable(row(), column, String(ordinal), isNot: "a month") }
    }

    public static func accountCode(_ text: String, row: @autoclosure () -> String, column: String = "code") throws(StoreError) -> AccountCode {
        do { return try AccountCode(text) } catch { throw unreadable(row(), column, text, isNot: "an account code") }
    }

    public static func accountKind(_ text: String, row: @autoclosure () -> String) throws(StoreError) -> Account.Kind {
        guard let kind = Account.Kind(rawValue: text) else { throw unreadable(row(), "kind", text, isNot: "an account kind") }
        return kind
    }

    public static func voucherKind(_ text: String, row: @autoclosure () -> String) throws(StoreError) -> VoucherDraft.Kind {
        guard let kind = VoucherDraft.Kind(rawValue: text) else { throw unreadable(row(), "kind", text, isNot: "a voucher kind") }
        return kind
    }

    /// `D` or `C`, as postings and draft lines store the side.
    public static func side(_ text: String, row: @autoclosure () -> String) throws(StoreError) -> Side {
        switch text {
        case "D": return .debit
        case "C": return .credit
        default: throw unreadable(row(), "side", text, isNot: "a side (D or C)")
        }
    }

    /// The side as postings store it.
    public static func code(_ side: Side) -> String { side == .debit ? "D" : "C" }

    /// Σ debits of lines read back, checked: the readers hand out vouchers whose `total` fits.
    public static func checkDebitTotal(_ postings: [Posting], row: @autoclosure () -> String) throws(StoreError) {
        var total = Money.zero
        for posting in postings where posting.side == .debit {
            do { total = try total.adding(posting.amount) } catch {
                throw .storage(message: "\(row()): the debits sum beyond the ledger's range")
            }
        }
    }

    /// An amount as one posting stores it: within `Money.magnitudeMax` either way.
    public static func amount(_ fen: Int64, row: @autoclosure () -> String, column: String = "amount_fen") throws(StoreError) -> Money {
        guard fen >= -Money.magnitudeMax, fen <= Money.magnitudeMax else {
            throw unreadable(row(), column, String(fen), isNot: "an amount within the ledger's range")
        }
        return Money(fen: fen)
    }
}
