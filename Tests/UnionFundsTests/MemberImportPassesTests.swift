import Foundation
import InputFiles
import LedgerCore
import LedgerStore
import Synchronization
import Testing
@testable import UnionMembers

/// `member import` reads its file twice (check every row, then write): the writing pass must read
/// what the checking pass checked.
@Suite("member import: the checking pass and the writing pass")
struct MemberImportPassesTests {
    static let rows = "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\nA2,乙,,DW001,,2020-01-01,active,合同制,6000\n"

    @Test("a file changed between the two passes is refused and nothing is written, not even the ID key")
    func changedBetweenPasses() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let path = try MembershipRuleTests.write(file, "members.csv", MembershipRuleTests.header + Self.rows)
        // The checking pass asks who holds A1's ID once; by then it has read the whole (small) file,
        // so a rewrite there is seen by the writing pass only. A2's wage becomes 60,000.
        let store = RewritingMemberStore(base: file.stores.members) {
            try Data((MembershipRuleTests.header + Self.rows.replacingOccurrences(of: "6000", with: "60000")).utf8)
                .write(to: URL(fileURLWithPath: path))
        }
        let register = MemberRegister(store: store, user: "tester")
        #expect(throws: LedgerError.fileMustBeReadable(path: "members.csv", reason: "the file changed while it was read")) {
            _ = try register.importMembers(path: path, displayName: "members.csv")
        }
        #expect(store.rewrites.withLock { $0 } == 1)
        #expect(try MembershipRuleTests.register(file).members(in: YearMonth(year: 2026, month: 12)).isEmpty)
        #expect(try file.stores.members.withMemberTransaction(user: "tester") { try $0.idKeyRecord() } == nil)
        // The file as it now stands imports as usual, the wage as it says.
        let outcome = try MembershipRuleTests.register(file).importMembers(path: path, displayName: "members.csv")
        #expect(outcome.added == 2)
        let members = try MembershipRuleTests.register(file).members(in: YearMonth(year: 2026, month: 12))
        #expect(members.map(\.wageBase) == [Money(fen: 500_000), Money(fen: 6_000_000)])
    }

    @Test("a number or an ID twice in one file is refused however far apart the rows are")
    func duplicatesFarApart() throws {
        let file = try FederationFile()
        defer { file.remove() }
        var rows = "D1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n"
        for index in 2...5_000 { rows += "D\(index),会员,,DW001,,2020-01-01,active,合同制,5000\n" }
        rows += "D1,乙,,DW001,,2020-01-01,active,合同制,5000\n"
        rows += "D9999,丙,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n"
        let path = try MembershipRuleTests.write(file, "members.csv", MembershipRuleTests.header + rows)
        let rejected = try #require(throws: RowsRejected.self) {
            _ = try MembershipRuleTests.register(file).importMembers(path: path, displayName: "members.csv")
        }
        let rules = rejected.problems.map { ($0.line, ($0.error as? MembershipError)?.rule ?? "") }
        #expect(rules.map(\.0) == [5_002, 5_003])
        #expect(rules.map(\.1) == ["memberNumberMustBeUniqueInFile", "nationalIDMustBelongToOneMember"])
        #expect(rejected.problems.map { $0.message(in: .zh) }.joined().contains("第 2 行已出现"))
        #expect(try MembershipRuleTests.register(file).members(in: YearMonth(year: 2026, month: 12)).isEmpty)
    }
}

extension MemberImportPassesTests {
    @Test("an ID held in the register is refused on every row that brings it, each naming the holder, not the row before")
    func heldIDOnTwoRows() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let first = try MembershipRuleTests.write(file, "first.csv", MembershipRuleTests.header
                                                  + "R1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n")
        _ = try MembershipRuleTests.register(file).importMembers(path: first, displayName: "first.csv")
        let second = try MembershipRuleTests.write(file, "second.csv", MembershipRuleTests.header
                                                   + "N1,乙,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n"
                                                   + "N2,丙,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n")
        let rejected = try #require(throws: RowsRejected.self) {
            _ = try MembershipRuleTests.register(file).importMembers(path: second, displayName: "second.csv")
        }
        #expect(rejected.problems.map(\.line) == [2, 3])
        #expect(rejected.problems.compactMap { $0.error as? MembershipError }
                == Array(repeating: .nationalIDMustBelongToOneMember(masked: "150102********3640", memberNumber: "R1"), count: 2))
    }

    @Test("repeats found after the pass are listed in line order among the other problems")
    func repeatsInLineOrder() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let path = try MembershipRuleTests.write(file, "members.csv", MembershipRuleTests.header
                                                 + "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n"
                                                 + "A1,乙,,DW001,,2020-01-01,active,合同制,5000\n"          // the number again
                                                 + "A3,丙,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n"  // the ID again
                                                 + "A4,丁,,NOPE,,2020-01-01,active,合同制,5000\n")        // an unknown unit
        let rejected = try #require(throws: RowsRejected.self) {
            _ = try MembershipRuleTests.register(file).importMembers(path: path, displayName: "members.csv")
        }
        #expect(rejected.problems.map(\.line) == [3, 4, 5])
        #expect(rejected.problems.map { ($0.error as? MembershipError)?.rule ?? "" }
                == ["memberNumberMustBeUniqueInFile", "nationalIDMustBelongToOneMember", "unitMustBeRegistered"])
        #expect((rejected.problems.dropFirst().first?.error as? MembershipError)
                == .nationalIDMustBelongToOneMember(masked: "150102********3640", memberNumber: "A1"))
    }

    @Test("what the checking pass saw is gone after an import, refused or not: the next import starts afresh")
    func seenTablesStartAfresh() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let rows = "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\nA2,乙,,DW001,,2020-01-01,active,合同制,6000\n"
        let bad = try MembershipRuleTests.write(file, "bad.csv", MembershipRuleTests.header + rows + "A3,丙,,NOPE,,2020-01-01,active,合同制,1\n")
        #expect(throws: RowsRejected.self) { _ = try MembershipRuleTests.register(file).importMembers(path: bad, displayName: "bad.csv") }
        let good = try MembershipRuleTests.write(file, "good.csv", MembershipRuleTests.header + rows)
        #expect(try MembershipRuleTests.register(file).importMembers(path: good, displayName: "good.csv").added == 2)
        // The same numbers and ID on other lines: a leftover of the last import would make them repeats.
        let again = try MembershipRuleTests.write(file, "again.csv", MembershipRuleTests.header
                                                  + "A2,乙,,DW001,,2020-01-01,active,合同制,6500\n"
                                                  + "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n")
        #expect(try MembershipRuleTests.register(file).importMembers(path: again, displayName: "again.csv").updated == 1)
    }
}

/// The file's member store, calling `rewrite` the first time an import asks who holds an ID.
private final class RewritingMemberStore: MemberStore, @unchecked Sendable {
    let base: any MemberStore
    let rewrite: () throws -> Void
    let rewrites = Mutex(0)

    init(base: any MemberStore, rewrite: @escaping () throws -> Void) {
        self.base = base
        self.rewrite = rewrite
    }

    var clock: WallClock { base.clock }
    func registeredUnits() throws -> Set<String> { try base.registeredUnits() }
    func members(in month: YearMonth) throws -> [Member] { try base.members(in: month) }
    func member(number: String) throws -> MemberHistory? { try base.member(number: number) }
    func employeeCounts(in month: YearMonth) throws -> [String: Int] { try base.employeeCounts(in: month) }
    func setEmployees(unit: String, count: Int, from month: YearMonth, user: String) throws {
        try base.setEmployees(unit: unit, count: count, from: month, user: user)
    }
    func withMemberTransaction<T>(user: String, _ body: (any MemberTransaction) throws -> T) throws -> T {
        try base.withMemberTransaction(user: user) { transaction in try body(Rewriting(base: transaction, store: self)) }
    }

    private struct Rewriting: MemberTransaction {
        let base: any MemberTransaction
        let store: RewritingMemberStore

        func holder(ofIDHash hash: Data) throws -> String? {
            if store.rewrites.withLock({ count in count += 1; return count == 1 }) { try store.rewrite() }
            return try base.holder(ofIDHash: hash)
        }
        func registeredUnits() throws -> Set<String> { try base.registeredUnits() }
        func idKeyRecord() throws -> MemberIDKeyRecord? { try base.idKeyRecord() }
        func insertIDKeyRecord(_ record: MemberIDKeyRecord) throws { try base.insertIDKeyRecord(record) }
        func member(number: String) throws -> MemberRecord? { try base.member(number: number) }
        func latestState(memberNumber: String) throws -> MemberStateChange? { try base.latestState(memberNumber: memberNumber) }
        func insertMember(_ member: MemberRecord, state: MemberStateChange) throws { try base.insertMember(member, state: state) }
        func updateMember(_ member: MemberRecord) throws { try base.updateMember(member) }
        func replaceStates(memberNumber: String, from state: MemberStateChange) throws {
            try base.replaceStates(memberNumber: memberNumber, from: state)
        }
        func recordChanges(_ changes: [MemberChange], source: String) throws { try base.recordChanges(changes, source: source) }
        func recordEvent(action: String, detail: String) throws { try base.recordEvent(action: action, detail: detail) }
        func fileRowsSeen(expectedRows: Int) throws -> any MemberFileSeen { try base.fileRowsSeen(expectedRows: expectedRows) }
    }
}
