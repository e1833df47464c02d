import InputFiles
import LedgerCore

/// Reads and writes the organisation register and officers' tenures, one transaction per call:
/// the rules (`OrganisationRules`) over whatever store keeps them.
public struct OrganisationRegister: Sendable {
    public let store: any OrganisationStore
    public let user: String

    public init(store: any OrganisationStore, user: String) {
        self.store = store
        self.user = user
    }

    /// Registers an organisation whose books this file does not keep (a federation's unit, say).
    /// - Parameter kind: a code or Chinese name of `OrganisationKind`; stored as its code.
    /// - Throws: `LedgerError.organisationCodeMustBeUnique`, `.organisationMustExist` for an unknown parent,
    ///   `UnionFundsError.organisationKindMustBeKnown`.
    public func add(code: String, name: String, kind: String, parent: String?, bankName: String = "",
                    bankAccount: String = "", channel: CollectionChannel = .direct, firstPeriod: YearMonth) throws {
        let kind = try OrganisationKind.resolve(kind)
        try store.withOrganisationTransaction(user: user) { transaction in
            if try transaction.organisation(code: code) != nil {
                throw LedgerError.organisationCodeMustBeUnique(code: code)
            }
            if let parent, try transaction.organisation(code: parent) == nil {
                throw LedgerError.organisationMustExist(code: parent)
            }
            try transaction.insertOrganisation(
                RegisteredOrganisation(code: code, name: name, kind: kind, parent: parent, bankName: bankName,
                                       bankAccount: bankAccount, channel: channel, keepsBooks: false),
                firstPeriod: firstPeriod)
        }
    }

    /// Changes an organisation's parent, bank account or channel; nil leaves a field as it is.
    /// - Throws: `LedgerError.organisationMustExist`; `UnionFundsError.parentMustNotLoop` when the
    ///   new parent sits below the organisation.
    public func update(code: String, parent: String?, bankName: String?, bankAccount: String?, channel: CollectionChannel?) throws {
        try store.withOrganisationTransaction(user: user) { transaction in
            guard try transaction.organisation(code: code) != nil else { throw LedgerError.organisationMustExist(code: code) }
            if let parent {
                guard try transaction.organisation(code: parent) != nil else { throw LedgerError.organisationMustExist(code: parent) }
                try OrganisationRules.checkParent(parent, of: code) { try transaction.organisation(code: $0)?.parent }
            }
            try transaction.updateOrganisation(code: code, parent: parent, bankName: bankName, bankAccount: bankAccount,
                                               channel: channel)
        }
    }

    /// Every registered organisation, by code.
    public func list() throws -> [RegisteredOrganisation] {
        try store.organisations()
    }

    /// Records a term of office.
    /// - Throws: `.tenuresMustNotOverlap` for a second holder of a single-holder office,
    ///   `.accountantMustNotBeCashier` (不相容岗位), `.tenureMustEndAfterStart`.
    @discardableResult
    public func addTenure(organisation code: String, role: OfficerRole, person: String, start: LocalDate,
                          end: LocalDate?) throws -> Int64 {
        try OrganisationRules.checkTermDates(start: start, end: end)
        return try store.withOrganisationTransaction(user: user) { transaction in
            let existing = try transaction.tenures(organisation: code)
            try OrganisationRules.checkNewTerm(role: role, person: person, start: start, end: end, against: existing)
            return try transaction.insertTenure(organisation: code, role: role, person: person, start: start, end: end)
        }
    }

    /// Ends an open term (the chair leaves office: the departure audit covers start…end).
    /// - Throws: `UnionFundsError.tenureMustExist`, `.tenureMustEndAfterStart`.
    public func endTenure(id: Int64, on end: LocalDate, reason: String) throws {
        try store.withOrganisationTransaction(user: user) { transaction in
            guard let tenure = try transaction.tenure(id: id) else { throw UnionFundsError.tenureMustExist(id: id) }
            try OrganisationRules.checkEnd(end, of: tenure)
            try transaction.endTenure(id: id, on: end, reason: reason)
        }
    }

    /// The organisation's terms of office, by start date.
    public func tenures(organisation code: String) throws -> [Tenure] {
        try store.tenures(organisation: code)
    }
}
