import InputFiles
import LedgerCore
import LedgerStore

/// The member register of a file (会员名册): members of the unions and units in the organisation
/// register, with their dated status and wage base. One transaction per call.
public struct MemberRegister: Sendable {
    public let store: any MemberStore
    public let user: String

    public init(store: any MemberStore, user: String) {
        self.store = store
        self.user = user
    }

    /// Members as they stood in `month`, by unit and number; those who joined later are left out.
    /// - Parameters:
    ///   - unit: only this unit's members.
    ///   - status: only members with this status in `month`.
    /// - Throws: `MembershipError.unitMustBeRegistered`.
    public func members(unit: String? = nil, status: MemberStatus? = nil, in month: YearMonth) throws -> [Member] {
        var members: [Member] = []
        try listing(unit: unit, status: status, in: month).forEach { members.append($0) }
        return members
    }

    /// The same members as a listing to read one at a time (`member list` writes a register of a
    /// million without holding it). The unit is checked here, before anything is read or printed.
    /// - Throws: `MembershipError.unitMustBeRegistered`.
    public func listing(unit: String? = nil, status: MemberStatus? = nil, in month: YearMonth) throws -> MemberListing {
        if let unit, try !store.registeredUnits().contains(unit) {
            throw MembershipError.unitMustBeRegistered(code: NationalID.maskingNumbers(in: unit))
        }
        return MemberListing(store: store, unit: unit, status: status, month: month)
    }

    /// One member in `month`, with the dated history of status and wage base and what imports changed.
    /// - Throws: `MembershipError.memberMustExist`.
    public func member(number: String, in month: YearMonth) throws -> (member: Member, states: [MemberStateChange], changes: [MemberChange]) {
        guard let history = try store.member(number: number) else {
            throw MembershipError.memberMustExist(memberNumber: NationalID.maskingNumbers(in: number))
        }
        return (try Self.member(history, in: month), history.states, history.changes)
    }

    /// The member as they stood in `month`: the state in force then, else their first (a month
    /// before they joined shows how they joined).
    /// - Throws: `StoreError.storage` when the store holds no state for the member (every import writes one).
    static func member(_ history: MemberHistory, in month: YearMonth) throws -> Member {
        guard let current = history.states.last(where: { $0.from <= month }) ?? history.states.first else {
            throw StoreError.storage(message: "member \(history.record.number) has no dated status and wage base")
        }
        return Member(history.record, state: current)
    }

    /// Records a unit's employee count (职工人数) from a month on, the denominator of 入会率.
    /// Payroll declarations, once imported, are preferred in the same month.
    /// - Throws: `LedgerError.organisationMustExist`, `MembershipError.employeeCountMustBeWhole`.
    public func setEmployees(unit: String, count: Int, from month: YearMonth) throws {
        guard count >= 0 else { throw MembershipError.employeeCountMustBeWhole(value: String(count)) }
        try store.setEmployees(unit: unit, count: count, from: month, user: user)
    }
}

/// Members as they stood in a month, only a unit's and only those with a status when asked, read
/// from the store one at a time (`MemberRegister.listing`).
public struct MemberListing: Sendable {
    let store: any MemberStore
    let unit: String?
    let status: MemberStatus?
    let month: YearMonth

    /// Calls `body` with each member, by unit and number, as the store reads them.
    public func forEach(_ body: (Member) throws -> Void) throws {
        try store.forEachMember(in: month, unit: unit, status: status, body)
    }
}
