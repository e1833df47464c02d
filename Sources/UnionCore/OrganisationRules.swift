import LedgerCore

/// The register's rules as pure functions: given what is on record, may this change be made?
public enum OrganisationRules {
    /// How far up a chain is walked before it is taken for a loop (no federation is this deep).
    public static let chainDepthMax = 64

    /// Refuses a parent that sits below `code` (or is `code` itself): the chain would loop.
    ///
    /// Walks up from the new parent; meeting the organisation itself closes a loop.
    /// - Parameter parentOf: the parent on record of an organisation (nil at the top).
    /// - Throws: `UnionFundsError.parentMustNotLoop`; whatever `parentOf` throws.
    /// - Complexity: O(`chainDepthMax`) calls of `parentOf`.
    public static func checkParent(_ parent: String, of code: String, parentOf: (String) throws -> String?) throws {
        var cursor: String? = parent
        var steps = 0
        while let current = cursor, steps < chainDepthMax {
            guard current != code else { throw UnionFundsError.parentMustNotLoop(code: code, parent: parent) }
            cursor = try parentOf(current)
            steps += 1
        }
    }

    /// Refuses a term that ends before it starts.
    /// - Throws: `UnionFundsError.tenureMustEndAfterStart`.
    public static func checkTermDates(start: LocalDate, end: LocalDate?) throws(UnionFundsError) {
        if let end, end < start { throw .tenureMustEndAfterStart(start: start.description, end: end.description) }
    }

    /// Refuses a new term that clashes with the terms on record.
    ///
    /// Only vice-chairs may be several at once; accountant and cashier are incompatible duties
    /// (不相容岗位, 《会计基础工作规范》 art. 12): one person never holds both at the same time.
    /// - Throws: `UnionFundsError.tenuresMustNotOverlap`, `.accountantMustNotBeCashier`.
    /// - Complexity: O(existing).
    public static func checkNewTerm(role: OfficerRole, person: String, start: LocalDate, end: LocalDate?,
                                    against existing: [Tenure]) throws(UnionFundsError) {
        let overlapping = existing.filter { other in
            other.start <= (end ?? .farFuture) && start <= (other.end ?? .farFuture)
        }
        if role.isSingleHolder, let clash = overlapping.first(where: { $0.role == role }) {
            throw .tenuresMustNotOverlap(role: role.rawValue, person: clash.person, from: clash.start.description,
                                         to: clash.end?.description ?? "…")
        }
        let incompatible: Set<OfficerRole> = [.accountant, .cashier]
        if incompatible.contains(role),
           overlapping.contains(where: { $0.person == person && incompatible.contains($0.role) && $0.role != role }) {
            throw .accountantMustNotBeCashier(person: person)
        }
    }

    /// Refuses an end date before the term's start.
    /// - Throws: `UnionFundsError.tenureMustEndAfterStart`.
    public static func checkEnd(_ end: LocalDate, of tenure: Tenure) throws(UnionFundsError) {
        guard end >= tenure.start else {
            throw .tenureMustEndAfterStart(start: tenure.start.description, end: end.description)
        }
    }
}
