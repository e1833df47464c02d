import Foundation
import GRDB
import LedgerCore
import LedgerStore
import Testing
@testable import LedgerSQLite

/// Issue 15, item 2 on SQLite: several writers on one file get consecutive voucher numbers per
/// organisation and month, with no gap, duplicate or loss; a writer kept out past the busy wait
/// gets a clear error and writes nothing.
@Suite("several writers on one SQLite file")
struct ConcurrentWritersTests {
    /// Books with two organisations on the basic chart.
    static func twoOrganisations() throws -> TestBooks {
        let file = try TestBooks()
        _ = try file.database.addOrganisation(
            NewOrganisation(code: "GH002", name: "第二测试工会", kind: "enterprise", firstPeriod: try YearMonth(parsing: "2026-01")),
            chart: try TestBooks.chart(), user: "tester")
        return file
    }

    @Test("4 threads × 500 vouchers (post, enter+review+post, imports of two), each on its own connection: numbers 1…n per organisation and month, none lost, verify clean")
    func fourThreadsOwnConnections() throws {
        let file = try Self.twoOrganisations()
        defer { file.remove() }
        let path = file.path
        let scenario = ConcurrentWritersScenario(writers: 4, vouchersPerWriter: 500, folder: file.folder)
        let outcome = scenario.run { _ in try LedgerDatabase.open(at: path) }
        let problems = try scenario.problems(in: try LedgerDatabase.open(at: path), outcome: outcome)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test("4 threads sharing one store (one connection, writes queued): the same guarantees")
    func fourThreadsSharedStore() throws {
        let file = try Self.twoOrganisations()
        defer { file.remove() }
        let shared = file.database
        let scenario = ConcurrentWritersScenario(writers: 4, vouchersPerWriter: 100, folder: file.folder)
        let outcome = scenario.run { _ in shared }
        let problems = try scenario.problems(in: shared, outcome: outcome)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    /// Outside WAL mode too: each clerk may find the file open by the others (and stay in WAL
    /// mode), or leave it while another is opening it (who then waits to set WAL mode again).
    @Test("4 clerks importing the same file at once: one imports it, the others are told it was imported; no error, no duplicate",
          arguments: [false, true])
    func sameFileAtOnce(outsideWAL: Bool) throws {
        let file = try TestBooks()
        defer { file.remove() }
        // Outside WAL mode, a copy no connection of this process holds open, so a clerk can leave it.
        let path = outsideWAL ? try file.closedCopy() : file.path
        let tuning = ImportTuning(outsideWALFromBytes: outsideWAL ? 0 : .max)
        let csv = try file.write("same.csv", ConcurrentWritersScenario.importFile(day: "2026-01-05", reference: "same", count: 3))
        let outcomes = Outcomes()
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for index in 0..<4 {
            group.enter()
            Thread {
                defer { group.leave() }
                start.wait()
                do {
                    let books = try LedgerDatabase.open(at: path).importing(tuning).books(for: "GH001", user: "clerk\(index)")
                    outcomes.add("\(try books.importVouchers(path: csv, displayName: "same.csv"))")
                } catch {
                    outcomes.add("error: \(error)")
                }
            }.start()
        }
        for _ in 0..<4 { start.signal() }
        group.wait()
        let told = outcomes.all
        #expect(told.filter { $0.hasPrefix("imported(vouchers: 3") }.count == 1, "\(told)")
        #expect(told.filter { $0.hasPrefix("alreadyImported(") }.count == 3, "\(told)")
        let books = try LedgerDatabase.open(at: path)
        #expect(try books.books(for: "GH001", user: "auditor").vouchers().map(\.number) == [1, 2, 3])
        #expect(try books.verify().isEmpty)
        #expect(try books.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test("kept out past the wait: booksMustNotBeBusy naming the file and the seconds waited, after about that long; nothing written")
    func busyPastTheWait() throws {
        let file = try TestBooks()
        defer { file.remove() }
        let holder = try DatabaseQueue(path: file.path)
        let waits = WaitCount()
        let impatient = try LedgerDatabase.open(at: file.path, busyWait: BusyWait(seconds: 1) { _ in waits.add() })
        let books = try impatient.books(for: "GH001", user: "clerk")
        let before = try impatient.journalHead()
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let started = Date()
            #expect(throws: StoreError.booksMustNotBeBusy(path: file.path, seconds: 1)) {
                try books.post(try ConcurrentWritersScenario.income("2026-01-05", summary: "被挡住的凭证"))
            }
            let waited = Date().timeIntervalSince(started)
            #expect(waited >= 0.9 && waited < 5, "waited \(waited) s")
            try db.execute(sql: "ROLLBACK")
        }
        try holder.close()
        #expect(waits.count == 1)
        let after = try impatient.journalHead()
        #expect(after.vouchers == before.vouchers && after.hash == before.hash)
        #expect(try books.vouchers().isEmpty)
        // Once the lock is free the same store writes, numbered 1.
        #expect(try books.post(try ConcurrentWritersScenario.income("2026-01-05", summary: "之后的凭证")).number == 1)
    }

    private final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String] = []
        func add(_ value: String) { lock.withLock { values.append(value) } }
        var all: [String] { lock.withLock { values } }
    }

    private final class WaitCount: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }
}
