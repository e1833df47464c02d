import Foundation
import GRDB
import Testing
import UnionAllocation
@testable import UnionSQLite

/// `org import`'s queue of checked rows on SQLite: in memory up to a limit, then in a temporary
/// table. Both sides of the move must answer alike.
@Suite("org import: the checked units, in memory and past the limit")
struct UnitQueueTests {
    static func unit(_ code: String, parent: String) -> NewUnit {
        NewUnit(code: code, name: "单位\(code)", kind: "enterprise", parent: parent, channel: .direct, bankName: "行", bankAccount: "1")
    }

    @Test("codes noted before the move are found after it (one code composed or not); the new units come back in file order; close drops the tables")
    func acrossTheMove() throws {
        let queue = try DatabaseQueue()
        try queue.inTransaction { db in
            try db.execute(sql: "CREATE TABLE organisation(code TEXT)")   // the register the parents are looked up in
            let units = SQLiteUnitQueue(db, unitsInMemoryMax: 3)
            try units.note(code: "A", line: 2, newUnit: Self.unit("A", parent: "C"))
            try units.note(code: "OLD", line: 3, newUnit: nil)       // registered as given
            try units.note(code: "\u{D55C}", line: 4, newUnit: Self.unit("\u{D55C}", parent: ""))
            #expect(!units.isInTables)
            #expect(try units.line(of: "\u{1112}\u{1161}\u{11AB}") == 4, "canonically equal, in memory")
            #expect(try String.fetchOne(db, sql: "SELECT name FROM sqlite_temp_master WHERE name = 'unit_import'") == nil)
            try units.note(code: "C", line: 5, newUnit: Self.unit("C", parent: "A"))     // the fourth: everything moves
            #expect(units.isInTables)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit_import") == 4)
            #expect(try units.line(of: "OLD") == 3 && units.line(of: "A") == 2 && units.line(of: "C") == 5)
            #expect(try units.line(of: "\u{1112}\u{1161}\u{11AB}") == 4, "canonically equal, in the table")
            #expect(try units.line(of: "B") == nil)
            #expect(units.newUnitCount == 3)
            var order: [String] = []
            try units.forEachNewUnit { order.append("\($0.code)^\($0.parent) \($0.bankName)/\($0.bankAccount)") }
            #expect(order == ["A^C 行/1", "\u{D55C}^ 行/1", "C^A 行/1"])
            var problems: [String] = []
            try units.forEachParentProblem(isRegistered: { _ in false }) { line, unit, problem in problems.append("\(line) \(unit.code) \(problem)") }
            #expect(problems == ["2 A loops", "5 C loops"])
            try units.close()
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_temp_master WHERE name LIKE 'unit_import%'") == 0)
            return .rollback
        }
    }

    @Test("the in-memory queue gives back every row it was given: the new units, then the others, each in file order")
    func notedInOrder() throws {
        let memory = UnitQueueInMemory()
        for line in stride(from: 2, through: 40, by: 2) {
            memory.note(code: "U\(line)", line: line, newUnit: line % 4 == 0 ? Self.unit("U\(line)", parent: "P\(line)") : nil)
        }
        var back: [String] = []
        try memory.forEachNoted { code, line, unit in back.append("\(line) \(code) \(unit?.parent ?? "-")") }
        let lines = Array(stride(from: 4, through: 40, by: 4)) + Array(stride(from: 2, through: 38, by: 4))
        #expect(back == lines.map { "\($0) U\($0) \($0 % 4 == 0 ? "P\($0)" : "-")" })
        #expect(memory.notedCount == 20)
    }
}
