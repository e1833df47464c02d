import UnionMembers

extension UnionSQLiteStores {
    /// The member register, its ID key and the employee counts.
    public var members: any MemberStore { SQLiteMemberStore(database: database) }

    /// Dues assessed and paid.
    public var dues: any DuesStore { SQLiteDuesStore(database: database) }
}
