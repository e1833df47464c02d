import LedgerStore

/// The union registers as `gonghui copy` moves them, after the ledger's tables (`BookCopy`): the
/// organisation register's columns on `organisation`, then each register table after the tables
/// it refers to. Column names are the same in the SQLite file and in PostgreSQL (the PostgreSQL
/// steps create each table in the SQLite file's final shape), so one list serves both directions.
/// Not copied: the SQLite file's change journal (`change*`), which the target keeps for itself.
public enum UnionBookCopy {
    /// The ledger's tables and the registers', in the order `copy` writes them.
    public static let tables = BookCopy.tables(extraColumns: ["organisation": ["parent_id", "bank_name", "bank_account", "channel"]],
                                               extraTables: registers)

    static let registers: [BookCopy.Table] = [
        .init(name: "tenure", columns: ["id", "org_id", "role", "person", "start_date", "end_date", "end_reason", "recorded_by"]),
        .init(name: "policy", columns: ["id", "name", "source", "document", "sha256", "set_at", "set_by"]),
        .init(name: "member_id_key", columns: ["id", "source", "secret", "fingerprint", "created_at", "created_by"]),
        .init(name: "member", columns: ["id", "member_no", "name", "id_hash", "id_masked", "id_legacy", "unit_id", "department",
                                        "join_date", "employment_type", "created_at", "created_by"]),
        .init(name: "member_state", columns: ["member_id", "from_ordinal", "status", "wage_fen", "recorded_at", "recorded_by"],
              key: ["member_id", "from_ordinal"]),
        .init(name: "member_change", columns: ["id", "member_id", "field", "old_value", "new_value", "effective", "source", "at", "by"]),
        .init(name: "unit_headcount", columns: ["org_id", "from_ordinal", "source", "employees", "recorded_at", "recorded_by"],
              key: ["org_id", "from_ordinal", "source"]),
        .init(name: "dues_assessment", columns: ["member_id", "ordinal", "org_id", "base_fen", "amount_fen", "exempt", "assessed_at",
                                                 "assessed_by"], key: ["member_id", "ordinal"]),
        .init(name: "dues_payment", columns: ["id", "member_id", "ordinal", "amount_fen", "paid_on", "method", "voucher_id", "org_id"]),
        .init(name: "register_import", columns: ["id", "kind", "file_name", "file_sha256", "row_count", "imported_at", "imported_by"]),
        .init(name: "payroll_declaration", columns: ["id", "unit_id", "month", "revision", "headcount", "wage_total_fen", "channel",
                                                     "import_id", "line"]),
        .init(name: "allocation_run", columns: ["id", "month", "run_at", "run_by"]),
        .init(name: "allocation", columns: ["declaration_id", "unit_id", "month", "channel", "due_date", "collector_id", "due_fen",
                                            "retained_fen", "upward_fen", "collector_fen", "above_fen", "receivable_fen", "run_id"]),
        .init(name: "remittance", columns: ["id", "unit_id", "date", "amount_fen", "month", "payer", "ref", "returned_fen", "source",
                                            "import_id", "recorded_at", "recorded_by"]),
        .init(name: "arrears_status", columns: ["id", "unit_id", "status", "date", "set_at", "set_by"]),
        .init(name: "preparatory_refund", columns: ["id", "unit_id", "date", "amount_fen", "receipt_id", "recorded_at", "recorded_by"]),
        .init(name: "budget_version", columns: ["id", "org_id", "year", "number", "reason", "carried_forward_fen", "status", "source",
                                                "created_at", "created_by"]),
        .init(name: "budget_line", columns: ["version_id", "line", "account", "category", "project", "amount_fen", "note", "org_id"],
              key: ["version_id", "line"]),
        .init(name: "final_accounts", columns: ["id", "org_id", "year", "revision", "budget_number", "revenue_fen", "spending_fen",
                                                "closing_fen", "status", "prepared_at", "prepared_by"]),
        .init(name: "final_accounts_line", columns: ["final_id", "line", "account", "category", "project", "budget_fen", "actual_fen",
                                                     "org_id"], key: ["final_id", "line"]),
        .init(name: "budget_approval", columns: ["id", "org_id", "year", "subject", "number", "step", "decided_on", "signer", "meeting",
                                                 "opinion", "mode", "recorded_at", "recorded_by"]),
        .init(name: "audit_run", columns: ["id", "org_id", "kind", "from_ordinal", "to_ordinal", "tenure_id", "run_at", "run_by"]),
        .init(name: "audit_finding", columns: ["id", "org_id", "fingerprint", "check_id", "severity", "amount_fen", "vouchers",
                                               "organisations", "from_ordinal", "to_ordinal", "explanation_zh", "explanation_en",
                                               "responsibility", "status", "first_run_id", "last_run_id"]),
        .init(name: "audit_finding_event", columns: ["id", "finding_id", "status", "note", "at", "by", "org_id"]),
        .init(name: "audit_comment", columns: ["id", "tenure_id", "received", "comment", "recorded_at", "recorded_by", "org_id"]),
    ]
}
