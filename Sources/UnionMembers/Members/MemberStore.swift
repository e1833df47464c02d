import Foundation
import LedgerCore
import LedgerStore

/// Where the member register is kept: the reads and writes `MemberRegister` and the membership
/// statistics need. Implemented by `SQLiteMemberStore` (UnionSQLite).
///
/// ```
/// MemberRegister ── reads ── members(in:), member(number:), registeredUnits(), employeeCounts(in:)
///   └─ withMemberTransaction ── MemberTransaction: the ID key, members, dated states, changes
/// ```
/// Members are named by their member number (unique in a file); a full national ID never reaches
/// a store, only its keyed hash and its mask.
public protocol MemberStore: Sendable {
    /// Where "now" and "today" come from for the register's writes and checks.
    var clock: WallClock { get }
    /// The codes of every registered organisation (the units members may belong to).
    func registeredUnits() throws -> Set<String>
    /// Every member who had joined by the end of `month`, with the status and wage base in force
    /// then, by unit and member number.
    func members(in month: YearMonth) throws -> [Member]
    /// The same members, only `unit`'s and only those with `status` in `month` when given, one at
    /// a time as they are read, by unit and number: `member list` writes a million without holding them.
    func forEachMember(in month: YearMonth, unit: String?, status: MemberStatus?, _ body: (Member) throws -> Void) throws
    /// One member as registered, with the dated states and what imports changed; nil when unknown.
    func member(number: String) throws -> MemberHistory?
    /// Each unit's employee count (职工人数) in `month`, by unit code, for units that have one: the
    /// payroll declarations' headcount, else the count recorded with `setEmployees`.
    func employeeCounts(in month: YearMonth) throws -> [String: Int]
    /// Records a unit's employee count from `month` on (replacing one recorded for the same month).
    /// - Throws: `LedgerError.organisationMustExist`.
    func setEmployees(unit: String, count: Int, from month: YearMonth, user: String) throws
    /// Runs `body` in one write transaction; `user` is recorded on every row it writes.
    func withMemberTransaction<T>(user: String, _ body: (any MemberTransaction) throws -> T) throws -> T
}

extension MemberStore {
    // Over the whole-array read, for a store that has nothing better.
    public func forEachMember(in month: YearMonth, unit: String?, status: MemberStatus?, _ body: (Member) throws -> Void) throws {
        for member in try members(in: month) where (unit == nil || member.unit == unit) && (status == nil || member.status == status) {
            try body(member)
        }
    }
}

/// The register's reads and writes within one import.
public protocol MemberTransaction {
    func registeredUnits() throws -> Set<String>
    /// The file's ID key as stored, or nil before the first import.
    func idKeyRecord() throws -> MemberIDKeyRecord?
    func insertIDKeyRecord(_ record: MemberIDKeyRecord) throws
    /// The member with this number, or nil.
    func member(number: String) throws -> MemberRecord?
    /// The number of the member who holds this ID hash and is still a member (active or retained:
    /// withdrawn or transferred members may join again under a new number).
    func holder(ofIDHash hash: Data) throws -> String?
    /// The member's latest dated state (status and wage base), or nil.
    func latestState(memberNumber: String) throws -> MemberStateChange?
    /// Adds a member with their first state.
    func insertMember(_ member: MemberRecord, state: MemberStateChange) throws
    /// Rewrites a member's register fields (the number stays).
    func updateMember(_ member: MemberRecord) throws
    /// Sets the state from `state.from` on: later dated states give way, one in the same month is replaced.
    func replaceStates(memberNumber: String, from state: MemberStateChange) throws
    /// Records what an import changed, from `source`.
    func recordChanges(_ changes: [MemberChange], source: String) throws
    /// Records who did what in the file's event log.
    func recordEvent(action: String, detail: String) throws
    /// Where an import's checking pass notes the numbers and ID hashes it has seen; the default
    /// keeps them in memory (`MemberFileSeenInMemory`).
    /// - Parameter expectedRows: a size hint.
    func fileRowsSeen(expectedRows: Int) throws -> any MemberFileSeen
}

extension MemberTransaction {
    public func fileRowsSeen(expectedRows: Int) throws -> any MemberFileSeen { MemberFileSeenInMemory(expectedRows: expectedRows) }
}

/// A member's register fields as stored: the ID only as hash and mask.
public struct MemberRecord: Sendable, Hashable {
    public var number: String
    public var name: String
    /// HMAC-SHA256 of the 18-character ID under the file's key; nil when no ID is registered.
    public var idHash: Data?
    public var maskedID: String
    public var idIsLegacy: Bool
    public var unit: String
    public var department: String
    public var joinDate: LocalDate
    public var employmentType: EmploymentType

    public init(number: String, name: String, idHash: Data?, maskedID: String, idIsLegacy: Bool, unit: String,
                department: String, joinDate: LocalDate, employmentType: EmploymentType) {
        self.number = number
        self.name = name
        self.idHash = idHash
        self.maskedID = maskedID
        self.idIsLegacy = idIsLegacy
        self.unit = unit
        self.department = department
        self.joinDate = joinDate
        self.employmentType = employmentType
    }
}

/// One member's record with its dated states (oldest first) and the changes imports made.
public struct MemberHistory: Sendable, Hashable {
    public var record: MemberRecord
    public var states: [MemberStateChange]
    public var changes: [MemberChange]

    public init(record: MemberRecord, states: [MemberStateChange], changes: [MemberChange]) {
        self.record = record
        self.states = states
        self.changes = changes
    }
}

/// The ID key's row: the key itself when the file keeps it, else only its fingerprint.
public struct MemberIDKeyRecord: Sendable, Hashable {
    public enum Source: String, Sendable { case file, environment }

    public var source: Source
    /// The 256-bit key, when `source` is `.file`.
    public var secret: Data?
    /// The key's HMAC of a fixed text: tells whether a key from the environment is the one the file was set up with.
    public var fingerprint: Data

    public init(source: Source, secret: Data?, fingerprint: Data) {
        self.source = source
        self.secret = secret
        self.fingerprint = fingerprint
    }
}
