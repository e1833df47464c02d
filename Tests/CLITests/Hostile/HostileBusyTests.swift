import Foundation
import Testing

/// Issue 13, item 6: a book another process is writing waits (`GONGHUI_BUSY_TIMEOUT`, default
/// 30 s), says so on stderr, and then either goes ahead or stops with a clear message (exit 3),
/// never a raw "database is locked".
///
/// The other writer is the sqlite3 shell holding `BEGIN IMMEDIATE` for a few seconds: a second
/// process with the write lock, as another gonghui would hold it.
/// The sqlite3 shell: the second writer.
private let sqlite3Shell = "/usr/bin/sqlite3"

@Suite("hostile: a busy book", .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3Shell)))
struct HostileBusyTests {
    static let sqlite3 = sqlite3Shell
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    /// Starts a process that holds the books' write lock for `seconds`; returns once it holds it.
    func holdWriteLock(seconds: Int) throws -> Process {
        try holdWriteLock(while: "sleep \(seconds)")
    }

    /// Starts a process that holds the books' write lock until `release()` (at most a minute),
    /// however long the command under test takes to start on a loaded machine.
    func holdWriteLockUntilReleased() throws -> (holder: Process, release: () -> Void) {
        let held = sandbox.path("held")
        _ = FileManager.default.createFile(atPath: held, contents: nil)
        let holder = try holdWriteLock(while: "for i in $(seq 1200); do [ -e '\(held)' ] || break; sleep 0.05; done")
        return (holder, { try? FileManager.default.removeItem(atPath: held) })
    }

    /// Starts a process that holds the books' write lock while the shell runs `command`; returns once it holds it.
    private func holdWriteLock(while command: String) throws -> Process {
        let marker = sandbox.path("locked")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sqlite3)
        process.arguments = [sandbox.path(Sandbox.books)]
        process.currentDirectoryURL = sandbox.url
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n.shell touch '\(marker)'\n.shell \(command)\nROLLBACK;\n".utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: marker) {
            guard Date() < deadline, process.isRunning else { throw CancellationError() }
            usleep(20_000)
        }
        return process
    }

    static let voucher = ["voucher", "add", "--date", "2026-01-05", "--summary", "办公用品", "--line", "102:借:10.00",
                          "--line", "401:贷:10.00", "--signoff-by", "主席", "--db", Sandbox.books]

    @Test("past the wait: exit 3, a waiting line, then 'another gonghui is writing to this book' with a hint; nothing written")
    func givesUp() throws {
        let before = try sandbox.snapshot()
        let (holder, release) = try holdWriteLockUntilReleased()
        defer { release() }   // on every way out: the holder then ends within 50 ms
        let started = Date()
        let result = try sandbox.run(Self.voucher, environment: ["GONGHUI_BUSY_TIMEOUT": "1"])
        let waited = Date().timeIntervalSince(started)
        release()
        holder.waitUntilExit()
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stderrLines.count == 2, "\(result)")
        #expect(result.stderr.contains("另一个 gonghui 正在写入此账簿（books.sqlite），最多等待 1 秒"), "\(result)")
        #expect(result.stderr.contains("错误：另一个 gonghui 正在写入此账簿：books.sqlite（已等待 1 秒）"), "\(result)")
        #expect(result.stderr.contains("GONGHUI_BUSY_TIMEOUT"), "the hint: \(result)")
        #expect(!result.stderr.contains("database is locked"), "\(result)")
        // The room above 1 s is the process's start and end on a loaded machine; the default
        // wait, the mistake this would catch, is 30 s.
        #expect(waited >= 0.9 && waited < 12, "waited \(waited) s")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("within the wait: says it is waiting, then does the work once the lock is free")
    func waitsThenWrites() throws {
        let holder = try holdWriteLock(seconds: 1)
        let result = try sandbox.run(Self.voucher + ["--lang", "en"], environment: ["GONGHUI_BUSY_TIMEOUT": "20"])
        holder.waitUntilExit()
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.contains("another gonghui is writing to this book (books.sqlite); waiting up to 20 s"), "\(result)")
        #expect(result.stdout.contains("Entered"), "\(result)")
    }

    @Test("a GONGHUI_BUSY_TIMEOUT that is not a number of seconds is a usage error")
    func badTimeout() throws {
        let result = try sandbox.run(Self.voucher, environment: ["GONGHUI_BUSY_TIMEOUT": "soon"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("GONGHUI_BUSY_TIMEOUT"), "\(result)")
    }
}
