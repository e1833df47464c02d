import LedgerCore

/// Where the organisation register and officers' terms are kept: the reads and writes
/// `OrganisationRegister` needs, and nothing else. Implemented by `SQLiteOrganisationStore`
/// (UnionSQLite).
///
/// ```
/// OrganisationRegister (rules: unique code, no loops, one chair at a time, 不相容岗位)
///   └─ OrganisationStore ── reads ──────────── organisations(), tenures(organisation:)
///        └─ withOrganisationTransaction ── OrganisationTransaction: look up, insert, update
/// ```
public protocol OrganisationStore: Sendable {
    /// Every registered organisation, by code.
    func organisations() throws -> [RegisteredOrganisation]
    /// Whether an organisation is registered under exactly this code (one look-up: a federation
    /// registers tens of thousands of units, and most names typed are codes as registered).
    func isRegistered(code: String) throws -> Bool
    /// The organisation's terms of office, by start date and id.
    /// - Throws: `LedgerError.organisationMustExist`.
    func tenures(organisation code: String) throws -> [Tenure]
    /// Runs `body` in one write transaction; `user` is recorded on every row it writes.
    func withOrganisationTransaction<T>(user: String, _ body: (any OrganisationTransaction) throws -> T) throws -> T
}

/// The register's writes, inside one transaction: what the rules read to decide, and the rows
/// they then write. The store stamps each row with its clock and the transaction's user.
public protocol OrganisationTransaction {
    /// The organisation with this code, or nil when none is registered.
    func organisation(code: String) throws -> RegisteredOrganisation?
    /// Registers an organisation (its parent, when given, is registered already).
    func insertOrganisation(_ organisation: RegisteredOrganisation, firstPeriod: YearMonth) throws
    /// Changes what is given; nil leaves a field as it is.
    func updateOrganisation(code: String, parent: String?, bankName: String?, bankAccount: String?,
                            channel: CollectionChannel?) throws
    /// The organisation's terms of office, by start date and id.
    /// - Throws: `LedgerError.organisationMustExist`.
    func tenures(organisation code: String) throws -> [Tenure]
    /// One term, or nil when there is no term with this id.
    func tenure(id: Int64) throws -> Tenure?
    /// Records a term and returns its id.
    func insertTenure(organisation code: String, role: OfficerRole, person: String, start: LocalDate, end: LocalDate?) throws -> Int64
    /// Closes a term.
    func endTenure(id: Int64, on end: LocalDate, reason: String) throws
}
