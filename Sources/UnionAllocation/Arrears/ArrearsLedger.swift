import LedgerCore
import UnionCore

/// Arrears of units to their federation (欠缴经费), late fees, enforcement status and notices.
public struct ArrearsLedger: Sendable {
    public let store: any AllocationStore
    public let user: String
    public let policy: AllocationPolicy

    public init(store: any AllocationStore, user: String, policy: AllocationPolicy) {
        self.store = store
        self.user = user
        self.policy = policy
    }

    /// Computes arrears as of `asOf` from the allocation and receipt registers (`ArrearsStatement`),
    /// ranked by outstanding (largest first), then code.
    /// - Parameters:
    ///   - unit: one unit's code only.
    ///   - under: only units anywhere below this organisation (a street or town federation, say).
    ///   - withMonths: fill each unit's month-by-month detail (for notices).
    /// - Throws: `.unitMustBeRegistered` for an unknown `unit` or `under`.
    /// - Complexity: the walk of `forEachUnitArrears`, then a sort: memory O(units' results), each
    ///   unit's months let go once its arrears are made, and no copy of the register.
    public func arrears(asOf: LocalDate, unit: String? = nil, under: String? = nil, withMonths: Bool = false) throws -> ArrearsSummary {
        var units: [UnitArrears] = []
        var summary = try forEachUnitArrears(asOf: asOf, unit: unit, under: under, withMonths: withMonths) { units.append($0) }
        units.sort { ArrearsSummary.ranks(($0.outstanding, $0.code), before: ($1.outstanding, $1.code)) }
        summary.units = units
        return summary
    }

    /// The units' arrears in register order (the order they were registered, `org import`'s file
    /// order), each handed to `body` as soon as it is made: the listing streams, holding one unit's
    /// registers and the totals. The same units and amounts as `arrears`, in another order.
    /// - Parameters:
    ///   - unit: one unit's code only.
    ///   - under: only units anywhere below this organisation.
    ///   - withMonths: fill each unit's month-by-month detail.
    /// - Returns: the totals and aging, with `units` empty.
    /// - Throws: `.unitMustBeRegistered` for an unknown `unit` or `under`, before any unit is handed over.
    /// - Complexity: one read of the registers and of the register, side by side in row-id order;
    ///   memory O(one unit's months) beside the organisations keeping books or with units below
    ///   (and the whole register, once, when `unit` or `under` names an organisation with none below it).
    public func forEachUnitArrears(asOf: LocalDate, unit: String? = nil, under: String? = nil, withMonths: Bool = false,
                                   _ body: (UnitArrears) throws -> Void) throws -> ArrearsSummary {
        try store.read { reads in
            try walk(reads, asOf: asOf, unit: unit, under: under, withMonths: withMonths, including: nil, body)
        }
    }

    /// `forEachUnitArrears` on a read already open; with `including`, only the units whose code it
    /// accepts are worked out (and counted).
    private func walk(_ reads: any AllocationReads, asOf: LocalDate, unit: String?, under: String?, withMonths: Bool,
                      including: ((String) -> Bool)?, _ body: (UnitArrears) throws -> Void) throws -> ArrearsSummary {
        let structure = try reads.directory(structureOnly: true)
        let ancestor = try under.map { try Self.organisation($0, structure: structure, reads: reads).id }
        let only = try unit.map { try Self.organisation($0, structure: structure, reads: reads) }
        // One organisation asked for is known already; every unit's comes off the register alongside.
        let register = only == nil ? RegisterWalk(try reads.registerInRowOrder()) : nil
        var summary = ArrearsSummary.none(asOf: asOf)
        try reads.forEachUnitArrearsRegisters(asOf: asOf, unitID: only?.id) { registers in
            guard let unit = try only.flatMap({ $0.id == registers.unitID ? $0 : nil }) ?? register?.organisation(id: registers.unitID)
            else { return }
            if let ancestor, !structure.isBelow(parentID: unit.parentID, ancestor: ancestor) { return }
            if let including, !including(unit.code) { return }
            let arrears = try ArrearsStatement.unit(code: unit.code, name: unit.name, months: registers.months,
                                                    receipts: registers.receipts, status: registers.status, asOf: asOf,
                                                    lateFee: policy.lateFee, withMonths: withMonths)
            try summary.count(arrears)
            try body(arrears)
        }
        return summary
    }

    /// The units owing at least `least` as of `asOf`, for a batch of notices, in two passes over
    /// one read that hold no unit's months beside another's: first `codes` is given every such
    /// unit's code, ranked as `arrears` ranks them, and where each is to pay (to name and check
    /// the files before any is written); then `body` is given each of those units' arrears month
    /// by month, in register order, as it is worked out. The read stays open while `body` runs.
    /// Written in register order, a batch that fails part way (a full disk) leaves other notices
    /// written than a ranked order would have.
    /// - Returns: how many units `body` was given (as many as `codes` had).
    public func forEachNotice(asOf: LocalDate, least: Money, codes: ([String], NoticePayees) throws -> Void,
                              _ body: (UnitArrears) throws -> Void) throws -> Int {
        try store.read { reads in
            var owing: [(outstanding: Money, code: String)] = []
            _ = try walk(reads, asOf: asOf, unit: nil, under: nil, withMonths: false, including: nil) { unit in
                if unit.outstanding.isPositive && unit.outstanding >= least { owing.append((unit.outstanding, unit.code)) }
            }
            owing.sort(by: ArrearsSummary.ranks)
            guard !owing.isEmpty else {
                try codes([], NoticePayees(directory: UnitDirectory(units: [])))
                return 0
            }
            try codes(owing.map(\.code), NoticePayees(directory: try reads.directory(structureOnly: false)))
            let chosen = Set(owing.lazy.map(\.code))
            owing = []
            var given = 0
            _ = try walk(reads, asOf: asOf, unit: nil, under: nil, withMonths: true, including: chosen.contains) { unit in
                try body(unit)
                given += 1
            }
            return given
        }
    }

    /// Checks what `forEachUnitArrears` will be asked, before a streamed listing writes its first row.
    /// - Throws: `.unitMustBeRegistered` for an unknown `under`.
    public func checkArrears(under: String?) throws {
        guard let under else { return }
        _ = try store.read { reads in try Self.organisation(under, structure: try reads.directory(structureOnly: true), reads: reads) }
    }

    /// An organisation with units below is in the structure; any other is looked up in the whole register.
    private static func organisation(_ code: String, structure: UnitDirectory, reads: any AllocationReads) throws -> RegisteredName {
        guard let unit = try structure.unit(code: code) ?? reads.directory(structureOnly: false).unit(code: code) else {
            throw AllocationError.unitMustBeRegistered(code: code)
        }
        return RegisteredName(id: unit.id, code: unit.code, name: unit.name, parentID: unit.parentID)
    }

    /// One unit's arrears month by month, for a dunning notice (工会法 art. 44).
    /// - Throws: `.unitMustOweArrears` when nothing is outstanding: there is nothing to demand.
    public func notice(unit code: String, asOf: LocalDate) throws -> UnitArrears {
        let summary = try arrears(asOf: asOf, unit: code, withMonths: true)
        guard let arrears = summary.units.first, arrears.outstanding.isPositive else { throw AllocationError.unitMustOweArrears(code: code) }
        return arrears
    }

    /// Records an enforcement step for a unit (history kept; the latest counts).
    /// - Throws: `.unitMustBeRegistered`.
    public func setStatus(unit code: String, to status: EnforcementStatus, on date: LocalDate) throws {
        try store.write(user: user) { transaction in
            guard let id = try transaction.organisationID(code: code) else { throw AllocationError.unitMustBeRegistered(code: code) }
            try transaction.recordEnforcement(unitID: id, status: status, date: date)
        }
    }

    /// Where a notice tells the unit to pay: its collecting federation's name and bank account,
    /// or its registered parent's when no collector keeps books here.
    /// - Throws: `.unitMustBeRegistered`.
    public func payee(of code: String) throws -> PayeeAccount? {
        try payees().payee(of: code)
    }

    /// Where notices tell units to pay, from one read of the register: a batch of notices asks
    /// for every unit in arrears, and a read per notice took 50 ms at 50,000 units.
    public func payees() throws -> NoticePayees {
        NoticePayees(directory: try store.read { reads in try reads.directory(structureOnly: false) })
    }

    /// The name of the federation an arrears report is drawn up for (`UnitDirectory.reportingFederation`):
    /// `code` when given and registered, else the file's only federation keeping books; empty when none.
    public func federationName(code: String?) throws -> String {
        try store.read { reads in
            // The organisations keeping books (or with units below) are enough, unless `code`
            // names a plain unit: only the whole register knows it.
            let structure = try reads.directory(structureOnly: true)
            if let code, structure.unit(code: code) == nil {
                return try reads.directory(structureOnly: false).reportingFederation(code: code)?.name ?? ""
            }
            return structure.reportingFederation(code: code)?.name ?? ""
        }
    }

    /// The late-fee rule in force on `date`, as a sentence for notices; empty when the policy has none.
    public func lateFeeRule(on date: LocalDate, language: Language) -> String {
        (try? policy.lateFeeTerms(on: date))?.sentence(in: language) ?? ""
    }
}

/// Units' payees for notices, from one read of the register (`ArrearsLedger.payees()`).
public struct NoticePayees: Sendable {
    let directory: UnitDirectory

    /// Where `code`'s notice tells it to pay: its collecting federation's name and bank account,
    /// or its registered parent's when no collector keeps books here.
    /// - Throws: `.unitMustBeRegistered`.
    public func payee(of code: String) throws -> PayeeAccount? {
        guard let unit = directory.unit(code: code) else { throw AllocationError.unitMustBeRegistered(code: code) }
        return directory.payee(of: unit).map { PayeeAccount(name: $0.name, bankName: $0.bankName, bankAccount: $0.bankAccount) }
    }
}
