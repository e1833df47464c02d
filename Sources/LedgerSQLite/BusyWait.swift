import Foundation
import GRDB
import LedgerStore

/// How long a command waits for another process's write to finish before giving up, and what it
/// says while it waits (the CLI prints to stderr; the library does no I/O of its own).
public struct BusyWait: Sendable {
    /// The wait, in seconds (0: give up at once).
    public var seconds: Double
    /// Called once per wait, when it starts, with the path of the books.
    public var onWait: @Sendable (String) -> Void

    public init(seconds: Double = BusyWait.defaultSeconds, onWait: @escaping @Sendable (String) -> Void = { _ in }) {
        self.seconds = max(0, seconds)
        self.onWait = onWait
    }

    public static let defaultSeconds: Double = 30

    /// SQLite's busy handler: sleeps in short steps until the lock is free or the wait is over.
    func busyMode(path: String) -> Database.BusyMode {
        .callback(waitsAgain(path: path))
    }

    /// Runs `body` again while SQLite says another connection holds the lock it needs, waiting as
    /// the busy handler does: for the statements SQLite runs without its busy handler. A change
    /// of journal mode is one: opening books that another process is importing into outside WAL
    /// mode (`LedgerDatabase.outsideWAL`) would otherwise fail at once instead of waiting.
    func retrying<T>(path: String, _ body: () throws -> T) throws -> T {
        let waitsAgain = waitsAgain(path: path)
        var tries = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                guard waitsAgain(tries) else { throw error }
                tries += 1
            }
        }
    }

    /// Whether to try again after `tries` tries, having slept.
    private func waitsAgain(path: String) -> @Sendable (Int) -> Bool {
        let started = StartTime()
        let seconds = self.seconds, onWait = self.onWait
        return { tries in
            if tries == 0 {
                started.reset()
                if seconds > 0 { onWait(path) }
            }
            guard started.elapsed < seconds else { return false }
            // Short sleeps first (1, 2, 4, 8, 16 ms, then 20): another clerk's voucher commits in
            // a few milliseconds, and a flat 20 ms per try made four writers spend most of their
            // time asleep.
            usleep(UInt32(min(20_000, 1_000 << min(tries, 5))))
            return true
        }
    }

    /// The start of the current wait (the handler is called on the connection's one thread at a time).
    private final class StartTime: @unchecked Sendable {
        private var start = Date()
        func reset() { start = Date() }
        var elapsed: Double { Date().timeIntervalSince(start) }
    }
}

extension StoreError {
    /// SQLite's "database is locked" after the wait ran out, as the error a person can act on.
    static func busy(_ error: any Error, path: String, wait: BusyWait) -> StoreError? {
        guard let error = error as? DatabaseError,
              error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED else { return nil }
        return .booksMustNotBeBusy(path: path, seconds: Int(wait.seconds.rounded()))
    }
}
