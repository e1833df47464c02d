import InputFiles
import LedgerCore
import UnionCore

/// Checks a receipts file (bank or tax-office statements) row by row: every bad row is
/// reported. No storage: the register is a directory, whether a reference is already recorded
/// is asked of `isRecorded`, and the good rows wait in a `ReceiptQueue` to be booked.
///
/// The file: `unit_code,date,amount[,month][,ref][,payer]` or `单位编码,日期,金额[,所属期][,单据号][,缴款方]`.
struct RemittanceFile {
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

    let directory: UnitDirectory
    let queue: any ReceiptQueue
    let isRecorded: (_ unitID: Int64, _ reference: String) throws -> Bool
    private(set) var problems: ProblemList
    private var header: CSVHeader<Column>?
    /// The good rows added to the queue.
    private(set) var receipts = 0
    /// The units of those rows (8 bytes or so a unit, however many rows).
    private(set) var unitIDs: Set<Int64> = []

    init(fileName: String, directory: UnitDirectory, queue: any ReceiptQueue,
         isRecorded: @escaping (_ unitID: Int64, _ reference: String) throws -> Bool) {
        self.directory = directory
        self.queue = queue
        self.isRecorded = isRecorded
        problems = ProblemList(file: fileName)
    }

    /// Takes the next record: the header first, then one receipt per record.
    /// - Throws: `RowsRejected` at once when the header is unusable; the store's errors from
    ///   `isRecorded` and the queue.
    mutating func read(line: Int, fields: [String]) throws {
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
            if let value = amount, !value.isPositive { report(.amount, amountText, LedgerError.amountMustBePositive(line: line, value: amountText)) }
        } catch {
            report(.amount, amountText, error)
        }
        let monthText = columns.value(.month, in: fields)
        var month: YearMonth?
        if !monthText.isEmpty {
            month = try? YearMonth(parsing: monthText)
            if month == nil { report(.month, monthText, LedgerError.monthMustBeValid(value: monthText)) }
        }
        let reference = columns.value(.reference, in: fields)
        if !reference.isSingleLineText { report(.reference, reference, AllocationError.textMustBeSingleLine(field: columns.name(.reference))) }
        if !reference.isEmpty, let unit {
            // Once per unit: within the file, and against what is already recorded.
            if try queue.noteReference(unitID: unit.id, reference: reference) || isRecorded(unit.id, reference) {
                report(.reference, reference, AllocationError.receiptMustNotBeRecordedTwice(unit: code, reference: reference))
            }
        }
        let payerText = columns.value(.payer, in: fields)
        var payer: Payer?
        if !payerText.isEmpty {
            do { payer = try Payer(parsing: payerText) } catch { report(.payer, payerText, error) }
        }
        guard !bad, let unit, let date, let amount else { return }
        try queue.add(RemittanceEntry(unit: code, date: date, amount: amount, month: month, reference: reference, payer: payer),
                      unitID: unit.id, line: line)
        receipts += 1
        unitIDs.insert(unit.id)
    }

    /// The number of receipts, all in the queue (booked by date, then by line).
    /// - Throws: `RowsRejected` listing every bad row.
    mutating func finish() throws -> Int {
        if header == nil {
            problems.add(line: 1, field: "header", value: "", LedgerError.headerMustNameColumn(column: "unit_code,date,amount"))
        }
        try problems.throwIfAny()
        return receipts
    }
}
