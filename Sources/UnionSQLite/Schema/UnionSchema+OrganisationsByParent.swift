/// The organisation register indexed by parent (issue 16). Every command on a federation's file
/// that reads its structure (the organisations keeping books or with units below: `allocate`,
/// `arrears`, notices) found the parents by reading every row of the register: 11 ms at 50,000
/// units, 22 ms at 200,000, twice in `arrears`. On this index the distinct parents are found by
/// a seek each (`AllocationRegisterSQL.parents`), however many units hang below them. It also
/// serves the foreign key `parent_id → organisation(id)`, which SQLite otherwise checks by a scan
/// when an organisation's row goes.
extension UnionSchema {
    static let migration0025 = """
    CREATE INDEX organisation_by_parent ON organisation(parent_id);
    """
}
