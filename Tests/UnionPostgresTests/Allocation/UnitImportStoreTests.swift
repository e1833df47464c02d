import GRDB
import InputFiles
import LedgerCore
import PropertyBased
import Testing
@testable import UnionAllocation
import UnionCore

/// `org import` on both stores as it holds a file: the good rows wait in the store's `UnitQueue`
/// (SQLite: a temporary table; PostgreSQL: memory), parents and loops are settled once the whole
/// file is read, and the units go in in file order with their parents, wherever the file puts them.
@Suite("unit register import on both stores: the queue, parents and loops")
struct UnitImportStoreTests {
    static let header = "code,name,kind,parent,channel"

    /// Each unit as the register holds it: code, name, kind, parent's code, channel, bank.
    static func register(_ f: AllocationBooks) throws -> [String] {
        try f.store.read { reads in
            let directory = try reads.directory(structureOnly: false)
            return directory.byID.values.sorted { $0.id < $1.id }.map { unit in
                let parent = unit.parentID.flatMap { directory.byID[$0]?.code } ?? "-"
                return "\(unit.code) \(unit.name) \(unit.kind) ^\(parent) \(unit.channel.rawValue) \(unit.bankName)/\(unit.bankAccount)"
            }
        }
    }

    static func problems(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let rejected as RowsRejected {
            return rejected.problems.map { "\($0.line):\($0.field):\($0.value):\($0.rule)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a three-level file with units before their parents: every parent set, in file order, units as registered left alone",
          arguments: AllocationStoreKind.unitQueues)
    func parentsAnywhere(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        let rows = [
            "S1,一号车间工会,enterprise,D1,",       // its parent two rows down
            "S2,二号车间工会,enterprise,D2,self",
            "D1,第一分会,enterprise,XF,tax-40",
            "T40,T40单位,enterprise,XF,",           // registered as given: left alone
            "D2,第二分会,organ,D1,",                 // a parent after its unit, itself under D1
            "S3,三号车间工会,enterprise,S1,self",    // three levels down from XF, parent earlier
        ]
        let outcome = try f.importUnits("u.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        #expect(outcome == .imported(rows: 6, registered: 5, unchanged: 1))
        let register = try Self.register(f)
        #expect(Array(register.suffix(5)) == [
            "S1 一号车间工会 enterprise ^D1 self /", "S2 二号车间工会 enterprise ^D2 self /", "D1 第一分会 enterprise ^XF tax-40 /",
            "D2 第二分会 organ ^D1 fiscal /", "S3 三号车间工会 enterprise ^S1 self /",
        ])
        #expect(try f.books.verify().isEmpty, "the parents set after their units are in the change journal")
        // The same file again is answered from the import log; a second file with the same units is all unchanged.
        let again = try f.importUnits("u.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        guard case .alreadyImported = again else { Issue.record("imported again: \(again)"); return }
        #expect(try f.importUnits("u2.csv", ([Self.header] + rows.reversed()).joined(separator: "\n") + "\n")
                == .imported(rows: 6, registered: 0, unchanged: 6))
        #expect(try Self.register(f) == register)
    }

    @Test("SQLite writes the same organisation rows and change-journal entries whether the queue held the file in memory or in its table")
    func queueEitherWay() throws {
        let rows = ["S1,一号车间工会,enterprise,D1,", "D1,第一分会,enterprise,XF,tax-40", "S2,二号车间工会,enterprise,D2,self",
                    "T40,T40单位,enterprise,XF,", "D2,第二分会,organ,D1,", "S3,三号车间工会,enterprise,S1,self"]
        func written(_ kind: AllocationStoreKind) throws -> [String] {
            let f = try AllocationBooks(kind)
            #expect(try f.importUnits("u.csv", ([Self.header] + rows).joined(separator: "\n") + "\n") == .imported(rows: 6, registered: 5, unchanged: 1))
            return try DatabaseQueue(path: f.folder.appendingPathComponent("books.sqlite").path).read { db in
                try String.fetchAll(db, sql: "SELECT tbl || ' ' || key || ' ' || COALESCE(image, '-') FROM change WHERE tbl = 'organisation' ORDER BY seq")
                    + String.fetchAll(db, sql: "SELECT id || ' ' || code || ' ' || COALESCE(parent_id, '-') FROM organisation ORDER BY id")
            }
        }
        let inMemory = try written(.sqlite)
        let entries = inMemory.filter { $0.hasPrefix("organisation ") }
        #expect(entries.suffix(2).map { $0.contains("\"S1\"") && $0.contains("\"S2\"") == false } == [true, false]
                && entries.last?.contains("\"S2\"") == true, "the two parents set after every unit is in, in file order: \(entries.suffix(2))")
        #expect(try written(.sqliteTables) == inMemory)
    }

    @Test("a parent named in another Unicode form than its row (one code to the file check) is found: in the file, before or after its units, and in the register",
          arguments: AllocationStoreKind.unitQueues)
    func parentInAnotherForm(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        let composed = "P\u{D55C}", decomposed = "P\u{1112}\u{1161}\u{11AB}"
        let rows = ["C1,子一,enterprise,\(composed),", "\(decomposed),韩文上级,street,XF,", "C2,子二,enterprise,\(composed),"]
        #expect(try f.importUnits("u.csv", ([Self.header] + rows).joined(separator: "\n") + "\n") == .imported(rows: 3, registered: 3, unchanged: 0))
        #expect(try f.importUnits("v.csv", "\(Self.header)\nC3,子三,enterprise,\(composed),\n") == .imported(rows: 1, registered: 1, unchanged: 0))
        let register = try Self.register(f)
        for code in ["C1", "C2", "C3"] {
            #expect(register.contains { $0.hasPrefix("\(code) ") && $0.contains(" ^\(decomposed) ") }, "\(code): \(register)")
        }
        #expect(try f.books.verify().isEmpty)
    }

    @Test("every bad parent and repeated code is named by line, and nothing is written", arguments: AllocationStoreKind.unitQueues)
    func refusals(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        let before = try Self.register(f)
        // A chain of 65 new units under XF: the 65th's parents run deeper than 64.
        let chain = (1...65).map { "C\($0),链\($0),enterprise,\($0 == 1 ? "XF" : "C\($0 - 1)")," }
        let rows = [
            "L1,甲,enterprise,L2,", "L2,乙,enterprise,L1,",     // a loop of two
            "ME,自己,enterprise,ME,",                             // its own parent
            "O1,孤,enterprise,NOWHERE,",                          // a parent neither registered nor in the file
            "L1,甲again,enterprise,XF,",                          // a code twice
            "\u{D55C},韩,enterprise,XF,", "\u{1112}\u{1161}\u{11AB},韩二,enterprise,XF,", // one code, composed and not
            "K1,下,enterprise,L1,",                                // under a loop: its parents never end
        ] + chain
        let found = Self.problems {
            _ = try f.importUnits("bad.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        }
        #expect(found == [
            "6:code:L1:organisationCodeMustBeUnique", "8:code:\u{1112}\u{1161}\u{11AB}:organisationCodeMustBeUnique",
            "2:parent:L2:parentMustNotLoop", "3:parent:L1:parentMustNotLoop", "4:parent:ME:parentMustNotLoop",
            "5:parent:NOWHERE:unitMustBeRegistered", "9:parent:L1:parentMustNotLoop", "74:parent:C64:parentMustNotLoop",
        ])
        #expect(try Self.register(f) == before)
        #expect(try f.books.verify().isEmpty)
    }

    /// A random file over a few codes (repeats, loops, unknown and later parents, parents registered
    /// by an earlier file), and the pure check's answer for it (`UnitFile` over the register's
    /// directory, the queue in memory). One set of books: each file's codes are its own.
    @Test("any file: the store's check finds what the pure check finds, and registers every parent the file gives",
          arguments: AllocationStoreKind.unitQueues)
    func anyFile(kind: AllocationStoreKind) async throws {
        let f = try AllocationBooks(kind)
        let channels = try f.store.policy().channelTerms(on: AllocationBooks.clock.today())
        let letters = ["A", "B", "C", "D", "E", "F"]
        var round = 0
        await propertyCheck(count: kind == .postgres ? 15 : 60, input: Gen.int(in: 0...(letters.count - 1)).array(of: 1...8),
                            Gen.int(in: 0...(letters.count + 3)).array(of: 8...8)) { picks, parentPicks in
            round += 1
            let codes = letters.map { "\($0)\(round)" }
            let parents = codes + ["XF", "", "NOWHERE", round > 1 ? "A\(round - 1)" : "T40"]
            let rows = picks.enumerated().map { index, pick in "\(codes[pick]),单位\(round)-\(index),enterprise,\(parents[parentPicks.isEmpty ? 0 : parentPicks[index % parentPicks.count]]),self" }
            do {
                let directory = try f.store.read { try $0.directory(structureOnly: false) }
                var file = UnitFile(fileName: "any\(round).csv", directory: directory, channels: channels)
                var expected: [String: String] = [:]
                let expectedProblems = Self.problems {
                    for (offset, row) in ([Self.header] + rows).enumerated() {
                        try file.read(line: offset + 1, fields: row.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
                    }
                    _ = try file.finish()
                    try file.queue.forEachNewUnit { expected[$0.code] = $0.parent.isEmpty ? "-" : $0.parent }
                }
                let found = Self.problems { _ = try f.importUnits("any\(round).csv", ([Self.header] + rows).joined(separator: "\n") + "\n") }
                #expect(found == expectedProblems, "\(rows)")
                guard found.isEmpty else { return }
                let registered = try Self.register(f)
                for (code, parent) in expected {
                    #expect(registered.contains { $0.hasPrefix("\(code) ") && $0.contains(" ^\(parent) ") }, "\(code) under \(parent)")
                }
            } catch {
                Issue.record("\(error)")
            }
        }
        #expect(try f.books.verify().isEmpty)
    }
}
