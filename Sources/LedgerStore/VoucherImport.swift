import GRDB
import LedgerCore

/// What `voucher import` did.
public enum ImportOutcome: Equatable, Sendable {
    case imported(vouchers: Int, rows: Int)
    /// The same file (by sha256) was imported before: nothing was done.
    case alreadyImported(fileName: String, at: String, vouchers: Int)
}

/// An input file with bad rows: every problem found, nothing written.
public struct ImportRejected: Error, Sendable {
    public var problems: [InputProblem]
    /// More problems were found than are listed.
    public var truncated: Bool = false

    public init(problems: [InputProblem], truncated: Bool = false) {
        self.problems = problems
        self.truncated = truncated
    }
}

/// The voucher CSV: `date,voucher,account,debit,credit,summary` or
/// `日期,凭证号,科目编码,借方金额,贷方金额,摘要`, columns in any order, UTF-8 with or without BOM.
enum VoucherFileLayout {
    enum Column: CaseIterable {
        case date, voucher, account, debit, credit, summary

        var names: [String] {
            switch self {
            case .date: ["date", "日期"]
            case .voucher: ["voucher", "凭证号", "凭证编号"]
            case .account: ["account", "科目编码", "科目代码"]
            case .debit: ["debit", "借方金额", "借方"]
            case .credit: ["credit", "贷方金额", "贷方"]
            case .summary: ["summary", "摘要"]
            }
        }
    }
}

extension Books {
    /// Imports vouchers from a CSV file as one transaction.
    ///
    /// Rows sharing a `voucher` key (adjacent, same date) form one voucher, posted in file order
    /// through the posting path. Every row is checked; if any is bad, every problem is reported
    /// (`ImportRejected`) and nothing is written. A file imported before is a no-op.
    /// - Complexity: one pass over the file; memory bounded by the largest voucher, plus the set
    ///   of voucher keys seen.
    public func importVouchers(path: String, displayName: String) throws -> ImportOutcome {
        let fileDigest = try CSVFileStream.digest(path: path, displayName: displayName)
        if let previous = try database.read({ db in
            try Row.fetchOne(db, sql: """
                SELECT file_name, imported_at, voucher_count FROM import_log WHERE org_id = ? AND kind = 'voucher' AND file_sha256 = ?
                """, arguments: [organisation.id, fileDigest])
        }) {
            return .alreadyImported(fileName: previous["file_name"], at: previous["imported_at"],
                                    vouchers: previous["voucher_count"])
        }
        return try withPostingSession { session, db in
            try db.execute(sql: """
                INSERT INTO import_log(org_id, kind, file_name, file_sha256, row_count, voucher_count, imported_at, imported_by)
                VALUES (?, 'voucher', ?, ?, 0, 0, ?, ?)
                """, arguments: [organisation.id, displayName, fileDigest, Clock.now(), user])
            let importID = db.lastInsertedRowID
            var reader = VoucherRowReader(fileName: displayName, session: session, importID: importID)
            let digest = try CSVFileStream.forEachRecord(path: path, displayName: displayName) { line, bytes, parser in
                try reader.consume(line: line, bytes: bytes, fields: parser.fields)
            }
            try reader.finish()
            guard digest == fileDigest else {
                throw LedgerError.fileMustBeReadable(path: displayName, reason: "the file changed while it was read")
            }
            guard reader.problems.isEmpty else {
                throw ImportRejected(problems: reader.problems, truncated: reader.problemsTruncated)
            }
            try db.execute(sql: "UPDATE import_log SET row_count = ?, voucher_count = ? WHERE id = ?",
                           arguments: [reader.rowCount, reader.voucherCount, importID])
            try EventLog.record(db, organisation: organisation.id, user: user, action: "voucher.import",
                                detail: "\(displayName): \(reader.voucherCount) vouchers, \(reader.rowCount) rows")
            return .imported(vouchers: reader.voucherCount, rows: reader.rowCount)
        }
    }
}

/// Turns CSV records into vouchers, collecting every problem instead of stopping at the first.
struct VoucherRowReader {
    let fileName: String
    let session: PostingSession
    let importID: Int64

    private(set) var problems: [InputProblem] = []
    private(set) var problemsTruncated = false
    private(set) var rowCount = 0
    private(set) var voucherCount = 0

    static let problemsMax = 1_000

    private var columns: [VoucherFileLayout.Column: Int]?
    private var headerNames: [VoucherFileLayout.Column: String] = [:]
    private var pending: PendingVoucher?
    /// "ordinal|key" of every voucher already finished, to catch non-adjacent rows.
    private var finishedKeys: [String: Int] = [:]

    private struct PendingVoucher {
        var key: [UInt8]
        var keyText: String
        var date: LocalDate
        var firstLine: Int
        var summary: String
        var postings: [Posting]
        var isBroken: Bool
    }

    init(fileName: String, session: PostingSession, importID: Int64) {
        self.fileName = fileName
        self.session = session
        self.importID = importID
    }

    mutating func consume(line: Int, bytes: UnsafeBufferPointer<UInt8>, fields: [CSVRecordParser.Field]) throws {
        if fields.count == 1 && fields[0].start == fields[0].end { return }  // blank line
        guard let columns else {
            readHeader(line: line, bytes: bytes, fields: fields)
            if self.columns == nil { throw ImportRejected(problems: problems) }
            return
        }
        rowCount += 1
        func text(_ column: VoucherFileLayout.Column) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return CSVRecordParser.string(fields[index], in: bytes)
        }
        func raw(_ column: VoucherFileLayout.Column) -> UnsafeBufferPointer<UInt8> {
            guard let index = columns[column], index < fields.count else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(rebasing: bytes[fields[index].start..<fields[index].end])
        }
        var rowIsBad = false
        func report(_ column: VoucherFileLayout.Column, _ value: String, _ error: LedgerError) {
            rowIsBad = true
            add(InputProblem(file: fileName, line: line, field: headerNames[column] ?? "\(column)", value: value, error: error))
        }

        let dateBytes = raw(.date)
        let date = LocalDate.parse(dateBytes)
        if date == nil { report(.date, text(.date), .dateMustBeValid(value: text(.date))) }

        let keyBytes = Array(raw(.voucher))
        if keyBytes.allSatisfy({ $0 == 0x20 }) { report(.voucher, "", .fieldMustBePresent(field: headerNames[.voucher] ?? "voucher")) }

        let accountText = text(.account)
        let accountCode: AccountCode?
        switch checkedAccount(accountText) {
        case .success(let code): accountCode = code
        case .failure(let error): accountCode = nil; report(.account, accountText, error)
        }

        let debitBytes = raw(.debit), creditBytes = raw(.credit)
        let debitBlank = debitBytes.allSatisfy { $0 == 0x20 }, creditBlank = creditBytes.allSatisfy { $0 == 0x20 }
        var side: Side = .debit
        var amount = Money.zero
        if debitBlank == creditBlank {
            report(debitBlank ? .debit : .credit, debitBlank ? "" : "\(text(.debit))|\(text(.credit))", .rowMustHaveDebitOrCredit)
        } else {
            let column: VoucherFileLayout.Column = debitBlank ? .credit : .debit
            side = debitBlank ? .credit : .debit
            if let fen = Money.parseFen(debitBlank ? creditBytes : debitBytes), abs(fen) <= Money.magnitudeMax {
                if fen <= 0 { report(column, text(column), .amountMustBePositive(line: line, value: text(column))) }
                amount = Money(fen: fen)
            } else {
                report(column, text(column), .amountMustBeWellFormed(value: text(column)))
            }
        }
        let summary = text(.summary)

        // Group adjacent rows that share a key into one voucher.
        if var current = pending, current.key == keyBytes {
            if let date, date != current.date {
                report(.date, date.description,
                       .voucherRowsMustShareDate(voucher: current.keyText, firstDate: current.date.description))
            }
            current.isBroken = current.isBroken || rowIsBad
            if let accountCode, !rowIsBad {
                current.postings.append(Posting(account: accountCode, side: side, amount: amount,
                                                memo: summary == current.summary ? "" : summary))
            }
            pending = current
            return
        }
        try finishPending()
        let keyText = String(decoding: keyBytes, as: UTF8.self).trimmingSpaces()
        let identity = "\(date?.yearMonth.ordinal ?? 0)|\(keyText)"
        if let firstLine = finishedKeys[identity] {
            report(.voucher, keyText, .voucherRowsMustBeAdjacent(voucher: keyText, firstLine: firstLine))
        }
        var postings: [Posting] = []
        if let accountCode, !rowIsBad { postings.append(Posting(account: accountCode, side: side, amount: amount)) }
        pending = PendingVoucher(key: keyBytes, keyText: keyText, date: date ?? LocalDate.unknown, firstLine: line,
                                 summary: summary, postings: postings, isBroken: rowIsBad)
        finishedKeys[identity] = finishedKeys[identity] ?? line
    }

    private func checkedAccount(_ text: String) -> Result<AccountCode, LedgerError> {
        Result { () throws(LedgerError) -> AccountCode in
            let code = try AccountCode(text)
            _ = try session.postableAccount(code)
            return code
        }
    }

    mutating func finish() throws {
        try finishPending()
        if columns == nil {
            add(InputProblem(file: fileName, line: 1, field: "header", value: "",
                             error: .headerMustNameColumn(column: "date,voucher,account,debit,credit,summary")))
        }
    }

    private mutating func finishPending() throws {
        guard let current = pending else { return }
        pending = nil
        // A voucher with a bad row is already reported; balancing it would only add noise.
        guard !current.isBroken else { return }
        let draft = VoucherDraft(date: current.date, summary: current.summary, postings: current.postings,
                                 source: "\(fileName):\(current.firstLine)", externalReference: current.keyText)
        do {
            try session.post(draft, importID: importID)
            voucherCount += 1
        } catch let error as LedgerError {
            let field: String
            switch error.rule {
            case .summaryMustBePresent: field = headerNames[.summary] ?? "summary"
            case .periodMustBeOpen: field = headerNames[.date] ?? "date"
            default: field = headerNames[.voucher] ?? "voucher"
            }
            let value = error.rule == .periodMustBeOpen ? current.date.description : current.keyText
            add(InputProblem(file: fileName, line: current.firstLine, field: field, value: value, error: error))
        }
    }

    private mutating func readHeader(line: Int, bytes: UnsafeBufferPointer<UInt8>, fields: [CSVRecordParser.Field]) {
        let names = fields.map { CSVRecordParser.string($0, in: bytes) }
        var found: [VoucherFileLayout.Column: Int] = [:]
        for (index, name) in names.enumerated() {
            let normalised = name.lowercased()
            if let column = VoucherFileLayout.Column.allCases.first(where: { $0.names.contains(normalised) }) {
                found[column] = index
                headerNames[column] = name
            }
        }
        let missing = VoucherFileLayout.Column.allCases.filter { found[$0] == nil }
        for column in missing {
            add(InputProblem(file: fileName, line: line, field: "header", value: names.joined(separator: ","),
                             error: .headerMustNameColumn(column: column.names.joined(separator: "/"))))
        }
        if missing.isEmpty { columns = found }
    }

    private mutating func add(_ problem: InputProblem) {
        guard problems.count < VoucherRowReader.problemsMax else { problemsTruncated = true; return }
        problems.append(problem)
    }
}
