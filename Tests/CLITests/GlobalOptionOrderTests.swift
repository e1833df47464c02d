import Foundation
import Testing

/// Global options go before or after the subcommand, as the help says (issue 14): before a leaf,
/// before a group with or without its subcommand, between a group and its subcommand.
@Suite("global options in any position")
struct GlobalOptionOrderTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    /// Arguments, and a text stdout must contain (nil: only success is asked).
    static let table: [([String], String?)] = [
        (["--db", Sandbox.books, "voucher", "list"], "凭证列表"),
        (["voucher", "list", "--db", Sandbox.books], "凭证列表"),
        (["voucher", "--db", Sandbox.books, "list"], "凭证列表"),
        (["--db=\(Sandbox.books)", "voucher", "list"], "凭证列表"),
        (["--quiet", "--db", Sandbox.books, "--format", "csv", "voucher", "list"], nil),
        (["--db", Sandbox.books, "--lang", "en", "voucher", "list"], nil),
        (["--db", Sandbox.books, "voucher"], "list"),
        (["--db", Sandbox.books, "--lang", "en", "voucher"], "SUBCOMMANDS"),
        (["--db", Sandbox.books, "org", "tenure"], "list"),
        (["--db", Sandbox.books, "org", "tenure", "list"], nil),
        (["org", "--db", Sandbox.books, "tenure", "list"], nil),
        (["org", "tenure", "--db", Sandbox.books, "list"], nil),
        (["--db", Sandbox.books], "voucher"),
        (["--db", Sandbox.books, "--lang", "en"], "SUBCOMMANDS"),
        (["--db", Sandbox.books, "voucher", "--help"], "list"),
        (["--org", "GH001", "--db", Sandbox.books, "report", "trial-balance", "--from", "2026-01", "--to", "2026-01"], nil),
        (["--db", Sandbox.books, "verify"], nil),
    ]

    @Test("a table of orders: every one runs, none says 未知选项")
    func orders() throws {
        for (arguments, expected) in Self.table {
            let result = try sandbox.run(arguments)
            #expect(result.exitCode == 0, "\(arguments)\n\(result)")
            #expect(!result.stderr.contains("未知选项") && !result.stderr.contains("nknown option"), "\(arguments)\n\(result)")
            if let expected { #expect(result.stdout.contains(expected), "\(arguments)\n\(result)") }
        }
    }

    @Test("the language asked for before a group is the language of its help")
    func languageBeforeGroup() throws {
        let english = try sandbox.run("--lang", "en", "--db", Sandbox.books, "voucher")
        #expect(english.exitCode == 0 && english.stdout.contains("SUBCOMMANDS"), "\(english)")
        let chinese = try sandbox.run("--db", Sandbox.books, "voucher")
        #expect(chinese.exitCode == 0 && !chinese.stdout.contains("SUBCOMMANDS"), "\(chinese)")
    }

    @Test("a mistyped subcommand after leading globals is still named, with a suggestion")
    func mistypedAfterGlobals() throws {
        try sandbox.run("--db", Sandbox.books, "vocher", "list").expectError(exitCode: 2, containing: "voucher")
        try sandbox.run("--db", Sandbox.books, "voucher", "lst").expectError(exitCode: 2, containing: "voucher list")
        try sandbox.run("--db", Sandbox.books, "voucher", "lst", "--lang", "en").expectError(exitCode: 2, containing: "did you mean")
    }

    @Test("a value that looks like a subcommand stays the option's value")
    func valueNamedLikeSubcommand() throws {
        let result = try sandbox.run("--user", "voucher", "--db", Sandbox.books, "voucher", "list")
        #expect(result.exitCode == 0, "\(result)")
    }
}
