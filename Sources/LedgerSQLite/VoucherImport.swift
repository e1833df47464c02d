import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// Turns CSV records into vouchers, collecting every problem instead of stopping at the first.
///
/// Works on the bytes the CSV parser hands out: strings are made once per voucher, not per row.
struct VoucherRowReader {
    let fileName: String
    /// Its vouchers' sources, "file:line".
    private let sources: ImportedVoucherText.Sources
    let session: PostingSession
    let importID: Int64

    private(set) var problems: ProblemList
    private(set) var rowCount = 0
    /// The line of the record being read, for problems found below the row level.
    private var line = 0
    private(set) var voucherCount = 0

    private var columns: [Int] = []   // field index per Column, in allCases order
    /// Set when the header is `hledger print -O csv`'s: rows are re-pointed to the columns above.
    private var hledger: HledgerCSVLayout?
    private var hasHeader = false
    private var headerNames: [VoucherFileLayout.Column: String] = [:]
    /// The voucher being gathered, updated in place (never copied out) while its rows arrive.
    private var pending = PendingVoucher()
    private var hasPending = false
    /// Every voucher key already read, per month, to catch non-adjacent rows (compact: see the type).
    private var seenKeys = VoucherKeyRegistry()

    private struct PendingVoucher {
        var key: [UInt8] = []
        var keyText = ""
        /// `nil` only in a voucher already reported as broken (its first row's date was bad).
        var date: LocalDate?
        var firstLine = 0
        var summaryBytes: [UInt8] = []
        var summary = ""
        var fund = ""
        var attachments = 0
        var postings: [Posting] = []
        var isBroken = false
        /// The first voucher in the file with its month and key (a repeat is refused anyway).
        var isFirstSighting = false
    }

    init(fileName: String, session: PostingSession, importID: Int64) {
        self.fileName = fileName
        sources = ImportedVoucherText.Sources(file: fileName)
        self.session = session
        self.importID = importID
        problems = ProblemList(file: fileName)
    }

    mutating func consume(line: Int, bytes: UnsafeBufferPointer<UInt8>, fields: [CSVRecordParser.Field]) throws {
        // Blank lines, and the rows of bare commas Excel leaves below a table, are skipped.
        if fields.allSatisfy({ field in (field.start..<field.end).allSatisfy { bytes[$0] == 0x20 } }) { return }
        guard hasHeader else {
            readHeader(line: line, bytes: bytes, fields: fields)
            if !hasHeader { throw RowsRejected(problems: problems.problems, truncated: problems.truncated) }
            return
        }
        rowCount += 1
        self.line = line
        let foreignAmount = hledger?.foreignAmount(fields, in: bytes)
        let fields = hledger?.canonicalFields(fields, in: bytes) ?? fields
        let columns = self.columns
        func field(_ column: VoucherFileLayout.Column) -> CSVRecordParser.Field? {
            let index = columns[column.position]
            return index < fields.count ? fields[index] : nil
        }
        func text(_ column: VoucherFileLayout.Column) -> String {
            guard let field = field(column) else { return "" }
            return CSVRecordParser.string(field, in: bytes)
        }
        /// The field's bytes without surrounding spaces (doubled quotes are not undone: the
        /// fields read this way never legitimately hold a quote).
        func raw(_ column: VoucherFileLayout.Column) -> UnsafeBufferPointer<UInt8> {
            guard var field = field(column) else { return UnsafeBufferPointer(start: nil, count: 0) }
            while field.start < field.end, bytes[field.start] == 0x20 { field.start += 1 }
            while field.end > field.start, bytes[field.end - 1] == 0x20 { field.end -= 1 }
            return UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        }
        var rowIsBad = false
        func report(_ column: VoucherFileLayout.Column, _ value: String, _ error: LedgerError) {
            rowIsBad = true
            problems.add(line: line, field: name(column), value: value, error)
        }
        if let foreignAmount { report(.debit, foreignAmount, .amountMustBeWellFormed(value: foreignAmount)) }
        /// Free text as a String, or a `textMustDecode` problem (see `decodedText`). Reports here
        /// rather than through a closure handed on: forming that closure copied the whole reader.
        func validated(_ column: VoucherFileLayout.Column, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            if let text = Self.decodedText(bytes) { return text }
            report(column, String(decoding: bytes, as: UTF8.self), .textMustDecode(path: fileName, line: line, column: 1, encoding: "UTF-8"))
            return nil
        }

        let date = LocalDate.parse(raw(.date))
        if date == nil { report(.date, text(.date), .dateMustBeValid(value: text(.date))) }

        let keyBytes = raw(.voucher)
        if keyBytes.isEmpty { report(.voucher, "", .fieldMustBePresent(field: name(.voucher))) }

        var account: AccountCode? = session.postableAccount(bytes: raw(.account))
        if account == nil {
            let accountText = text(.account)
            switch checkedAccount(accountText) {
            case .success(let stored): account = stored.account.code
            case .failure(let error): report(.account, accountText, error)
            }
        }

        let debitBytes = raw(.debit), creditBytes = raw(.credit)
        var side: Side = .debit
        var amount = Money.zero
        if debitBytes.isEmpty == creditBytes.isEmpty {
            report(debitBytes.isEmpty ? .debit : .credit, debitBytes.isEmpty ? "" : "\(text(.debit))|\(text(.credit))",
                   .rowMustHaveDebitOrCredit)
        } else {
            let column: VoucherFileLayout.Column = debitBytes.isEmpty ? .credit : .debit
            side = debitBytes.isEmpty ? .credit : .debit
            if let fen = Money.parseFen(debitBytes.isEmpty ? creditBytes : debitBytes) {
                if fen <= 0 { report(column, text(column), .amountMustBePositive(line: line, value: text(column))) }
                amount = Money(fen: fen)
            } else {
                report(column, text(column), Self.amountError(text(column)))
            }
        }

        // The posting's dimensions: blank for none.
        func dimension(_ column: VoucherFileLayout.Column, _ field: String, lengthMax: Int) -> String? {
            let bytes = raw(column)
            guard !bytes.isEmpty, let value = validated(column, bytes) else { return nil }
            do { try Posting.checkDimension(value, field: field, lengthMax: lengthMax, line: line) } catch {
                report(column, value, error)
                return nil
            }
            return value
        }
        let budgetLine = dimension(.budgetLine, "budget_line", lengthMax: Posting.budgetLineLengthMax)
        let counterparty = dimension(.counterparty, "counterparty", lengthMax: Posting.counterpartyLengthMax)

        // Group adjacent rows that share a key into one voucher.
        let summaryBytes = raw(.summary)
        // Optional per-voucher columns (blank when the file has none).
        let fundBytes = raw(.fund), attachmentBytes = raw(.attachments)
        if hasPending, pending.key.hasSameBytes(as: keyBytes) {
            // Later rows leave the voucher's fund and attachments blank, or repeat them.
            if !fundBytes.isEmpty, (validated(.fund, fundBytes) ?? "") != pending.fund {
                report(.fund, text(.fund), .voucherRowsMustAgree(voucher: pending.keyText, field: name(.fund), first: pending.fund))
            }
            if !attachmentBytes.isEmpty, Self.attachmentCount(attachmentBytes) != pending.attachments {
                report(.attachments, text(.attachments),
                       .voucherRowsMustAgree(voucher: pending.keyText, field: name(.attachments), first: String(pending.attachments)))
            }
            if let date, let first = pending.date, date != first {
                report(.date, date.description, .voucherRowsMustShareDate(voucher: pending.keyText, firstDate: first.description))
            }
            var memo = ""
            if !summaryBytes.hasSameBytes(as: pending.summaryBytes) {
                memo = validated(.summary, summaryBytes) ?? ""
            }
            pending.isBroken = pending.isBroken || rowIsBad
            if let account, !rowIsBad {
                pending.postings.append(Posting(account: account, side: side, amount: amount, memo: memo,
                                                budgetLine: budgetLine, counterparty: counterparty))
            }
            return
        }
        try finishPending()
        let keyText = validated(.voucher, keyBytes) ?? ""
        let summary = validated(.summary, summaryBytes) ?? ""
        let ordinal = date?.yearMonth.ordinal ?? 0
        let sighting = seenKeys.record(ordinal: ordinal, key: keyBytes, line: line)
        if sighting != .new {
            let firstLine = try firstLine(of: sighting, ordinal: ordinal, keyText: keyText)
            report(.voucher, keyText, .voucherRowsMustBeAdjacent(voucher: keyText, firstLine: firstLine))
        } else if let date, !keyText.isEmpty,
                  let source = try session.previousImport(ordinal: date.yearMonth.ordinal, reference: keyText) {
            // A row already imported is never posted twice, even from an edited copy of the file.
            report(.voucher, keyText, .voucherMustNotBeImportedTwice(voucher: keyText, firstSource: source))
        }
        pending.key.removeAll(keepingCapacity: true)
        pending.key.append(contentsOf: keyBytes)
        pending.keyText = keyText
        pending.date = date
        pending.firstLine = line
        pending.summaryBytes.removeAll(keepingCapacity: true)
        pending.summaryBytes.append(contentsOf: summaryBytes)
        pending.summary = summary
        pending.fund = ""
        if !fundBytes.isEmpty, let fund = validated(.fund, fundBytes) {
            do {
                try PostingSession.checkFund(fund)
                pending.fund = fund
            } catch {
                report(.fund, fund, error)
            }
        }
        pending.attachments = 0
        if !attachmentBytes.isEmpty {
            if let count = Self.attachmentCount(attachmentBytes) {
                pending.attachments = count
            } else {
                report(.attachments, text(.attachments), .attachmentsMustBeCount(value: text(.attachments)))
            }
        }
        pending.postings = []
        pending.postings.reserveCapacity(4)
        if let account, !rowIsBad {
            pending.postings.append(Posting(account: account, side: side, amount: amount, budgetLine: budgetLine,
                                            counterparty: counterparty))
        }
        pending.isBroken = rowIsBad
        pending.isFirstSighting = sighting == .new
        hasPending = true
    }

    /// Where a repeated key first appeared. A posted voucher's line is its `source`, looked up in
    /// the voucher table only while the problem list has room (past it the problem is dropped).
    private func firstLine(of sighting: VoucherKeyRegistry.Sighting, ordinal: Int, keyText: String) throws -> Int {
        switch sighting {
        case .new: return line
        case .seen(let first): return first
        case .seenInPostedVoucher:
            guard problems.problems.count < RowsRejected.problemsMax else { return 0 }
            return try session.importedLine(importID: importID, ordinal: ordinal, reference: keyText) ?? 0
        }
    }

    mutating func finish() throws {
        try finishPending()
        if !hasHeader {
            problems.add(line: 1, field: "header", value: "",
                         LedgerError.headerMustNameColumn(column: "date,voucher,account,debit,credit,summary"))
        }
    }

    /// Free text as a String, or nil when the bytes are not UTF-8 (the stream decoder has validated
    /// the text already; this guards any other way in): only text fields can hold non-ASCII, the
    /// other parsers accept ASCII alone. After `nil` the row is reported, so its voucher is never
    /// posted: callers go on with `""` only to find the row's other problems.
    private static func decodedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Validated as a span, then copied: `String(validating:as:)` is generic, and ran unspecialised
        // here (metadata looked up for every field).
        guard let span = try? UTF8Span(validating: bytes.span) else { return nil }
        let text = String(copying: span)
        return bytes.contains(0x22) ? text.replacingDoubledQuotesInField() : text
    }

    /// 0–9999 in plain digits, or nil.
    private static func attachmentCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...4).contains(bytes.count), bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func amountError(_ text: String) -> LedgerError {
        do {
            _ = try Money(parsing: text)
            return .amountMustBeWellFormed(value: text)
        } catch {
            return error
        }
    }

    private func checkedAccount(_ text: String) -> Result<StoredAccount, LedgerError> {
        Result { () throws(LedgerError) -> StoredAccount in
            try session.postableAccount(try AccountCode(text))
        }
    }

    private mutating func finishPending() throws {
        guard hasPending else { return }
        hasPending = false
        // Read in place: a copy of the pending voucher cost a retain and a release per field.
        // A voucher with a bad row is already reported; balancing it would only add noise.
        guard !pending.isBroken, let date = pending.date else {
            if pending.isFirstSighting {
                seenKeys.recordUnposted(ordinal: pending.date?.yearMonth.ordinal ?? 0, key: pending.key, line: pending.firstLine)
            }
            return
        }
        let draft = VoucherDraft(date: date, summary: pending.summary, postings: pending.postings,
                                 source: sources.source(line: pending.firstLine), externalReference: pending.keyText,
                                 attachments: pending.attachments, fund: pending.fund)
        do {
            do {
                _ = try session.record(draft, importID: importID, line: pending.firstLine)
            } catch {
                if pending.isFirstSighting {
                    seenKeys.recordUnposted(ordinal: date.yearMonth.ordinal, key: pending.key, line: pending.firstLine)
                }
                throw error
            }
            voucherCount += 1
        } catch let error as LedgerError {
            let field: String
            switch error.rule {
            case .summaryMustBePresent: field = name(.summary)
            case .periodMustBeOpen: field = name(.date)
            default: field = name(.voucher)
            }
            let value = error.rule == .periodMustBeOpen ? date.description : pending.keyText
            problems.add(line: pending.firstLine, field: field, value: value, error)
        } catch let error as any RuleError {
            // An upper layer's posting check refused the voucher (a budget line exceeded, say).
            problems.add(line: pending.firstLine, field: name(.voucher), value: pending.keyText, error)
        }
    }

    private mutating func readHeader(line: Int, bytes: UnsafeBufferPointer<UInt8>, fields: [CSVRecordParser.Field]) {
        let names = fields.map { CSVRecordParser.string($0, in: bytes) }
        if let layout = HledgerCSVLayout(header: names) {
            hledger = layout
            columns = VoucherFileLayout.Column.allCases.map(\.position)
            headerNames = HledgerCSVLayout.names
            hasHeader = true
            return
        }
        var found: [VoucherFileLayout.Column: Int] = [:]
        for (index, name) in names.enumerated() {
            let normalised = name.lowercased()
            if let column = VoucherFileLayout.Column.allCases.first(where: { $0.names.contains(normalised) }) {
                if found[column] != nil {
                    problems.add(line: line, field: "header", value: name, LedgerError.headerMustNotRepeatColumn(column: name))
                    continue
                }
                found[column] = index
                headerNames[column] = name
            }
        }
        let missing = VoucherFileLayout.Column.allCases.filter { $0.isRequired && found[$0] == nil }
        for column in missing {
            problems.add(line: line, field: "header", value: names.joined(separator: ","),
                         LedgerError.headerMustNameColumn(column: column.names.joined(separator: "/")))
        }
        if missing.isEmpty && problems.isEmpty {
            // An absent optional column points past every row, so it reads as blank.
            columns = VoucherFileLayout.Column.allCases.map { found[$0] ?? Int.max }
            hasHeader = true
        }
    }

    /// The column's heading as the file wrote it, or its English name for a column the file lacks.
    private func name(_ column: VoucherFileLayout.Column) -> String {
        headerNames[column] ?? "\(column)"
    }
}


extension String {
    /// Undoes CSV's doubled quotes ("" → ").
    func replacingDoubledQuotesInField() -> String {
        split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")
    }
}
