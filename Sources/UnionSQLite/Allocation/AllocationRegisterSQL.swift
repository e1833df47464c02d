/// The allocation registers' bulk reads, named so the tests can hold each to its query plan: every
/// one is read off an index in the order it is wanted, with nothing sorted first (0019, 0021).
package enum AllocationRegisterSQL {
    /// A month's declarations for `allocate`, by unit and revision, with whether each is allocated.
    package static let monthDeclarations = """
        SELECT d.id, d.unit_id, d.revision, d.wage_total_fen, d.channel, a.declaration_id IS NOT NULL, o.code, o.parent_id
        FROM payroll_declaration d LEFT JOIN allocation a ON a.declaration_id = d.id JOIN organisation o ON o.id = d.unit_id
        WHERE d.month = ? ORDER BY d.unit_id, d.revision
        """

    /// Every allocation due by the as-of date, in (unit, month) order, for `arrears`.
    package static let arrearsDue = """
        SELECT unit_id, month, due_date, receivable_fen FROM allocation
        WHERE due_date <= ? AND (? IS NULL OR unit_id = ?)
        ORDER BY unit_id, month
        """

    /// One unit's allocation months by channel, for its position (each receipt `remit import` books).
    package static let unitPosition = """
        SELECT month, channel, MIN(due_date), SUM(receivable_fen), SUM(retained_fen)
        FROM allocation WHERE unit_id = ? GROUP BY month, channel ORDER BY month, channel
        """
}
