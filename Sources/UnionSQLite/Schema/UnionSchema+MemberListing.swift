/// `member list` in register order without sorting the register first: members indexed by unit
/// and number, so a listing walks the units in code order and each unit's members by number
/// straight off the index, and its first row goes out before the rest are read (issue 16). The
/// new index also serves every lookup `member_by_unit` served (its first column), so that one goes.
extension UnionSchema {
    static let migration0018 = """
    CREATE INDEX member_by_unit_number ON member(unit_id, member_no);
    DROP INDEX member_by_unit;
    """
}
