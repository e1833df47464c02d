import Foundation
import InputFiles
import LedgerCore
import LedgerStore
import Testing
import UnionCore
import UnionMembers

/// The rules a member-register call refused with: a `MembershipError` thrown, or those of the rows rejected.
func membershipRules(_ body: () throws -> Void) -> [MembershipError.Rule] {
    do {
        try body()
        return []
    } catch let error as MembershipError {
        return [error.ruleKey]
    } catch let rejected as RowsRejected {
        return rejected.problems.compactMap { ($0.error as? MembershipError)?.ruleKey }
    } catch {
        return []
    }
}

/// The member register (`MemberRegister`) on both stores: import, the national-ID key, statuses
/// and their history, the list, refusals and one-transaction imports — the same results on each.
@Suite("Member register on SQLite and PostgreSQL")
struct MemberRegisterStoreTests {
    static let rows = """
        A1,甲,150102198905153640,DW001,车间,2020-01-01,active,合同制,5000,
        A2,乙,,DW001,,2021-06-15,retained-exempt,农民工,3000.50,
        B1,丙,,XF,机关,2019-03-01,active,劳务派遣,8000,

        """
    static let november = membersMonth("2026-11")

    @Test("an import adds members; the list and each member read back as written", arguments: MembersStoreKind.available)
    func importsAndReadsBack(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        let outcome = try book.importMembers(Self.rows)
        #expect((outcome.added, outcome.updated, outcome.unchanged, outcome.legacyIDs) == (3, 0, 0, 0))
        let listed = try book.register.members(in: Self.november)
        #expect(listed.map(\.number) == ["A1", "A2", "B1"], "by unit code, then number")
        let a1 = try #require(listed.first)
        #expect(a1.maskedID == "150102********3640" && !a1.idIsLegacy && a1.unit == "DW001" && a1.department == "车间")
        #expect(a1.joinDate == (try membersDay("2020-01-01")) && a1.employmentType == .contract)
        #expect(a1.status == .active && a1.wageBase == Money(fen: 500_000) && a1.stateFrom == membersMonth("2020-01"))
        #expect(listed[1].maskedID == "" && listed[1].status == .retainedExempt && listed[1].wageBase == Money(fen: 300_050))
        #expect(listed[1].employmentType == .migrant && listed[2].employmentType == .dispatched)
        // Joined later than the month: left out.
        #expect(try book.register.members(in: membersMonth("2020-12")).map(\.number) == ["A1", "B1"])
        let history = try book.register.member(number: "A1", in: Self.november)
        #expect(history.member == a1)
        #expect(history.states == [MemberStateChange(from: membersMonth("2020-01"), status: .active, wageBase: Money(fen: 500_000))])
        #expect(history.changes.isEmpty)
        #expect(try book.members.member(number: "A1")?.record.idHash?.count == 32, "only the keyed hash is kept")
        #expect(try book.members.member(number: "A2")?.record.idHash == nil)
        #expect(try (book.count("member"), book.count("member_state"), book.count("member_id_key")) == (3, 3, 1))
    }

    @Test("a re-import reports what changed, dates status and wage, and later states give way", arguments: MembersStoreKind.available)
    func reimportKeepsHistory(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        let changed = try book.importMembers("A1,甲,150102198905153640,DW001,车间二,2020-01-01,withdrawn,合同制,6000,2026-03\n")
        #expect((changed.added, changed.updated) == (0, 1))
        #expect(changed.changes.map(\.field) == ["department", "status", "wage_base"])
        #expect(changed.changes.map(\.effective) == ["", "2026-03", "2026-03"])
        let afterChange = try book.register.member(number: "A1", in: Self.november)
        #expect(afterChange.changes == changed.changes, "the changes read back as reported")
        #expect(afterChange.states == [
            MemberStateChange(from: membersMonth("2020-01"), status: .active, wageBase: Money(fen: 500_000)),
            MemberStateChange(from: membersMonth("2026-03"), status: .withdrawn, wageBase: Money(fen: 600_000)),
        ])
        #expect(try book.register.members(in: membersMonth("2026-02")).first?.status == .active)
        #expect(try book.register.members(status: .withdrawn, in: membersMonth("2026-03")).map(\.number) == ["A1"])
        #expect(afterChange.member.department == "车间二")

        // Back-dated before the withdrawal: the file says how things stand from 2025-06 on.
        let backDated = try book.importMembers("A1,甲,150102198905153640,DW001,车间二,2020-01-01,active,合同制,7000,2025-06\n")
        #expect(backDated.updated == 1)
        #expect(try book.register.member(number: "A1", in: Self.november).states == [
            MemberStateChange(from: membersMonth("2020-01"), status: .active, wageBase: Money(fen: 500_000)),
            MemberStateChange(from: membersMonth("2025-06"), status: .active, wageBase: Money(fen: 700_000)),
        ])
        // Same month again: replaced, not added.
        try book.importMembers("A1,甲,150102198905153640,DW001,车间二,2020-01-01,active,合同制,7100,2025-06\n")
        #expect(try book.register.member(number: "A1", in: Self.november).states.last
                == MemberStateChange(from: membersMonth("2025-06"), status: .active, wageBase: Money(fen: 710_000)))
        let again = try book.importMembers("A1,甲,150102198905153640,DW001,车间二,2020-01-01,active,合同制,7100,2025-06\n")
        #expect((again.updated, again.unchanged) == (0, 1))
        #expect(try book.count("member_change") == 3 + 2 + 1)
    }

    @Test("the national-ID key: one person one member, a withdrawn member's ID may join again", arguments: MembersStoreKind.available)
    func nationalIDKey(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,\n")
        // The same person under another number, in its 15-digit form too.
        #expect(membershipRules { try book.importMembers("A2,乙,150102198905153640,DW001,,2020-01-01,active,合同制,5000,\n") }
                == [.nationalIDMustBelongToOneMember])
        #expect(membershipRules { try book.importMembers("A2,乙,150102890515364,DW001,,2020-01-01,active,合同制,5000,\n") }
                == [.nationalIDMustBelongToOneMember])
        #expect(try book.count("member") == 1)
        // Withdrawn: the ID is free to join again under a new number.
        try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,withdrawn,合同制,5000,2026-01\n")
        let rejoined = try book.importMembers("A2,甲,150102890515364,DW001,,2026-02-01,active,合同制,5000,\n")
        #expect((rejoined.added, rejoined.legacyIDs) == (1, 1))
        #expect(try book.members.member(number: "A2")?.record.idHash == book.members.member(number: "A1")?.record.idHash)
        #expect(try book.register.member(number: "A2", in: Self.november).member.idIsLegacy)
        // Now A2 holds it: A1 coming back active is one person twice.
        #expect(membershipRules { try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,2026-03\n") }
                == [.nationalIDMustBelongToOneMember])
    }

    @Test("a key from the environment: only its fingerprint is kept, and every import must bring it", arguments: MembersStoreKind.available)
    func outsideKey(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        let key = String(repeating: "1", count: 32)
        try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,\n", secret: key)
        #expect(membershipRules { try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,\n",
                                                          secret: String(repeating: "2", count: 32)) } == [.idKeyMustMatchFile])
        #expect(membershipRules { try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,\n") }
                == [.idKeyMustMatchFile])
        #expect(try book.importMembers("A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000,\n", secret: key).unchanged == 1)
        #expect(try book.members.member(number: "A1")?.record.idHash?.count == 32)
        #expect(try book.count("member_id_key WHERE source = 'environment' AND secret IS NULL") == 1)
    }

    @Test("a bad row refuses the whole file: nothing written, not even the key", arguments: MembersStoreKind.available)
    func badRowWritesNothing(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        #expect(membershipRules { try book.importMembers(Self.rows + "A1,丁,,DW001,,2020-01-01,active,合同制,5000,\n") }
                == [.memberNumberMustBeUniqueInFile])
        #expect(membershipRules { try book.importMembers(Self.rows + "C1,丁,,DW001,,2099-01-01,active,合同制,5000,\n") }
                == [.joinDateMustNotBeInFuture])
        #expect(membershipRules { try book.importMembers(Self.rows + "C1,丁,,NOPE,,2020-01-01,active,合同制,5000,\n") }
                == [.unitMustBeRegistered])
        #expect(try (book.count("member"), book.count("member_state"), book.count("member_id_key")) == (0, 0, 0))
        #expect(try book.register.members(in: Self.november).isEmpty)
    }

    @Test("the store refuses a member number twice, and a failure mid-way leaves nothing written", arguments: MembersStoreKind.available)
    func storeRefusals(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        let record = MemberRecord(number: "A1", name: "甲", idHash: nil, maskedID: "", idIsLegacy: false, unit: "DW001", department: "",
                                  joinDate: try membersDay("2020-01-01"), employmentType: .contract)
        let state = MemberStateChange(from: membersMonth("2020-01"), status: .active, wageBase: Money(fen: 500_000))
        try book.members.withMemberTransaction(user: "tester") { transaction in try transaction.insertMember(record, state: state) }
        var other = record
        other.name = "乙"
        #expect(Self.isStorageError { try book.members.withMemberTransaction(user: "tester") { transaction in
            try transaction.insertMember(other, state: state)
        } })
        #expect(try book.register.member(number: "A1", in: Self.november).member.name == "甲")
        // A second member, then one in a unit that does not exist: neither is kept.
        var second = record, stray = record
        second.number = "A2"
        stray.number = "A3"
        stray.unit = "NOPE"
        #expect(Self.isStorageError { try book.members.withMemberTransaction(user: "tester") { transaction in
            try transaction.insertMember(second, state: state)
            try transaction.insertMember(stray, state: state)
        } })
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) { try book.members.withMemberTransaction(user: "tester") { transaction in
            try transaction.insertMember(second, state: state)
            try transaction.recordChanges([MemberChange(memberNumber: "A2", field: "name", old: "", new: "甲")], source: "x")
            throw Interrupted()
        } }
        #expect(throws: StoreError.storage(message: "member NOPE is not in the register")) {
            try book.members.withMemberTransaction(user: "tester") { transaction in try transaction.replaceStates(memberNumber: "NOPE", from: state) }
        }
        #expect(try (book.count("member"), book.count("member_state"), book.count("member_change")) == (1, 1, 0))
    }

    @Test("a stored date or month that does not read is a storage error naming the row, alike on both stores",
          arguments: MembersStoreKind.available)
    func strictReading(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers("A1,甲,,DW001,,2020-01-01,active,合同制,5000,\n")
        // The schema's pattern lets a month 19 through; reading it must not turn it into some other date.
        try book.tamper("UPDATE member SET join_date = '2020-19-01'")
        let badDate = StoreError.storage(message: "member row A1: join_date '2020-19-01' is not a date")
        #expect(throws: badDate) { try book.register.members(in: Self.november) }
        #expect(throws: badDate) { try book.register.member(number: "A1", in: Self.november) }
        // An import touching another member does not trip over it; one touching A1 does.
        try book.importMembers("B1,乙,,DW001,,2020-01-01,active,合同制,5000,\n")
        #expect(throws: badDate) { try book.importMembers("A1,甲,,DW001,,2020-01-01,active,合同制,5000,\n") }
        try book.tamper("UPDATE member SET join_date = '2020-01-01'")
        try book.tamper("UPDATE member_state SET from_ordinal = -1 WHERE member_id = (SELECT id FROM member WHERE member_no = 'A1')")
        #expect(throws: StoreError.storage(message: "member_state row A1 -1: from_ordinal -1 is not a month")) {
            try book.register.member(number: "A1", in: Self.november)
        }
    }

    @Test("the list by unit and status; an unknown unit or member is refused", arguments: MembersStoreKind.available)
    func listAndRefusals(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        #expect(try book.register.members(unit: "DW001", in: Self.november).map(\.number) == ["A1", "A2"])
        #expect(try book.register.members(status: .active, in: Self.november).map(\.number) == ["A1", "B1"])
        #expect(try book.register.members(unit: "XF", status: .retainedExempt, in: Self.november).isEmpty)
        #expect(membershipRules { _ = try book.register.members(unit: "NOPE", in: Self.november) } == [.unitMustBeRegistered])
        #expect(membershipRules { _ = try book.register.member(number: "NOPE", in: Self.november) } == [.memberMustExist])
        #expect(try book.members.registeredUnits() == ["XF", "GH2", "DW001"])
    }

    static func isStorageError(_ body: () throws -> Void) -> Bool {
        do { try body() } catch StoreError.storage { return true } catch { return false }
        return false
    }
}
