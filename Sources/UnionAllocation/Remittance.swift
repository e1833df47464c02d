import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// A receipt of the 2% for a unit: from the unit itself, or from the tax office or the budget.
public struct RemittanceEntry: Sendable, Hashable {
    public var unit: String
    public var date: LocalDate
    public var amount: Money
    /// The payroll month it pays, when the payer named one; otherwise the oldest unpaid.
    public var month: YearMonth?
    public var reference: String
    /// `nil`: from the unit's channel (self, prep → unit; tax-40, tax-full → tax; fiscal → fiscal).
    public var payer: Payer?

    public init(unit: String, date: LocalDate, amount: Money, month: YearMonth? = nil, reference: String = "", payer: Payer? = nil) {
        self.unit = unit
        self.date = date
        self.amount = amount
        self.month = month
        self.reference = reference
        self.payer = payer
    }
}

public enum RemittanceImportOutcome: Equatable, Sendable {
    case imported(receipts: Int, total: Money)
    case alreadyImported(fileName: String, at: String)
}

/// Receipts (缴款) and what they post: at the federation 借 银行存款 贷 应收下级经费; at the unit,
/// when its books are here and it paid itself, 借 应付上级经费 贷 银行存款. Under tax-full and fiscal
/// collection the federation passes the retained share of what it received down at once:
/// 借 应付下级转拨经费 贷 银行存款, and at the unit 借 银行存款 贷 应收上级经费.
public struct RemittanceBook: Sendable {
    public let database: LedgerDatabase
    public let user: String

    public init(database: LedgerDatabase, user: String) {
        self.database = database
        self.user = user
    }

    /// Records one receipt in one transaction.
    /// - Returns: the retained share passed down with it (zero unless tax-full or fiscal).
    @discardableResult
    public func record(_ entry: RemittanceEntry) throws -> Money {
        try database.withPostingBatch(user: user) { batch in
            let directory = try UnitDirectory(batch.db)
            guard let unit = directory.unit(code: entry.unit) else { throw AllocationError.unitMustBeRegistered(code: entry.unit) }
            guard entry.amount.fen > 0 else { throw LedgerError.amountMustBePositive(line: 0, value: entry.amount.plainString) }
            if try isRecorded(batch.db, unitID: unit.id, reference: entry.reference) {
                throw AllocationError.receiptMustNotBeRecordedTwice(unit: entry.unit, reference: entry.reference)
            }
            return try Self.post(entry, unit: unit, directory: directory, batch: batch, source: "remit record", importID: nil, user: user)
        }
    }

    enum Column: CaseIterable {
        case unitCode, date, amount, month, reference, payer
        var names: [String] {
            switch self {
            case .unitCode: ["unit_code", "单位编码", "单位代码"]
            case .date: ["date", "日期", "缴款日期", "入账日期"]
            case .amount: ["amount", "金额", "缴款金额"]
            case .month: ["month", "所属期"]
            case .reference: ["ref", "reference", "单据号", "票据号", "流水号"]
            case .payer: ["payer", "缴款方"]
            }
        }
    }

    /// Imports bank or tax-office receipts: `unit_code,date,amount[,month][,ref][,payer]` or
    /// `单位编码,日期,金额[,所属期][,单据号][,缴款方]`. Every row is checked first; any bad row
    /// and nothing is written; the same file again is a no-op.
    public func importFile(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> RemittanceImportOutcome {
        let digest = try InputFile.digest(path: path, displayName: displayName)
        return try database.withPostingBatch(user: user) { batch in
            let db = batch.db
            if let previous = try Row.fetchOne(db, sql: "SELECT file_name, imported_at FROM register_import WHERE kind = 'remittance' AND file_sha256 = ?",
                                               arguments: [digest]) {
                return .alreadyImported(fileName: previous[0], at: previous[1])
            }
            let directory = try UnitDirectory(db)
            var problems = ProblemList(file: displayName)
            var header: CSVHeader<Column>?
            var entries: [(line: Int, entry: RemittanceEntry)] = []
            var referencesInFile: [String: Int] = [:]
            try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
                guard let columns = header else {
                    header = CSVHeader(fields: fields, names: \.names, required: [.unitCode, .date, .amount], line: line, problems: &problems)
                    try problems.throwIfAny()
                    return
                }
                var bad = false
                func report(_ column: Column, _ value: String, _ error: any Error) {
                    bad = true
                    problems.add(line: line, field: columns.name(column), value: value, error)
                }
                let code = columns.value(.unitCode, in: fields)
                let unit = directory.unit(code: code)
                if unit == nil { report(.unitCode, code, AllocationError.unitMustBeRegistered(code: code)) }
                let dateText = columns.value(.date, in: fields)
                let date = try? LocalDate(parsing: dateText)
                if date == nil { report(.date, dateText, LedgerError.dateMustBeValid(value: dateText)) }
                let amountText = columns.value(.amount, in: fields)
                var amount: Money?
                do {
                    amount = try Money(parsing: amountText)
                    if let value = amount, value.fen <= 0 { report(.amount, amountText, LedgerError.amountMustBePositive(line: line, value: amountText)) }
                } catch let error as LedgerError { report(.amount, amountText, error) }
                let monthText = columns.value(.month, in: fields)
                var month: YearMonth?
                if !monthText.isEmpty {
                    month = try? YearMonth(parsing: monthText)
                    if month == nil { report(.month, monthText, LedgerError.monthMustBeValid(value: monthText)) }
                }
                let reference = columns.value(.reference, in: fields)
                if !reference.isSingleLineText { report(.reference, reference, AllocationError.textMustBeSingleLine(field: columns.name(.reference))) }
                if !reference.isEmpty, let unit {
                    let key = "\(unit.id)|\(reference)"
                    if referencesInFile[key] != nil || (try? isRecorded(db, unitID: unit.id, reference: reference)) == true {
                        report(.reference, reference, AllocationError.receiptMustNotBeRecordedTwice(unit: code, reference: reference))
                    }
                    referencesInFile[key] = line
                }
                let payerText = columns.value(.payer, in: fields)
                var payer: Payer?
                if !payerText.isEmpty {
                    do { payer = try Payer(parsing: payerText) } catch let error as any RuleError { report(.payer, payerText, error) }
                }
                guard !bad, let date, let amount else { return }
                entries.append((line, RemittanceEntry(unit: code, date: date, amount: amount, month: month, reference: reference, payer: payer)))
            }
            if header == nil {
                problems.add(line: 1, field: "header", value: "", LedgerError.headerMustNameColumn(column: "unit_code,date,amount"))
            }
            try problems.throwIfAny()
            try db.execute(sql: """
                INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by) VALUES ('remittance', ?, ?, ?, ?, ?)
                """, arguments: [displayName, digest, entries.count, database.clock.now(), user])
            let importID = db.lastInsertedRowID
            var total: Int64 = 0
            // By organisation: the federation's receipts first, so the posting session changes least.
            for (line, entry) in entries.sorted(by: { ($0.entry.date, $0.line) < ($1.entry.date, $1.line) }) {
                guard let unit = directory.unit(code: entry.unit) else { continue }
                try Self.post(entry, unit: unit, directory: directory, batch: batch, source: "\(displayName):\(line)",
                              importID: importID, user: user)
                total += entry.amount.fen
            }
            try batch.recordEvent(organisation: nil, action: "remit.import", detail: "\(displayName): \(entries.count) receipts")
            return .imported(receipts: entries.count, total: Money(fen: total))
        }
    }

    private func isRecorded(_ db: Database, unitID: Int64, reference: String) throws -> Bool {
        guard !reference.isEmpty else { return false }
        return try Int.fetchOne(db, sql: "SELECT 1 FROM remittance WHERE unit_id = ? AND ref = ?", arguments: [unitID, reference]) != nil
    }

    static func post(_ entry: RemittanceEntry, unit: UnitDirectory.Unit, directory: UnitDirectory, batch: SQLitePostingBatch,
                     source: String, importID: Int64?, user: String) throws -> Money {
        let db = batch.db
        let payer = entry.payer ?? unit.channel.payer
        let collector = directory.collector(of: unit)
        try db.execute(sql: """
            INSERT INTO remittance(unit_id, date, amount_fen, month, payer, ref, source, import_id, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [unit.id, entry.date.description, entry.amount.fen, entry.month?.ordinal, payer.rawValue,
                             entry.reference, source, importID, batch.clock.now(), user])
        let remittanceID = db.lastInsertedRowID
        let amount = entry.amount
        let reference = entry.reference.isEmpty ? "" : "（\(entry.reference)）"
        if let collector {
            try batch.post(VoucherDraft(date: entry.date, summary: String("收到\(unit.name)拨缴经费\(reference)".prefix(VoucherDraft.summaryLengthMax)), postings: [
                Posting(account: try AccountCode(FundAccount.bank), side: .debit, amount: amount, memo: unit.code),
                Posting(account: try AccountCode(FundAccount.receivableFromLower), side: .credit, amount: amount, memo: payer.memo(unit: unit.code)),
            ], source: source, externalReference: "remittance:\(remittanceID)"), into: collector.code)
        }
        if unit.keepsBooks && payer == .unit {
            try batch.post(VoucherDraft(date: entry.date, summary: String("上解上级工会经费\(reference)".prefix(VoucherDraft.summaryLengthMax)), postings: [
                Posting(account: try AccountCode(FundAccount.payableToHigher), side: .debit, amount: amount, memo: collector?.code ?? "上级"),
                Posting(account: try AccountCode(FundAccount.bank), side: .credit, amount: amount, memo: unit.code),
            ], source: source, externalReference: "remittance:\(remittanceID)"), into: unit.code)
        }
        // Tax-full and fiscal: the retained share of what has now been received goes down at once.
        let returned = try passDown(unitID: unit.id, db: db)
        if returned.fen > 0, let collector {
            try db.execute(sql: "UPDATE remittance SET returned_fen = ? WHERE id = ?", arguments: [returned.fen, remittanceID])
            try batch.post(VoucherDraft(date: entry.date, summary: "转拨\(unit.name)留成经费", postings: [
                Posting(account: try AccountCode(FundAccount.transferPayableToLower), side: .debit, amount: returned, memo: unit.code),
                Posting(account: try AccountCode(FundAccount.bank), side: .credit, amount: returned, memo: unit.code),
            ], source: source, externalReference: "return:\(remittanceID)"), into: collector.code)
            if unit.keepsBooks {
                try batch.post(VoucherDraft(date: entry.date, summary: "收到上级转拨留成经费", postings: [
                    Posting(account: try AccountCode(FundAccount.bank), side: .debit, amount: returned, memo: collector.code),
                    Posting(account: try AccountCode(FundAccount.receivableFromHigher), side: .credit, amount: returned, memo: collector.code),
                ], source: source, externalReference: "return:\(remittanceID)"), into: unit.code)
            }
        }
        return returned
    }

    /// The retained share still to pass down: for each tax-full or fiscal month, the retained share
    /// in proportion to what of the month has been received (the whole share once it is paid in
    /// full), less what was passed down before.
    static func passDown(unitID: Int64, db: Database) throws -> Money {
        let target = try shareOfReceived(unitID: unitID, channels: ["tax-full", "fiscal"], db: db)
        let before = try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(returned_fen), 0) FROM remittance WHERE unit_id = ?", arguments: [unitID]) ?? 0
        return Money(fen: max(target.fen - before, 0))
    }

    /// Σ over the unit's months under `channels`: retained share × received ÷ receivable (half-up).
    static func shareOfReceived(unitID: Int64, channels: [String], db: Database) throws -> Money {
        var months: [ReceiptMatching.MonthDue] = []
        var retainedByMonth: [Int: Int64] = [:]
        let placeholders = channels.map { _ in "?" }.joined(separator: ",")
        for row in try Row.fetchAll(db, sql: """
            SELECT month, MIN(due_date), SUM(receivable_fen), SUM(CASE WHEN channel IN (\(placeholders)) THEN retained_fen ELSE 0 END)
            FROM allocation WHERE unit_id = ? GROUP BY month ORDER BY month
            """, arguments: StatementArguments(channels.map { $0 as any DatabaseValueConvertible } + [unitID])) {
            guard let dueDate = try? LocalDate(parsing: row[1] as String) else { continue }
            months.append(ReceiptMatching.MonthDue(month: YearMonth(ordinal: row[0]), dueDate: dueDate, receivable: Money(fen: row[2])))
            retainedByMonth[row[0]] = row[3]
        }
        let receipts = try Row.fetchAll(db, sql: "SELECT date, amount_fen, month FROM remittance WHERE unit_id = ? ORDER BY date, id",
                                        arguments: [unitID]).compactMap { row -> ReceiptMatching.Receipt? in
            guard let date = try? LocalDate(parsing: row[0] as String) else { return nil }
            return ReceiptMatching.Receipt(date: date, amount: Money(fen: row[1]), month: (row[2] as Int?).map { YearMonth(ordinal: $0) })
        }
        var total: Int64 = 0
        for state in ReceiptMatching.match(months: months, receipts: receipts).months {
            let retained = retainedByMonth[state.due.month.ordinal] ?? 0
            guard retained > 0, state.due.receivable.fen > 0 else { continue }
            let share = try Rate(numerator: state.paid.fen, denominator: state.due.receivable.fen).applied(to: Money(fen: retained))
            total += share.fen
        }
        return Money(fen: total)
    }
}
