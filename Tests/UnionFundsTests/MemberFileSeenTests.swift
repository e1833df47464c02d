import Foundation
import GRDB
import Testing
import UnionMembers
@testable import UnionSQLite

/// `member import`'s record of the numbers and ID hashes its checking pass has seen: in memory up
/// to a limit, then in two temporary tables. Both sides of the move must answer alike.
@Suite("member import: what the checking pass has seen, in memory and past the limit")
struct MemberFileSeenTests {
    static func hash(_ byte: UInt8) -> Data { Data((0..<32).map { $0 == 7 ? byte : UInt8($0) }) }

    @Test("numbers and hashes noted before the move are repeats after it; a forgotten hash is new again; close drops the tables")
    func acrossTheMove() throws {
        let queue = try DatabaseQueue()
        try queue.inTransaction { db in
            let seen = SQLiteMemberFileSeen(db, expectedRows: 10, notesInMemoryMax: 4)
            #expect(try seen.noteNumber("A1", line: 2) == nil)
            #expect(try seen.noteIDHash(Self.hash(1), number: "A1", line: 2) == nil)
            #expect(try seen.noteNumber("A2", line: 3) == nil)
            #expect(try seen.noteIDHash(Self.hash(2), number: "A2", line: 3) == nil)
            try seen.forgetIDHash(Self.hash(2))           // in memory
            #expect(try seen.noteNumber("A1", line: 4) == 2, "a repeat while in memory")
            #expect(try String.fetchOne(db, sql: "SELECT name FROM sqlite_temp_master WHERE name = 'member_import_id'") == nil)
            #expect(try seen.noteNumber("A3", line: 5) == nil)   // four noted (A2's hash was forgotten)
            #expect(try seen.noteIDHash(Self.hash(3), number: "A3", line: 5) == nil)   // the fifth: everything moves
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM member_import_number") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM member_import_id") == 2)
            #expect(try seen.noteNumber("A1", line: 6) == 2, "noted in memory, found in the table")
            #expect(try seen.noteIDHash(Self.hash(1), number: "B1", line: 6) == "A1")
            #expect(try seen.noteIDHash(Self.hash(2), number: "B2", line: 7) == nil, "forgotten before the move")
            try seen.forgetIDHash(Self.hash(2))           // in the table
            #expect(try seen.noteIDHash(Self.hash(2), number: "B3", line: 8) == nil)
            #expect(try seen.noteIDHash(Self.hash(2), number: "B4", line: 9) == "B3")
            #expect(try seen.noteNumber("A3", line: 10) == 5)
            try seen.close()
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_temp_master WHERE name LIKE 'member_import_%'") == 0)
            return .rollback
        }
    }

    @Test("the in-memory record gives back every hash it was given, byte for byte")
    func hashesRoundTrip() throws {
        let memory = MemberFileSeenInMemory()
        let hashes = (0..<50).map { index in Data((0..<32).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index &* 7) }) }
        for (index, hash) in hashes.enumerated() { _ = memory.noteIDHash(hash, number: "N\(index)", line: index + 2) }
        var back: [Data: String] = [:]
        memory.forEachNoted(number: { _, _ in }, hash: { hash, number in back[hash] = number })
        #expect(back.count == 50 && hashes.enumerated().allSatisfy { back[$0.element] == "N\($0.offset)" })
    }
}
