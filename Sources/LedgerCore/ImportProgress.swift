import Foundation

/// How far a long import has got, told to whoever is watching (the CLI draws a line on a
/// terminal). Set for the run with `ImportProgress.scope.withValue`; the library only calls
/// it, every few thousand rows, and never prints.
public enum ImportProgress {
    /// Rows read so far and the vouchers they made.
    public struct Step: Sendable, Equatable {
        public var rows: Int
        public var vouchers: Int

        public init(rows: Int, vouchers: Int) {
            self.rows = rows
            self.vouchers = vouchers
        }
    }

    /// Rows between two reports: often enough for a line a second at any import speed, rare
    /// enough to cost nothing.
    public static let rowsBetweenReports = 4_096

    /// The observer set for this call (`ImportProgress.scope.withValue(observer) { … }`), if any.
    public static var observer: (@Sendable (Step) -> Void)? { scope.current }
    public static let scope = ThreadScopedValue<@Sendable (Step) -> Void>()

    /// Tells the observer, if any, when `rows` reaches a reporting point.
    @inline(__always)
    public static func reportIfDue(rows: Int, vouchers: Int) {
        guard rows % rowsBetweenReports == 0, let observer else { return }
        observer(Step(rows: rows, vouchers: vouchers))
    }
}
