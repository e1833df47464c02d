#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB
import Testing

/// SIGKILL during `voucher import`, at random points: each time the books are either as they
/// were or hold the whole file, and `verify` is clean (the change journal included). The file is
/// over 1 MiB, so the import runs outside WAL mode, with a rollback journal the next command
/// plays back; the books are in WAL mode again after it.
@Suite("hostile: SIGKILL during an import")
struct HostileKillTests {
    static let voucherCount = 12_000
    static let iterations = 12

    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// `count` two-line vouchers over January–June.
    static func voucherFile(count: Int) -> String {
        var lines = ["日期,凭证号,科目编码,借方金额,贷方金额,摘要"]
        lines.reserveCapacity(count * 2 + 1)
        let perMonth = count / 6 + 1
        for index in 0..<count {
            let month = index / perMonth + 1, number = index % perMonth + 1
            let date = String(format: "2026-%02d-%02d", month, number % 28 + 1)
            let amount = "\(index % 9_000 + 1).\(String(format: "%02d", index % 100))"
            lines.append("\(date),记-\(number),102,\(amount),,收到拨缴经费 \(index)")
            lines.append("\(date),记-\(number),402,,\(amount),收到拨缴经费 \(index)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Starts `gonghui ARGUMENTS` in the sandbox, output discarded; returns its pid.
    func spawn(_ arguments: [String]) throws -> pid_t {
        let binary = try #require(CLI.binary)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GONGHUI_") }
        environment.merge(CLI.fixedEnvironment) { $1 }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Absolute paths: the child does not change folder.
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        // Under ChildProcess's lock: a child started while another test sets up its pipes would
        // inherit their ends and hold that test's reads open until this child is killed.
        let spawned = ChildProcess.spawnLock.withLock { posix_spawn(&pid, binary.path, &actions, nil, argv, envp) }
        guard spawned == 0 else { throw ChildProcess.Failed(call: "posix_spawn", code: spawned) }
        return pid
    }

    @Test("SIGKILL at random points of a voucher import: all or nothing, and verify clean")
    func killDuringImport() throws {
        try sandbox.initBooks()
        let input = sandbox.path("vouchers.csv")
        let file = Data(Self.voucherFile(count: Self.voucherCount).utf8)
        try #require(file.count >= 1 << 20, "a file imported outside WAL mode")
        try file.write(to: URL(fileURLWithPath: input))
        let pristine = sandbox.path("pristine.sqlite")
        try FileManager.default.copyItem(atPath: sandbox.path(Sandbox.books), toPath: pristine)
        let started = Date()
        var outcomes: [Int64: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for iteration in 0..<Self.iterations {
            let books = sandbox.path("kill-\(iteration).sqlite")
            try FileManager.default.copyItem(atPath: pristine, toPath: books)
            let pid = try spawn(["voucher", "import", input, "--db", books])
            // From the first milliseconds (opening, parsing) to the commit of the whole file (0.4 s
            // here in a debug build; later on a loaded machine).
            usleep(UInt32.random(in: 20_000...800_000, using: &generator))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)

            let queue = try DatabaseQueue(path: books)
            let (vouchers, imports) = try queue.read { db in
                (try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM voucher") ?? -1,
                 try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") ?? -1)
            }
            try queue.close()
            #expect(vouchers == 0 || vouchers == Int64(Self.voucherCount), "iteration \(iteration): \(vouchers) vouchers")
            #expect(imports == (vouchers == 0 ? 0 : 1), "iteration \(iteration): \(imports) import records, \(vouchers) vouchers")
            outcomes[vouchers, default: 0] += 1
            let verified = try sandbox.run("verify", "--db", books)
            #expect(verified.exitCode == 0, "iteration \(iteration): \(verified)")
            let reopened = try DatabaseQueue(path: books)
            #expect(try reopened.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal", "iteration \(iteration)")
            try reopened.close()
            #expect(!FileManager.default.fileExists(atPath: books + "-journal"), "iteration \(iteration)")
            try? FileManager.default.removeItem(atPath: books)
        }
        // Not a guarantee on a loaded machine, so only printed: how the kills fell.
        print("kill test: \(outcomes) in \(Int(Date().timeIntervalSince(started))) s")
    }

    /// The kills above fall before the import's pages outgrow SQLite's page cache, so nothing has
    /// reached the file yet. This one waits until the import has written pages into the file
    /// itself (it grows past its old end, the old pages it changed kept in the rollback journal).
    @Test("SIGKILL once the import has written pages into the file: the next command rolls them back, verify clean")
    func killAfterPagesReachTheFile() throws {
        try sandbox.initBooks()
        let input = sandbox.path("vouchers.csv")
        try Data(Self.voucherFile(count: 100_000).utf8).write(to: URL(fileURLWithPath: input))
        let books = sandbox.path(Sandbox.books)
        let sizeBefore = try Self.size(of: books)
        let pid = try spawn(["voucher", "import", input, "--db", books])
        var grown = false
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if try Self.size(of: books) > sizeBefore + (1 << 20) {
                grown = true
                break
            }
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(2_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        try #require(grown, "the import ended (or the wait did) before it wrote pages into the file")
        #expect(FileManager.default.fileExists(atPath: books + "-journal"))

        let verified = try sandbox.run("verify", "--db", books)
        #expect(verified.exitCode == 0, "\(verified)")
        let queue = try DatabaseQueue(path: books)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM voucher") } == 0)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") } == 0)
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        try queue.close()
        #expect(!FileManager.default.fileExists(atPath: books + "-journal"))
        // The same file imports whole afterwards.
        try sandbox.run("voucher", "import", input, "--db", books).expectSuccess()
    }

    static func size(of path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }
}
