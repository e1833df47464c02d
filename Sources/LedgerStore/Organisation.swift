import LedgerCore

/// An organisation whose books the file holds: a grassroots union or a federation.
public struct Organisation: Hashable, Sendable {
    public var id: Int64
    public var code: String
    public var name: String
    /// Free text for now (enterprise, county federation, …); the union module gives it meaning.
    public var kind: String
    /// The first month of these books; earlier months are not open for posting.
    public var firstPeriod: YearMonth

    public init(id: Int64, code: String, name: String, kind: String, firstPeriod: YearMonth) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.firstPeriod = firstPeriod
    }

}

/// What `init` needs to register an organisation.
public struct NewOrganisation: Sendable {
    public var code: String
    public var name: String
    public var kind: String
    public var firstPeriod: YearMonth

    public init(code: String, name: String, kind: String, firstPeriod: YearMonth) {
        self.code = code
        self.name = name
        self.kind = kind
        self.firstPeriod = firstPeriod
    }
}
