/// A whole book as `gonghui copy` moves it between stores: the ledger's tables, row by row, in an
/// order in which each table's references come first. Hashes travel as lower-case hex.
public enum BookCopy {
    /// One stored value.
    public enum Cell: Sendable, Hashable {
        case integer(Int64)
        case text(String)
        /// A BLOB / BYTEA value that is not a hash (a stored policy document, a key), byte for byte.
        case bytes([UInt8])
        case null
    }

    /// A table and the columns both stores keep for it, in the order they are written.
    public struct Table: Sendable, Hashable {
        public var name: String
        public var columns: [String]
        /// Columns holding a sha256 (a BLOB in SQLite, hex text in PostgreSQL).
        public var hashColumns: Set<String>
        /// The table's key, in the order rows are read (parents before children: ids ascend).
        public var key: [String]

        public init(name: String, columns: [String], hashColumns: Set<String> = [], key: [String]? = nil) {
            self.name = name
            self.columns = columns
            self.hashColumns = hashColumns
            self.key = key ?? [columns[0]]
        }

        /// The same table with more columns (the union layer's columns on a ledger table).
        public func adding(columns more: [String]) -> Table {
            Table(name: name, columns: columns + more.filter { !columns.contains($0) }, hashColumns: hashColumns, key: key)
        }
    }

    public static let tables: [Table] = [
        Table(name: "organisation", columns: ["id", "code", "name", "kind", "first_period", "created_at", "created_by"], hashColumns: []),
        Table(name: "account", columns: ["id", "org_id", "code", "name", "name_en", "kind", "parent_id", "is_leaf", "is_open",
                                         "created_by", "role"], hashColumns: []),
        Table(name: "period", columns: ["org_id", "ordinal", "last_number", "closed_at", "closed_by"], hashColumns: [],
              key: ["org_id", "ordinal"]),
        Table(name: "import_log", columns: ["id", "org_id", "kind", "file_name", "file_sha256", "row_count", "voucher_count",
                                            "imported_at", "imported_by"], hashColumns: []),
        Table(name: "import_content", columns: ["id", "org_id", "kind", "content_sha256", "file_name", "row_count", "imported_at",
                                                "imported_by"], hashColumns: []),
        Table(name: "voucher", columns: ["id", "org_id", "date", "ordinal", "number", "summary", "kind", "reverses_id", "total_fen",
                                         "prepared_by", "posted_at", "source", "external_ref", "import_id", "hash", "attachments",
                                         "fund", "chain_version"], hashColumns: ["hash"]),
        Table(name: "voucher_approval", columns: ["voucher_id", "prepared_by", "reviewed_by", "reviewed_at", "single_operator",
                                                  "signoff_by", "signoff_date", "decision_ref", "decision_date", "org_id"],
              hashColumns: []),
        Table(name: "posting", columns: ["org_id", "voucher_id", "line", "account_id", "side", "amount_fen", "memo", "budget_line",
                                         "counterparty"], hashColumns: [], key: ["voucher_id", "line"]),
        Table(name: "balance", columns: ["org_id", "account_id", "fund", "ordinal", "closing", "debit_fen", "credit_fen"], hashColumns: [],
              key: ["org_id", "account_id", "fund", "ordinal", "closing"]),
        Table(name: "journal_head", columns: ["id", "voucher_count", "hash"], hashColumns: ["hash"]),
        Table(name: "event", columns: ["id", "org_id", "at", "user", "action", "detail"], hashColumns: []),
        Table(name: "voucher_draft", columns: ["id", "org_id", "date", "ordinal", "summary", "attachments", "fund", "prepared_by",
                                               "prepared_at", "reviewed_by", "reviewed_at", "single_operator", "signoff_by",
                                               "signoff_date", "decision_ref", "decision_date", "posted_voucher_id"], hashColumns: []),
        Table(name: "voucher_draft_line", columns: ["draft_id", "line", "account_code", "side", "amount_fen", "memo", "budget_line",
                                                    "counterparty", "org_id"], hashColumns: [], key: ["draft_id", "line"]),
    ]

    /// Rows are handed over in pages of this many.
    public static let pageSize = 2_000

    /// The ledger's tables with an upper layer's: `extraColumns` added to ledger tables by name,
    /// `extraTables` after them (each listed after the tables it refers to).
    public static func tables(extraColumns: [String: [String]], extraTables: [Table]) -> [Table] {
        tables.map { table in extraColumns[table.name].map { table.adding(columns: $0) } ?? table } + extraTables
    }
}

/// A store a book can be copied out of, table by table, page by page, from one consistent read.
public protocol BookCopySource {
    /// Calls `body` with pages of each of `tables`' rows (in that order, columns as listed).
    /// Returns the tables of this store holding rows that `tables` does not cover.
    func readBook(tables: [BookCopy.Table], _ body: (BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> [String]
}

extension BookCopySource {
    /// The ledger's tables only.
    public func readBook(_ body: (BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> [String] {
        try readBook(tables: BookCopy.tables, body)
    }
}
