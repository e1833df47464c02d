import LedgerCore
import LedgerStore

/// The chart of accounts of a PostgreSQL book.
enum PostgresAccounts {
    static func all(_ session: PostgresSession, organisation: Int64) throws -> [StoredAccount] {
        try session.query("SELECT * FROM account WHERE org_id = $1 ORDER BY code", [.integer(organisation)]).map { row in
            let id = try row.int("id")
            let code = try StoredValue.accountCode(try row.text("code"), row: "account row \(id)")
            let kind = try StoredValue.accountKind(try row.text("kind"), row: "account row \(id)")
            let account = Account(code: code, name: try row.text("name"), nameEnglish: try row.text("name_en"), kind: kind,
                                  isOpen: try row.int("is_open") == 1, role: try row.text("role"))
            return StoredAccount(id: id, account: account, isLeaf: try row.int("is_leaf") == 1)
        }
    }

    /// Inserts one account; its parent (if any) must already be there and stops being a leaf.
    static func insert(_ account: Account, organisation: Organisation, user: String, session: PostgresSession) throws {
        try PlainText.requireName(account.name, field: "account name")
        var parentID: Int64?
        if let parent = account.code.parent {
            guard let row = try session.query("SELECT id, kind FROM account WHERE org_id = $1 AND code = $2",
                                              [.integer(organisation.id), .text(parent.rawValue)]).first else {
                throw LedgerError.accountParentMustExist(code: parent.rawValue)
            }
            let parentKind = try row.text("kind")
            guard parentKind == account.kind.rawValue else {
                throw LedgerError.accountKindMustMatchParent(code: account.code.rawValue, parentKind: parentKind)
            }
            let id = try row.int("id")
            parentID = id
            guard try session.query("SELECT 1 AS one FROM balance WHERE account_id = $1 LIMIT 1", [.integer(id)]).isEmpty else {
                throw LedgerError.accountWithPostingsMustStayLeaf(code: parent.rawValue)
            }
            try session.query("UPDATE account SET is_leaf = 0 WHERE id = $1", [.integer(id)])
        }
        guard try session.query("SELECT 1 AS one FROM account WHERE org_id = $1 AND code = $2",
                                [.integer(organisation.id), .text(account.code.rawValue)]).isEmpty else {
            throw LedgerError.accountCodeMustBeUnique(code: account.code.rawValue)
        }
        try session.query("""
            INSERT INTO account(org_id, code, name, name_en, kind, parent_id, is_leaf, is_open, created_by, role)
            VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $9)
            """, [.integer(organisation.id), .text(account.code.rawValue), .text(account.name), .text(account.nameEnglish),
                  .text(account.kind.rawValue), .optional(parentID), .int(account.isOpen ? 1 : 0), .text(user), .text(account.role)])
    }
}

/// Posted vouchers read back.
enum PostgresVoucherReader {
    static let columns = """
        v.id, v.date, v.number, v.summary, v.kind, v.reverses_id, v.prepared_by, v.source, v.external_ref, v.attachments,
        v.fund, (SELECT r.id FROM voucher r WHERE r.reverses_id = v.id) AS reversed_by
        """

    static func voucher(_ session: PostgresSession, id: Int64, organisation: Organisation) throws -> PostedVoucher? {
        try vouchers(session, organisation: organisation, where: "v.id = $2", [.integer(id)], limit: 1).first
    }

    static func vouchers(_ session: PostgresSession, organisation: Organisation, from: YearMonth?, to: YearMonth?,
                         limit: Int) throws -> [PostedVoucher] {
        try vouchers(session, organisation: organisation, where: "v.ordinal BETWEEN $2 AND $3",
                     [.int(from?.ordinal ?? 0), .integer(Int64(to?.ordinal ?? Int(Int32.max)))], limit: limit)
    }

    /// Vouchers of the organisation matching `condition` (parameters from $2), in period and number
    /// order, with their postings and approvals: three queries, whatever the count.
    static func vouchers(_ session: PostgresSession, organisation: Organisation, where condition: String,
                         _ values: [PostgresValue], limit: Int) throws -> [PostedVoucher] {
        let limitText = limit >= Int(Int32.max) ? "" : " LIMIT \(max(0, limit))"
        let rows = try session.query("""
            SELECT \(columns) FROM voucher v WHERE v.org_id = $1 AND \(condition) ORDER BY v.ordinal, v.number\(limitText)
            """, [.integer(organisation.id)] + values)
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.int("id") }
        let idList = PostgresValue.text("{" + ids.map(String.init).joined(separator: ",") + "}")
        var postings: [Int64: [Posting]] = [:]
        for posting in try session.query("""
            SELECT p.voucher_id, p.line, a.code, p.side, p.amount_fen, p.memo, p.budget_line, p.counterparty
            FROM posting p JOIN account a ON a.id = p.account_id
            WHERE p.voucher_id = ANY($1::bigint[]) ORDER BY p.voucher_id, p.line
            """, [idList]) {
            let voucherID = try posting.int("voucher_id")
            let place = "posting row (voucher \(voucherID), line \(try posting.int("line")))"
            postings[voucherID, default: []].append(Posting(
                account: try StoredValue.accountCode(try posting.text("code"), row: place, column: "account code"),
                side: try StoredValue.side(try posting.text("side"), row: place),
                amount: try StoredValue.amount(try posting.int("amount_fen"), row: place), memo: try posting.text("memo"),
                budgetLine: try posting.optionalText("budget_line"), counterparty: try posting.optionalText("counterparty")))
        }
        var approvals: [Int64: VoucherApproval] = [:]
        for row in try session.query("SELECT * FROM voucher_approval WHERE voucher_id = ANY($1::bigint[])", [idList]) {
            let id = try row.int("voucher_id")
            let label = "voucher_approval row \(id)"
            let signoffBy = try row.text("signoff_by"), decision = try row.text("decision_ref")
            approvals[id] = VoucherApproval(
                preparedBy: try row.text("prepared_by"), reviewedBy: try row.text("reviewed_by"), reviewedAt: try row.text("reviewed_at"),
                singleOperator: try row.int("single_operator") != 0,
                signoff: signoffBy.isEmpty ? nil : VoucherApproval.SignOff(
                    by: signoffBy, date: try StoredValue.date(try row.text("signoff_date"), row: label, column: "signoff_date")),
                decision: decision.isEmpty ? nil : VoucherApproval.CollectiveDecision(
                    reference: decision, date: try StoredValue.date(try row.text("decision_date"), row: label, column: "decision_date")))
        }
        return try rows.map { row in
            let id = try row.int("id")
            let label = "voucher row \(id)"
            let lines = postings[id] ?? []
            try StoredValue.checkDebitTotal(lines, row: label)
            let approval = approvals[id]
            return PostedVoucher(
                id: id, organisation: organisation.code, date: try StoredValue.date(try row.text("date"), row: label),
                number: Int(try row.int("number")), summary: try row.text("summary"),
                kind: try StoredValue.voucherKind(try row.text("kind"), row: label), postings: lines,
                reverses: try row.optionalInt("reverses_id"), reversedBy: try row.optionalInt("reversed_by"),
                preparedBy: try approval?.preparedBy ?? row.text("prepared_by"),
                source: try row.text("source"), externalReference: try row.text("external_ref"),
                attachments: Int(try row.int("attachments")), approval: approval, postedBy: try row.text("prepared_by"),
                fund: try row.text("fund"))
        }
    }
}

enum PostgresEventLog {
    static func record(_ session: PostgresSession, at timestamp: String, organisation: Int64?, user: String, action: String,
                       detail: String) throws {
        try session.query("INSERT INTO event(org_id, at, \"user\", action, detail) VALUES ($1, $2, $3, $4, $5)",
                          [.optional(organisation), .text(timestamp), .text(user), .text(action), .text(detail)])
    }
}
