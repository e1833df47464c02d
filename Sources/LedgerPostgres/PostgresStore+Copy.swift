import LedgerStore

extension PostgresStore: BookCopySource {
    /// Every ledger table, in pages (by key order), from one REPEATABLE READ transaction.
    public func readBook(_ body: (BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> [String] {
        try read {
            for table in BookCopy.tables {
                // Every column read back as text (NULL stays NULL), so one reader serves every table.
                // Aliased apart from the columns: ORDER BY and the keyset compare the typed columns, not their text.
                let selected = table.columns.map { column in "t.\(column == "user" ? "\"user\"" : column)::text AS copy_\(column)" }
                let integerColumns = Self.integerColumns(table)
                // Keyset pages: each page starts after the last key of the one before (one snapshot).
                let keyList = table.key.map { "t.\($0)" }.joined(separator: ", ")
                let keyBinds = table.key.enumerated().map { index, column in
                    "$\(index + 1)::" + (integerColumns.contains(column) ? "bigint" : "text")
                }.joined(separator: ", ")
                var after: [PostgresValue]?
                while true {
                    let condition = after == nil ? "" : "WHERE (\(keyList)) > (\(keyBinds))"
                    let rows = try session.query("""
                        SELECT \(selected.joined(separator: ", ")) FROM \(table.name) t \(condition) ORDER BY \(keyList)
                        LIMIT \(BookCopy.pageSize)
                        """, after ?? [])
                    guard let last = rows.last else { break }
                    let page = try rows.map { row -> [BookCopy.Cell] in
                        try table.columns.map { column -> BookCopy.Cell in
                            guard let text = try row.optionalText("copy_\(column)") else { return .null }
                            if integerColumns.contains(column) {
                                guard let number = Int64(text) else { throw StoreError.storage(message: "\(table.name).\(column): '\(text)' is not a number") }
                                return .integer(number)
                            }
                            return .text(text)
                        }
                    }
                    try body(table, page)
                    after = try table.key.map { column in .text(try last.text("copy_\(column)")) }
                }
            }
            return []
        }
    }

    /// The columns of `table` that hold whole numbers (every BIGINT column of the schema).
    static func integerColumns(_ table: BookCopy.Table) -> Set<String> {
        let text: Set<String> = ["code", "name", "name_en", "kind", "created_at", "created_by", "role", "closed_at", "closed_by",
                                 "file_name", "file_sha256", "imported_at", "imported_by", "content_sha256", "date", "summary",
                                 "prepared_by", "posted_at", "source", "external_ref", "hash", "fund", "reviewed_by", "reviewed_at",
                                 "signoff_by", "signoff_date", "decision_ref", "decision_date", "side", "memo", "budget_line",
                                 "counterparty", "at", "user", "action", "detail", "prepared_at", "account_code"]
        return Set(table.columns.filter { !text.contains($0) })
    }

    /// Writes a copied book into this (empty) database in one transaction, then verifies it there
    /// before committing: a copy that would not verify, or whose journal head differs from
    /// `expectedHead`, leaves nothing behind.
    /// - Returns: the findings of the verification (empty when the copy committed).
    public func writeBook(expectedHead: (vouchers: Int64, hash: String),
                          _ pages: ((BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> Void) throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        do {
        try write {
            try session.query("DELETE FROM journal_head")
            var sawHead = false
            try pages { table, rows in
                let columns = table.columns
                let values: [[PostgresValue]] = rows.map { row -> [PostgresValue] in
                    row.map { cell -> PostgresValue in
                        switch cell {
                        case .null: .null
                        case .integer(let number): .integer(number)
                        case .text(let text): .text(text)
                        }
                    }
                }
                if table.name == "journal_head" { sawHead = true }
                try PostgresRows.write(session, table: table.name, columns: columns, rows: values)
            }
            if !sawHead {
                try session.query("INSERT INTO journal_head(id, voucher_count, hash) VALUES (1, 0, $1)",
                                  [.text(JournalChain.hex(JournalChain.genesis))])
            }
            // Identity columns continue after the copied ids.
            for table in ["organisation", "account", "import_log", "import_content", "event", "voucher_draft"] {
                try session.query("""
                    SELECT setval(pg_get_serial_sequence('\(table)', 'id'), COALESCE((SELECT MAX(id) FROM \(table)), 0) + 1, false)
                    """)
            }
            findings = try PostgresVerifier(session: session).run()
            let head = try journalHead()
            if head != expectedHead {
                findings.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                              detail: "copied \(head.vouchers)/\(head.hash.prefix(12)), source \(expectedHead.vouchers)/\(expectedHead.hash.prefix(12))"))
            }
            if !findings.isEmpty { throw CopyRefused() }
        }
        } catch is CopyRefused {
            return findings
        }
        return []
    }
}

/// The copy did not verify: its transaction rolls back.
private struct CopyRefused: Error {}
