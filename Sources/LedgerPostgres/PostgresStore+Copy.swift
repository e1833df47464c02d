import LedgerStore

extension PostgresStore: BookCopySource {
    /// Every one of `tables`, in pages (by key order), from one REPEATABLE READ transaction.
    public func readBook(tables: [BookCopy.Table], _ body: (BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> [String] {
        try read {
            let types = try columnTypes()
            for table in tables {
                // Every column read back as text (NULL stays NULL), so one reader serves every table.
                // Aliased apart from the columns: ORDER BY and the keyset compare the typed columns, not their text.
                let selected = table.columns.map { column in "t.\(column == "user" ? "\"user\"" : column)::text AS copy_\(column)" }
                let integerColumns = Set(table.columns.filter { ["bigint", "integer", "smallint"].contains(types[table.name]?[$0]) })
                let byteColumns = Set(table.columns.filter { types[table.name]?[$0] == "bytea" })
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
                            if byteColumns.contains(column) {
                                // bytea as text is `\x` and hex digits.
                                guard text.hasPrefix("\\x") else { throw StoreError.storage(message: "\(table.name).\(column): not bytea hex") }
                                return .bytes(try HexBytes.decode(String(text.dropFirst(2)), row: "\(table.name).\(column)"))
                            }
                            return .text(text)
                        }
                    }
                    try body(table, page)
                    after = try table.key.map { column in .text(try last.text("copy_\(column)")) }
                }
            }
            // Tables beyond those asked for that hold rows (the change journal stays: the target keeps its own).
            let covered = Set(tables.map(\.name)).union(["schema_migrations", "change", "change_commit", "change_table"])
            return try types.keys.sorted().filter { !covered.contains($0) }
                .filter { try !session.query("SELECT 1 AS one FROM \($0) LIMIT 1").isEmpty }
        }
    }

    /// Every column's type in the book's tables, by table and column (`information_schema`).
    private func columnTypes() throws -> [String: [String: String]] {
        var types: [String: [String: String]] = [:]
        for row in try session.query("""
            SELECT c.table_name::text AS t, c.column_name::text AS c, c.data_type::text AS d
            FROM information_schema.columns c JOIN information_schema.tables s
              ON s.table_schema = c.table_schema AND s.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND s.table_type = 'BASE TABLE'
            """) {
            types[try row.text("t"), default: [:]][try row.text("c")] = try row.text("d")
        }
        return types
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
            // References are checked at commit: an organisation may name a parent registered after it.
            try session.query("SET CONSTRAINTS ALL DEFERRED")
            var sawHead = false
            var copied: Set<String> = []
            try pages { table, rows in
                let columns = table.columns
                let values: [[PostgresValue]] = rows.map { row -> [PostgresValue] in
                    row.map { cell -> PostgresValue in
                        switch cell {
                        case .null: .null
                        case .integer(let number): .integer(number)
                        case .text(let text): .text(text)
                        case .bytes(let bytes): .bytes(bytes)
                        }
                    }
                }
                if table.name == "journal_head" { sawHead = true }
                if columns.contains("id") { copied.insert(table.name) }
                try PostgresRows.write(session, table: table.name, columns: columns, rows: values)
            }
            if !sawHead {
                try session.query("INSERT INTO journal_head(id, voucher_count, hash) VALUES (1, 0, $1)",
                                  [.text(JournalChain.hex(JournalChain.genesis))])
            }
            // Identity columns continue after the copied ids (every copied table with an `id` sequence).
            for table in copied.sorted()
            where try session.one("SELECT pg_get_serial_sequence('\(table)', 'id') IS NOT NULL AS has").bool("has") {
                try session.query("""
                    SELECT setval(pg_get_serial_sequence('\(table)', 'id'), COALESCE((SELECT MAX(id) FROM \(table)), 0) + 1, false)
                    """)
            }
            // The copy's rows linked into the change journal before verify reads it.
            try PostgresChangeJournal.commit(session, at: clock.now())
            findings = try PostgresVerifier(session: session).run()
            let head = try journalHead()
            if head != expectedHead {
                findings.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                              detail: VerifyDetail("副本 \(head.vouchers)/\(head.hash.prefix(12))，原账簿 \(expectedHead.vouchers)/\(expectedHead.hash.prefix(12))",
                                                                   "copied \(head.vouchers)/\(head.hash.prefix(12)), source \(expectedHead.vouchers)/\(expectedHead.hash.prefix(12))")))
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
