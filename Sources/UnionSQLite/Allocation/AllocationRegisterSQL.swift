/// The allocation registers' bulk reads, named so the tests can hold each to its query plan: every
/// one is read off an index in the order it is wanted, with nothing sorted first (0019, 0021).
package enum AllocationRegisterSQL {
    /// A month's declarations for `allocate`, by unit and revision, with whether each is allocated.
    package static let monthDeclarations = """
        SELECT d.id, d.unit_id, d.revision, d.wage_total_fen, d.channel, a.declaration_id IS NOT NULL, o.code, o.parent_id
        FROM payroll_declaration d LEFT JOIN allocation a ON a.declaration_id = d.id JOIN organisation o ON o.id = d.unit_id
        WHERE d.month = ? ORDER BY d.unit_id, d.revision
        """

    /// `monthDeclarations` for a month with nothing allocated yet (`monthHasAllocations`): none is
    /// allocated, so the allocation register is not probed for each (a month's first `allocate`).
    package static let monthDeclarationsNoneAllocated = """
        SELECT d.id, d.unit_id, d.revision, d.wage_total_fen, d.channel, 0, o.code, o.parent_id
        FROM payroll_declaration d JOIN organisation o ON o.id = d.unit_id
        WHERE d.month = ? ORDER BY d.unit_id, d.revision
        """

    /// Whether any allocation of the month is on the register: one seek on the month-first index.
    package static let monthHasAllocations = "SELECT EXISTS (SELECT 1 FROM allocation WHERE month = ?)"

    /// The month's declared units less its allocated ones: the units `allocate` would allocate for
    /// the first time. Two scans of month-first indexes (2 ms at 50,000 units); the exact count of
    /// latest revisions not allocated, a probe or two per declaration, took 19 ms.
    package static let monthUnitsNotAllocated = """
        SELECT (SELECT COUNT(DISTINCT unit_id) FROM payroll_declaration WHERE month = ?1)
             - (SELECT COUNT(DISTINCT unit_id) FROM allocation WHERE month = ?1)
        """

    /// The organisations with units below them, one seek each on `organisation_by_parent` (0025)
    /// instead of a read of every unit: a federation has a few dozen parents over tens of
    /// thousands of units.
    package static let parents = """
        WITH RECURSIVE parents(id) AS (
            SELECT (SELECT MIN(parent_id) FROM organisation)
            UNION ALL SELECT (SELECT MIN(parent_id) FROM organisation WHERE parent_id > parents.id) FROM parents WHERE parents.id IS NOT NULL)
        SELECT id FROM parents WHERE id IS NOT NULL
        """

    /// The months on the allocation register, in order: one seek on the month-first index each
    /// (0023), not a scan of it.
    package static let registerMonths = """
        WITH RECURSIVE months(month) AS (
            SELECT (SELECT MIN(month) FROM allocation)
            UNION ALL SELECT (SELECT MIN(month) FROM allocation WHERE month > months.month) FROM months WHERE months.month IS NOT NULL)
        SELECT month FROM months WHERE month IS NOT NULL
        """

    /// One month's allocations due by the as-of date, in unit order, for `arrears`
    /// (`AllocationMonthRuns` merges the months into unit order).
    package static let monthDue = """
        SELECT unit_id, due_date, receivable_fen FROM allocation WHERE month = ? AND due_date <= ? ORDER BY unit_id
        """

    /// One unit's allocations of one month due by the as-of date, for a unit's arrears.
    package static let unitMonthDue = """
        SELECT unit_id, due_date, receivable_fen FROM allocation WHERE month = ? AND unit_id = ? AND due_date <= ?
        """

    /// One unit's allocation rows of one month, for its position (each receipt `remit record`
    /// books; `UnitPositionReader` seeks the unit in each month on the register).
    package static let unitMonthAllocations = """
        SELECT channel, due_date, receivable_fen, retained_fen FROM allocation WHERE month = ? AND unit_id = ?
        """

    /// One month's allocation rows of every unit, in unit order, for positions read in one pass
    /// (`AllocationMonthsByUnit`).
    package static let monthPositions = """
        SELECT unit_id, channel, due_date, receivable_fen, retained_fen FROM allocation WHERE month = ? ORDER BY unit_id, channel
        """
}
