import UnionMembers

extension UnionPostgresStores {
    /// The member register, its ID key and the employee counts.
    public var members: any MemberStore { PostgresMemberStore(store: store) }

    /// Dues assessed and paid.
    public var dues: any DuesStore { PostgresDuesStore(store: store) }
}
