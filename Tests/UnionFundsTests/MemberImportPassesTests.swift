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
    }
}
