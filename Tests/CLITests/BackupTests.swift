import LedgerStore
import Foundation
import Testing

@Suite("gonghui backup")
struct BackupTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox.withFixtureBooks()
    }

    @Test("makes a 0600 copy that verifies and gives the same trial balance")
    func backupIsFaithful() throws {
        let result = try sandbox.onBooks("backup", "copy.sqlite")
        result.expectSuccess()
        #expect(result.stdout == "已备份到 copy.sqlite\n")
        #expect(try sandbox.permissions("copy.sqlite") == 0o600)

        try sandbox.run("verify", "--db", "copy.sqlite").expectSuccess()
        #expect(try sandbox.trialBalanceJSON(db: "copy.sqlite") == sandbox.trialBalanceJSON())
        let originalList = try sandbox.run("voucher", "list", "--db", Sandbox.books)
        let copyList = try sandbox.run("voucher", "list", "--db", "copy.sqlite")
        #expect(copyList.stdout == originalList.stdout)
    }

    @Test("the copy is independent books: posting to it leaves the original alone")
    func backupIsIndependent() throws {
        try sandbox.onBooks("backup", "copy.sqlite").expectSuccess()
        let original = try sandbox.snapshot()
        try sandbox.run("voucher", "add", "--date", "2026-01-31", "--summary", "手续费", "--line", "508:借:1.00",
                        "--line", "102:贷:1.00", "--db", "copy.sqlite").expectSuccess()
        #expect(try sandbox.snapshot() == original)
        try sandbox.run("verify", "--db", "copy.sqlite").expectSuccess()
    }

    @Test("refuses to overwrite an existing file, which stays as it was")
    func refusesExistingDestination() throws {
        let existing = Data("do not overwrite me\n".utf8)
        try existing.write(to: sandbox.url.appendingPathComponent("existing.sqlite"))
        try sandbox.onBooks("backup", "existing.sqlite")
            .expectError(exitCode: 2, containing: "账套文件已存在：existing.sqlite")
        #expect(try sandbox.bytes("existing.sqlite") == existing)

        try sandbox.onBooks("backup", "copy.sqlite").expectSuccess()
        let copy = try sandbox.snapshot("copy.sqlite")
        try sandbox.onBooks("backup", "copy.sqlite", "--lang", "en")
            .expectError(exitCode: 2, containing: "books already exist at copy.sqlite")
        #expect(try sandbox.snapshot("copy.sqlite") == copy)
    }
}
