import LedgerStore
import Foundation
import Testing

/// A fresh temporary folder for one test, where `gonghui` runs and its books live.
///
/// Suites hold one as a stored property: Swift Testing makes a new suite instance for every test
/// (and every argument of a parameterised test), so tests never share files and can run in
/// parallel. The folder is removed when the instance goes away.
final class Sandbox {
    /// The books file every `onBooks` command uses, relative to the folder.
    static let books = "books.sqlite"

    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    // MARK: Running gonghui

    /// Runs `gonghui` with exactly these arguments, in the folder.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CLIResult {
        try run(arguments, environment: environment)
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try CLI.run(arguments, in: url, environment: environment)
    }

    /// Runs a command on the folder's books: `gonghui ARGUMENTS --db books.sqlite`.
    @discardableResult
    func onBooks(_ arguments: String...) throws -> CLIResult {
        try onBooks(arguments)
    }

    @discardableResult
    func onBooks(_ arguments: [String]) throws -> CLIResult {
        try run(arguments + ["--db", Sandbox.books])
    }

    /// `gonghui init` with the small demo chart (`basic`, whose codes these tests name); expects success.
    /// A second call adds the organisation to the same file (`--add-org`).
    func initBooks(code: String = "GH001", name: String = "示例科技有限公司工会", start: String = "2026-01",
                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let arguments = ["init", "--org-code", code, "--org-name", name, "--kind", "enterprise", "--start", start, "--chart", "basic"]
        // The first organisation's books are a copy of the same command's books made once (see `SharedFixtures`).
        let result = exists(Sandbox.books) ? try onBooks(arguments + ["--add-org"])
            : try SharedFixtures.run(arguments + ["--db", Sandbox.books], into: url)
        result.expectSuccess(sourceLocation: sourceLocation)
    }

    /// A voucher through the whole workflow: `voucher add` (signed off by the chair, so expenditure
    /// may post), `voucher review` by a second person, `voucher post`. Lines are `CODE:借:AMOUNT`.
    /// Returns the first step that failed, or the posting.
    @discardableResult
    func post(_ date: String, _ summary: String, _ lines: [String], extra: [String] = []) throws -> CLIResult {
        let added = try run(["voucher", "add", "--date", date, "--summary", summary] + lines.flatMap { ["--line", $0] }
                            + ["--signoff-by", "主席"] + extra + ["--db", Sandbox.books])
        guard added.exitCode == 0 else { return added }
        let month = String(date.prefix(7))
        // Only the options that choose the books and the language carry over to the later steps.
        var carried: [String] = []
        var index = 0
        while index + 1 < extra.count {
            if ["--org", "--lang"].contains(extra[index]) { carried += [extra[index], extra[index + 1]] }
            index += 1
        }
        let reviewed = try run(["voucher", "review", "--month", month] + carried + ["--user", "复核员", "--db", Sandbox.books])
        guard reviewed.exitCode == 0 else { return reviewed }
        return try run(["voucher", "post", "--month", month] + carried + ["--db", Sandbox.books])
    }

    /// `report trial-balance --format json` for a range of months; expects success.
    func trialBalanceJSON(from: String = "2026-01", to: String = "2026-01", db: String = Sandbox.books,
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run("report", "trial-balance", "--from", from, "--to", to, "--format", "json", "--db", db)
        result.expectSuccess(sourceLocation: sourceLocation)
        // Without the journal head: it differs between any two files and after any write.
        return result.stdout.replacingOccurrences(of: #"  "journal" : \{[^}]*\},\n"#, with: "", options: .regularExpression)
    }

    /// How many vouchers the books hold (`voucher list --format json`).
    func voucherCount(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let result = try onBooks("voucher", "list", "--format", "json")
        result.expectSuccess(sourceLocation: sourceLocation)
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any],
                                    sourceLocation: sourceLocation)
        let tables = try #require(document["tables"] as? [[String: Any]], sourceLocation: sourceLocation)
        return tables.first.flatMap { ($0["rows"] as? [Any])?.count } ?? 0
    }

    // MARK: Files

    /// Copies a file from the repository into the folder; returns its name there.
    @discardableResult
    /// A sandbox whose books hold the three vouchers of ledgers/examples/vouchers-utf8-bom.csv.
    static func withFixtureBooks() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        try sandbox.onBooks("voucher", "import", sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv"))
            .expectSuccess()
        return sandbox
    }

    func copy(fromRepository relativePath: String, as name: String? = nil) throws -> String {
        let target = name ?? (relativePath as NSString).lastPathComponent
        try FileManager.default.copyItem(at: Repository.url(relativePath), to: url.appendingPathComponent(target))
        return target
    }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// The file's permission bits, e.g. 0o600.
    func permissions(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
        return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue) & 0o777
    }

    /// The books as they sit on disk after a command has ended: the main file and its WAL, if any.
    func snapshot(_ name: String = Sandbox.books) throws -> BooksSnapshot {
        BooksSnapshot(main: try bytes(name), wal: exists(name + "-wal") ? try bytes(name + "-wal") : nil)
    }
}

/// The bytes of a books file, to check that a refused command left it exactly as it was.
struct BooksSnapshot: Equatable {
    var main: Data
    var wal: Data?
}

extension CLIResult {
    /// Exit 0 and nothing on stderr.
    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(exitCode == 0, "\(self)", sourceLocation: sourceLocation)
        #expect(stderr.isEmpty, "\(self)", sourceLocation: sourceLocation)
    }

    /// The documented failure: this exit code and exactly one line on stderr containing `message`.
    func expectError(exitCode expected: Int32, containing message: String,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(exitCode == expected, "\(self)", sourceLocation: sourceLocation)
        #expect(stderrLines.count == 1, "expected one line on stderr\n\(self)", sourceLocation: sourceLocation)
        #expect(stderr.contains(message), "\(self)", sourceLocation: sourceLocation)
    }
}
