/// What a write transaction is about to add, told to the store before it begins: a store may
/// write a large transaction another way (SQLite: outside WAL mode, so its pages are written once
/// instead of twice; `LedgerDatabase.outsideWAL`). Only speed depends on it: every volume gets the
/// same checks, the same all-or-nothing and the same books.
public enum WriteVolume: Sendable, Equatable {
    /// A command's ordinary write: a few rows.
    case small
    /// The rows of an imported file of this many bytes.
    case file(bytes: Int)
    /// About this many register rows (an `allocate` of a month's declarations, say).
    case rows(Int)
}
