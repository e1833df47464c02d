import InputFiles
import LedgerCore
import LedgerStore

/// The `import_content` table of a PostgreSQL book.
enum PostgresImportContent {
    static func find(_ session: PostgresSession, organisation: Int64?, kind: String, digest: String) throws -> ImportedContent? {
        guard let row = try session.query("""
            SELECT file_name, imported_at, row_count FROM import_content
            WHERE coalesce(org_id, 0) = coalesce($1, 0) AND kind = $2 AND content_sha256 = $3
            """, [.optional(organisation), .text(kind), .text(digest)]).first else { return nil }
        return ImportedContent(fileName: try row.text("file_name"), importedAt: try row.text("imported_at"), rows: Int(try row.int("row_count")))
    }

    static func record(_ session: PostgresSession, organisation: Int64?, kind: String, digest: String, fileName: String,
                       rows: Int, at timestamp: String, user: String) throws {
        try session.query("""
            INSERT INTO import_content(org_id, kind, content_sha256, file_name, row_count, imported_at, imported_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, [.optional(organisation), .text(kind), .text(digest), .text(fileName), .int(rows), .text(timestamp), .text(user)])
    }
}

extension PostgresBooks {
    /// Imports vouchers from a CSV file (or an XLSX sheet) as one transaction, as the SQLite store
    /// does: rows sharing a `voucher` key (adjacent, same date) form one voucher; every row is
    /// checked and every problem reported (`RowsRejected`) with nothing written; the same file, or
    /// the same rows saved again another way, is recognised and does nothing.
    /// The columns are `VoucherFileLayout`'s: date, voucher, account, debit, credit, summary, and
    /// optionally fund, attachments, budget_line, counterparty (English or Chinese headings).
    public func importVouchers(path: String, displayName: String, encoding: InputEncoding = .automatic) throws -> ImportOutcome {
        let fileDigest = try InputFile.digest(path: path, displayName: displayName)
        if let previous = try session.query("""
            SELECT file_name, imported_at, voucher_count FROM import_log WHERE org_id = $1 AND kind = 'voucher' AND file_sha256 = $2
            """, [.integer(organisation.id), .text(fileDigest)]).first {
            return .alreadyImported(fileName: try previous.text("file_name"), at: try previous.text("imported_at"),
                                    vouchers: Int(try previous.int("voucher_count")))
        }
        do {
            return try withPostingSession { posting in
                let importedAt = now()
                let importID = try session.one("""
                    INSERT INTO import_log(org_id, kind, file_name, file_sha256, row_count, voucher_count, imported_at, imported_by)
                    VALUES ($1, 'voucher', $2, $3, 0, 0, $4, $5) RETURNING id
                    """, [.integer(organisation.id), .text(displayName), .text(fileDigest), .text(importedAt), .text(user)]).int("id")
                var reader = PostgresVoucherRows(fileName: displayName, posting: posting, importID: importID)
                var content = RecordDigest()
                let digest = try InputFile.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, fields in
                    content.add(fields)
                    try reader.consume(line: line, fields: fields)
                }
                let contentDigest = content.hex()
                if let previous = try PostgresImportContent.find(session, organisation: organisation.id, kind: "voucher", digest: contentDigest) {
                    let vouchers = try session.query("""
                        SELECT voucher_count FROM import_log WHERE org_id = $1 AND kind = 'voucher' AND file_name = $2 AND imported_at = $3
                        """, [.integer(organisation.id), .text(previous.fileName), .text(previous.importedAt)]).first?.int("voucher_count") ?? 0
                    throw ContentImportedBefore(previous: previous, vouchers: Int(vouchers))
                }
                try reader.finish()
                guard digest == fileDigest else {
                    throw LedgerError.fileMustBeReadable(path: displayName, reason: "the file changed while it was read")
                }
                try reader.problems.throwIfAny()
                try session.query("UPDATE import_log SET row_count = $1, voucher_count = $2 WHERE id = $3",
                                  [.int(reader.rowCount), .int(reader.voucherCount), .integer(importID)])
                try PostgresImportContent.record(session, organisation: organisation.id, kind: "voucher", digest: contentDigest,
                                                 fileName: displayName, rows: reader.rowCount, at: importedAt, user: user)
                try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.import",
                                            detail: "\(displayName): \(reader.voucherCount) vouchers, \(reader.rowCount) rows")
                return .imported(vouchers: reader.voucherCount, rows: reader.rowCount)
            }
        } catch let recognised as ContentImportedBefore {
            return .alreadyImported(fileName: recognised.previous.fileName, at: recognised.previous.importedAt,
                                    vouchers: recognised.vouchers)
        }
    }

    private struct ContentImportedBefore: Error {
        var previous: ImportedContent
        var vouchers: Int
    }
}

/// The voucher file's rows gathered into vouchers and posted through the posting session.
struct PostgresVoucherRows {
    enum Column: CaseIterable, Hashable {
        case date, voucher, account, debit, credit, summary, fund, attachments, budgetLine, counterparty

        var names: [String] {
            switch self {
            case .date: ["date", "日期"]
            case .voucher: ["voucher", "凭证号", "凭证编号"]
            case .account: ["account", "科目编码", "科目代码"]
            case .debit: ["debit", "借方金额", "借方"]
            case .credit: ["credit", "贷方金额", "贷方"]
            case .summary: ["summary", "摘要"]
            case .fund: ["fund", "专项", "专项资金"]
            case .attachments: ["attachments", "附件张数", "附件数"]
            case .budgetLine: ["budget_line", "预算项目"]
            case .counterparty: ["counterparty", "往来单位"]
            }
        }
    }

    let fileName: String
    let posting: PostgresPostingSession
    let importID: Int64
    private(set) var problems: ProblemList
    private(set) var rowCount = 0
    private(set) var voucherCount = 0
    private var header: CSVHeader<Column>?
    private var pending: (key: String, date: LocalDate, line: Int, summary: String, fund: String, attachments: Int, postings: [Posting], broken: Bool)?
    /// Keys finished so far: a bit per `记-N` key, so memory stays flat in the file's length.
    private var seenKeys = VoucherKeyRegistry()

    init(fileName: String, posting: PostgresPostingSession, importID: Int64) {
        self.fileName = fileName
        self.posting = posting
        self.importID = importID
        problems = ProblemList(file: fileName)
    }

    mutating func consume(line: Int, fields: [String]) throws {
        guard let header else {
            let read = CSVHeader<Column>(fields: fields, names: \.names, required: [.date, .voucher, .account, .debit, .credit, .summary],
                                         line: line, problems: &problems)
            try problems.throwIfAny()
            self.header = read
            return
        }
        rowCount += 1
        var rowIsBad = false
        func report(_ column: Column, _ value: String, _ error: LedgerError) {
            rowIsBad = true
            problems.add(line: line, field: header.name(column), value: value, error)
        }
        func value(_ column: Column) -> String { header.value(column, in: fields).trimmingSpaces() }
        let dateText = value(.date), key = value(.voucher), accountText = value(.account)
        let date = try? LocalDate(parsing: dateText)
        if date == nil { report(.date, dateText, .dateMustBeValid(value: dateText)) }
        if key.isEmpty { report(.voucher, "", .fieldMustBePresent(field: header.name(.voucher))) }
        var account: AccountCode?
        switch Self.postable(accountText, in: posting) {
        case .success(let code): account = code
        case .failure(let error): report(.account, accountText, error)
        }
        let debitText = value(.debit), creditText = value(.credit)
        var side: Side = .debit, amount = Money.zero
        if debitText.isEmpty == creditText.isEmpty {
            report(debitText.isEmpty ? .debit : .credit, debitText.isEmpty ? "" : "\(debitText)|\(creditText)", .rowMustHaveDebitOrCredit)
        } else {
            let column: Column = debitText.isEmpty ? .credit : .debit
            side = debitText.isEmpty ? .credit : .debit
            let text = debitText.isEmpty ? creditText : debitText
            switch Self.amount(text) {
            case .success(let parsed):
                amount = parsed
                if amount.fen <= 0 { report(column, text, .amountMustBePositive(line: line, value: text)) }
            case .failure(let error): report(column, text, error)
            }
        }
        let summary = value(.summary)
        if summary.hasControlCharacters { report(.summary, summary, .textMustNotHoldControlCharacters(field: header.name(.summary))) }
        let budgetLine = value(.budgetLine), counterparty = value(.counterparty)
        // A new voucher starts when the key changes.
        if let current = pending, current.key != key || current.date != date {
            try finishPending()
        }
        if pending == nil, let date {
            let ordinal = date.yearMonth.ordinal
            let sighting = key.isEmpty ? .new
                : Array(key.utf8).withUnsafeBufferPointer { seenKeys.record(ordinal: ordinal, key: $0, line: line) }
            if sighting != .new {
                report(.voucher, key, .voucherRowsMustBeAdjacent(voucher: key, firstLine: try firstLine(of: sighting, ordinal: ordinal, key: key, line: line)))
            } else if !key.isEmpty, let source = try posting.previousImport(ordinal: ordinal, reference: key) {
                report(.voucher, key, .voucherMustNotBeImportedTwice(voucher: key, firstSource: source))
            }
            var attachments = 0
            let attachmentText = value(.attachments)
            if !attachmentText.isEmpty {
                if let count = Int(attachmentText), (0...9_999).contains(count) { attachments = count } else {
                    report(.attachments, attachmentText, .attachmentsMustBeCount(value: attachmentText))
                }
            }
            pending = (key, date, line, summary, value(.fund), attachments, [], false)
        }
        guard !rowIsBad, let account else {
            pending?.broken = true
            return
        }
        pending?.postings.append(Posting(account: account, side: side, amount: amount, memo: "",
                                         budgetLine: budgetLine.isEmpty ? nil : budgetLine,
                                         counterparty: counterparty.isEmpty ? nil : counterparty))
    }

    mutating func finish() throws { try finishPending() }

    /// Where a repeated key first appeared: kept for keys of vouchers not posted; a posted
    /// voucher's line is its `source`, read back only when a repeat is reported.
    private func firstLine(of sighting: VoucherKeyRegistry.Sighting, ordinal: Int, key: String, line: Int) throws -> Int {
        switch sighting {
        case .new: return line
        case .seen(let first): return first
        case .seenInPostedVoucher:
            guard problems.problems.count < RowsRejected.problemsMax else { return 0 }
            try posting.flushRows()
            let source = try posting.session.query("""
                SELECT source FROM voucher WHERE import_id = $1 AND ordinal = $2 AND external_ref = $3 ORDER BY id LIMIT 1
                """, [.integer(importID), .int(ordinal), .text(key)]).first?.text("source")
            return source.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) } ?? 0
        }
    }

    private static func postable(_ text: String, in posting: PostgresPostingSession) -> Result<AccountCode, LedgerError> {
        Result { () throws(LedgerError) -> AccountCode in try posting.postableAccount(try AccountCode(text)).account.code }
    }

    private static func amount(_ text: String) -> Result<Money, LedgerError> {
        Result { () throws(LedgerError) -> Money in try Money(parsing: text) }
    }

    private mutating func finishPending() throws {
        guard let current = pending else { return }
        pending = nil
        guard !current.broken, problems.isEmpty else {
            seenKeys.recordUnposted(ordinal: current.date.yearMonth.ordinal, key: Array(current.key.utf8), line: current.line)
            return
        }
        let draft = VoucherDraft(date: current.date, summary: current.summary, postings: current.postings,
                                 source: "\(fileName):\(current.line)", externalReference: current.key,
                                 attachments: current.attachments, fund: current.fund)
        do {
            try posting.post(draft, importID: importID)
            voucherCount += 1
        } catch let error as LedgerError {
            problems.add(line: current.line, field: "voucher", value: current.key, error)
            seenKeys.recordUnposted(ordinal: current.date.yearMonth.ordinal, key: Array(current.key.utf8), line: current.line)
        } catch let error as any RuleError {
            problems.add(line: current.line, field: "voucher", value: current.key, error)
            seenKeys.recordUnposted(ordinal: current.date.yearMonth.ordinal, key: Array(current.key.utf8), line: current.line)
        }
    }
}
