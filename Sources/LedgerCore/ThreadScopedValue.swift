import Foundation

/// A value set for the length of one call on the current thread — what `@TaskLocal` gives, without
/// Swift's concurrency runtime: the statically linked release binary (`scripts/dist`) crashed in
/// `swift_task_localValuePush` as soon as a synchronous command set a task-local value. The CLI runs
/// one command per process on its main thread; tests running side by side each see only their own.
public final class ThreadScopedValue<Value>: @unchecked Sendable {
    private final class Box {
        let value: Value?
        init(_ value: Value?) { self.value = value }
    }

    private let key = "gonghui.scoped." + UUID().uuidString

    public init() {}

    /// The value set on this thread by the innermost `withValue` in progress, else nil.
    public var current: Value? {
        (Thread.current.threadDictionary[key] as? Box)?.value
    }

    /// Runs `body` with `value` as the current value on this thread, then restores the previous one.
    public func withValue<Result>(_ value: Value?, _ body: () throws -> Result) rethrows -> Result {
        let dictionary = Thread.current.threadDictionary
        let previous = dictionary[key]
        dictionary[key] = Box(value)
        defer { dictionary[key] = previous }
        return try body()
    }
}
