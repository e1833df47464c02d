import Foundation
import GRDB
import LedgerStore
import Synchronization

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

    /// One connection's waits (its busy handler's, and `retrying`'s), for the books at `path`.
    func waits(path: String) -> ConnectionWaits {
        ConnectionWaits(seconds: seconds, onWait: onWait, path: path)
    }
}

/// A connection's waits for other processes' locks: SQLite's busy handler sleeps in short steps
/// until the lock is free or the wait is over, saying so once when it starts.
final class ConnectionWaits: Sendable {
    private let seconds: Double
    private let onWait: @Sendable (String) -> Void
    private let path: String
    private let state = Mutex(State())

    private struct State {
        var deadline = ContinuousClock.now
        var announced = false
        /// Inside `retrying`: its one deadline holds for the busy handler's waits too.
        var retrying = false
    }

    init(seconds: Double, onWait: @escaping @Sendable (String) -> Void, path: String) {
        self.seconds = seconds
        self.onWait = onWait
        self.path = path
    }

    var busyMode: Database.BusyMode {
        .callback { [self] tries in waitsAgain(tries: tries) }
    }

    /// Runs `body` again while SQLite says another connection holds the lock it needs, within the
    /// same wait: for the statements SQLite runs without its busy handler. A change of journal
    /// mode is one: opening books that another process is importing into outside WAL mode
    /// (`LedgerDatabase.outsideWAL`) would otherwise fail at once instead of waiting. The busy
    /// handler's waits inside `body` count towards the same deadline, and the wait is announced
    /// once.
    func retrying<T>(_ body: () throws -> T) throws -> T {
        state.withLock { $0 = State(deadline: .now + .seconds(seconds), announced: false, retrying: true) }
        defer { state.withLock { $0.retrying = false } }
        var tries = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.isLockHeldElsewhere {
                guard waitsAgain(tries: tries) else { throw error }
                tries += 1
            }
        }
    }

    /// Whether to try again after `tries` tries (0: a new wait begins), having slept.
    private func waitsAgain(tries: Int) -> Bool {
        let now = ContinuousClock.now
        let (announce, inTime) = state.withLock { state -> (Bool, Bool) in
            if tries == 0 && !state.retrying {
                state.deadline = now + .seconds(seconds)
                state.announced = false
            }
            let announce = !state.announced && seconds > 0
            state.announced = true
            return (announce, now < state.deadline)
        }
        if announce { onWait(path) }
        guard inTime else { return false }
        // Short sleeps first (1, 2, 4, 8, 16 ms, then 20): another clerk's voucher commits in
        // a few milliseconds, and a flat 20 ms per try made four writers spend most of their
        // time asleep.
        usleep(UInt32(min(20_000, 1_000 << min(tries, 5))))
        return true
    }
}

extension StoreError {
    /// SQLite's "database is locked" after the wait ran out, as the error a person can act on.
    static func busy(_ error: any Error, path: String, wait: BusyWait) -> StoreError? {
        guard let error = error as? DatabaseError, error.isLockHeldElsewhere else { return nil }
        return .booksMustNotBeBusy(path: path, seconds: Int(wait.seconds.rounded()))
    }
}

extension DatabaseError {
    /// SQLite's "database is locked": another connection holds the lock this one needs.
    var isLockHeldElsewhere: Bool { resultCode == .SQLITE_BUSY || resultCode == .SQLITE_LOCKED }
}
