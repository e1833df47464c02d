import LedgerStore
import Foundation
import Testing

@Suite("command-line usage")
struct UsageTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    @Test("bad usage exits 2 with one line on stderr and touches nothing", arguments: [
        (["voucher", "list", "--bogus", "--db", "books.sqlite"], "未知选项 '--bogus'"),
        (["--bogus", "verify"], "未知选项 '--bogus'"),
        (["frobnicate"], "未知的子命令「frobnicate」；gonghui 的子命令有：tour、init、"),
        (["voucher", "list", "--bogus", "--lang", "en", "--db", "books.sqlite"], "Unknown option '--bogus'"),
        (["report", "trial-balance", "--format", "xml", "--db", "books.sqlite"], "xml"),
        (["--lang", "fr", "voucher", "list", "--db", "books.sqlite"], "fr"),
        (["voucher", "add", "--date", "2026-01-05", "--db", "books.sqlite"], "--summary"),
        (["voucher", "show", "abc", "--db", "books.sqlite"], "abc"),
    ])
    func badUsage(arguments: [String], mentions: String) throws {
        let before = try sandbox.snapshot()
        let result = try sandbox.run(arguments)
        result.expectError(exitCode: 2, containing: mentions)
        #expect(result.stdout.isEmpty)
        #expect(try sandbox.snapshot() == before)
    }

    @Test("usage errors are prefixed in the chosen language")
    func usageErrorLanguage() throws {
        #expect(try sandbox.run("voucher", "list", "--bogus").stderr.hasPrefix("错误："))
        #expect(try sandbox.run("--lang", "en", "voucher", "list", "--bogus").stderr.hasPrefix("error: "))
    }

    @Test("help goes to stdout with exit 0", arguments: [[String](), ["--help"], ["voucher", "add", "--help"]])
    func help(arguments: [String]) throws {
        let result = try sandbox.run(arguments)
        result.expectSuccess()
        #expect(result.stdout.contains("用法：gonghui"))
    }
}
