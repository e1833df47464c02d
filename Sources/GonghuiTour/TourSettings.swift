import Foundation
import LedgerCore
import LedgerStore
import Reporting
import LedgerSQLite
import UnionSQLite

extension Tour {
    /// What the host (the `gonghui tour` command) tells the tour: where to build, who works, how
    /// to print. The tour prints to standard output, its narration and its reports interleaved.
    public struct Settings: Sendable {
        /// Folder for the demo books and inputs; its tour files are replaced.
        public var dir: String
        /// Recorded on every write.
        public var user: String
        public var language: Language
        /// How reports print: a text format (the tour prints to a terminal, never XLSX).
        public var format: OutputFormat
        public var csvEncoding: CSVEncoding
        /// Where "now" comes from for every write (`GONGHUI_NOW` pins it for reproducible runs).
        public var clock: WallClock

        public init(dir: String, user: String, language: Language, format: OutputFormat, csvEncoding: CSVEncoding, clock: WallClock) {
            self.dir = dir
            self.user = user
            self.language = language
            self.format = format
            self.csvEncoding = csvEncoding
            self.clock = clock
        }

        /// Prints a report in the chosen format.
        func emit(_ report: Report) throws {
            FileHandle.standardOutput.write(try report.renderedData(as: format, csvEncoding: csvEncoding))
        }
    }
}

/// The tour's parts were written against the CLI's options (`global.language`, `global.emit`);
/// they read the same names from the settings.
typealias GlobalOptions = Tour.Settings

/// A check the tour shows failed (verify, the balance sheet, a reconciliation): the tour went as
/// far as it could and the host exits 1.
public struct TourFailed: Error, Sendable, Hashable {
    public var exitCode: Int32

    public init(exitCode: Int32) {
        self.exitCode = exitCode
    }
}

/// The tour's parts throw the name the CLI uses for the same outcome.
typealias CommandFailed = TourFailed

/// Standard output, unbuffered, so narration and reports keep their order.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension Tour {
    /// New books for a part of the tour, with every posting check a treasurer's books run under
    /// (budget control, cash and bank never overdrawn, the date window): the demo keeps the rules
    /// it shows.
    static func checkedBooks(at path: String, clock: WallClock) throws -> LedgerDatabase {
        try UnionSQLiteStores.withUnionChecks(try UnionSchema.createBooks(at: path, clock: clock)) { _ in }
    }
}
