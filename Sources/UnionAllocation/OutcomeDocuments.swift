import LedgerCore
import UnionCore

/// The JSON documents the federation's write commands print with `--format json`: what each did.
/// Keys are snake_case and always present (null where they do not apply), amounts are two-decimal
/// strings, enumerated values are the English codes the CLI accepts (`self`, `tax-40`, `unit`, …),
/// whatever `--lang`. Documented in the README (under "The 2% allocation, receipts and arrears").
///
/// ```
/// payroll import  {"command","file","status","rows","new","corrected","unchanged","previous_import"}
/// org import      {"command","file","status","rows","registered","unchanged","previous_import"}
/// allocate        {"command","month","status","allocated","adjusted","due","vouchers"}
/// remit record    {"command","unit","date","month","payer","reference","amount","passed_down","refunded","vouchers"}
/// remit import    {"command","file","status","receipts","amount","passed_down","refunded","vouchers","previous_import"}
/// remit refund    {"command","unit","date","refunded","formation","channel","vouchers"}
/// ```
/// `status` is `imported` / `already-imported` for files, `allocated` / `nothing-to-allocate` for
/// `allocate`; `previous_import` is `{"file","at"}` for a file imported before, else null;
/// `vouchers` is `[{"organisation","count"}]` by organisation code.
public enum OutcomeDocument {
    /// Vouchers posted in one organisation's books.
    public struct VoucherCount: Encodable, Sendable, Hashable {
        public var organisation: String
        public var count: Int
    }

    /// The earlier import of the same file (by sha256).
    public struct PreviousImport: Encodable, Sendable, Hashable {
        public var file: String
        public var at: String
    }

    static func vouchers(_ counts: [String: Int]) -> [VoucherCount] {
        counts.sorted { $0.key < $1.key }.map { VoucherCount(organisation: $0.key, count: $0.value) }
    }

    /// `payroll import FILE`.
    public struct PayrollImport: Encodable, Sendable {
        var command = "payroll import"
        var file: String
        var status: String
        var rows = 0, new = 0, corrected = 0, unchanged = 0
        var previous_import: PreviousImport?

        public init(file: String, _ outcome: PayrollImportOutcome) {
            self.file = file
            switch outcome {
            case .imported(let rows, let new, let corrected, let unchanged):
                status = "imported"
                self.rows = rows
                self.new = new
                self.corrected = corrected
                self.unchanged = unchanged
            case .alreadyImported(let name, let at):
                status = "already-imported"
                previous_import = PreviousImport(file: name, at: at)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(command, forKey: .command)
            try container.encode(file, forKey: .file)
            try container.encode(status, forKey: .status)
            try container.encode(rows, forKey: .rows)
            try container.encode(new, forKey: .new)
            try container.encode(corrected, forKey: .corrected)
            try container.encode(unchanged, forKey: .unchanged)
            try container.encode(previous_import, forKey: .previous_import)   // null, not absent
        }
        enum Keys: String, CodingKey { case command, file, status, rows, new, corrected, unchanged, previous_import }
    }

    /// `org import FILE`.
    public struct UnitImport: Encodable, Sendable {
        var command = "org import"
        var file: String
        var status: String
        var rows = 0, registered = 0, unchanged = 0
        var previous_import: PreviousImport?

        public init(file: String, _ outcome: UnitImportOutcome) {
            self.file = file
            switch outcome {
            case .imported(let rows, let registered, let unchanged):
                status = "imported"
                self.rows = rows
                self.registered = registered
                self.unchanged = unchanged
            case .alreadyImported(let name, let at):
                status = "already-imported"
                previous_import = PreviousImport(file: name, at: at)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(command, forKey: .command)
            try container.encode(file, forKey: .file)
            try container.encode(status, forKey: .status)
            try container.encode(rows, forKey: .rows)
            try container.encode(registered, forKey: .registered)
            try container.encode(unchanged, forKey: .unchanged)
            try container.encode(previous_import, forKey: .previous_import)
        }
        enum Keys: String, CodingKey { case command, file, status, rows, registered, unchanged, previous_import }
    }

    /// `allocate --month`.
    public struct Allocate: Encodable, Sendable {
        var command = "allocate"
        var month: String
        var status: String
        var allocated: Int
        var adjusted: Int
        var due: String
        var vouchers: [VoucherCount]

        public init(_ outcome: AllocationOutcome) {
            month = outcome.month.description
            status = outcome.allocated == 0 && outcome.adjusted == 0 ? "nothing-to-allocate" : "allocated"
            allocated = outcome.allocated
            adjusted = outcome.adjusted
            due = outcome.due.plainString
            vouchers = OutcomeDocument.vouchers(outcome.vouchers)
        }
    }

    /// `remit record`.
    public struct RemitRecord: Encodable, Sendable {
        var command = "remit record"
        var unit: String
        var date: String
        var month: String?
        var payer: String?
        var reference: String
        var amount: String
        var passed_down: String
        var refunded: String
        var vouchers: [VoucherCount]

        /// - Parameter entry: as given; a nil `payer` is the unit's channel's.
        public init(_ entry: RemittanceEntry, _ outcome: ReceiptOutcome) {
            unit = entry.unit
            date = entry.date.description
            month = entry.month?.description
            payer = entry.payer?.rawValue
            reference = entry.reference
            amount = outcome.amount.plainString
            passed_down = outcome.passedDown.plainString
            refunded = outcome.refunded.plainString
            vouchers = OutcomeDocument.vouchers(outcome.vouchers)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(command, forKey: .command)
            try container.encode(unit, forKey: .unit)
            try container.encode(date, forKey: .date)
            try container.encode(month, forKey: .month)
            try container.encode(payer, forKey: .payer)
            try container.encode(reference, forKey: .reference)
            try container.encode(amount, forKey: .amount)
            try container.encode(passed_down, forKey: .passed_down)
            try container.encode(refunded, forKey: .refunded)
            try container.encode(vouchers, forKey: .vouchers)
        }
        enum Keys: String, CodingKey { case command, unit, date, month, payer, reference, amount, passed_down, refunded, vouchers }
    }

    /// `remit import FILE`.
    public struct RemitImport: Encodable, Sendable {
        var command = "remit import"
        var file: String
        var status: String
        var receipts = 0
        var amount = Money.zero.plainString, passed_down = Money.zero.plainString, refunded = Money.zero.plainString
        var vouchers: [VoucherCount] = []
        var previous_import: PreviousImport?

        public init(file: String, _ outcome: RemittanceImportOutcome) {
            self.file = file
            switch outcome {
            case .imported(let done):
                status = "imported"
                receipts = done.receipts
                amount = done.amount.plainString
                passed_down = done.passedDown.plainString
                refunded = done.refunded.plainString
                vouchers = OutcomeDocument.vouchers(done.vouchers)
            case .alreadyImported(let name, let at):
                status = "already-imported"
                previous_import = PreviousImport(file: name, at: at)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(command, forKey: .command)
            try container.encode(file, forKey: .file)
            try container.encode(status, forKey: .status)
            try container.encode(receipts, forKey: .receipts)
            try container.encode(amount, forKey: .amount)
            try container.encode(passed_down, forKey: .passed_down)
            try container.encode(refunded, forKey: .refunded)
            try container.encode(vouchers, forKey: .vouchers)
            try container.encode(previous_import, forKey: .previous_import)
        }
        enum Keys: String, CodingKey { case command, file, status, receipts, amount, passed_down, refunded, vouchers, previous_import }
    }

    /// `remit refund`.
    public struct RemitRefund: Encodable, Sendable {
        var command = "remit refund"
        var unit: String
        var date: String
        var refunded: String
        var formation: Bool
        var channel: String
        var vouchers: [VoucherCount]

        public init(_ outcome: PreparatoryRefundOutcome) {
            unit = outcome.unit
            date = outcome.date.description
            refunded = outcome.refunded.plainString
            formation = outcome.formation
            channel = outcome.channel.rawValue
            vouchers = OutcomeDocument.vouchers(outcome.vouchers)
        }
    }
}
