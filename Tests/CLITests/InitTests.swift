import LedgerStore
import Foundation
import Testing

@Suite("gonghui init")
struct InitTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("creates the books file with mode 0600 and says what it made")
    func createsPrivateBooks() throws {
        let result = try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会",
                                         "--kind", "enterprise", "--start", "2026-01")
        result.expectSuccess()
        #expect(result.stdout == "已建账：GH001 示例科技有限公司工会，71 个科目，起始期间 2026-01，文件 books.sqlite\n")
        #expect(try sandbox.permissions(Sandbox.books) == 0o600)
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("opens books on a shipped chart profile and says how many codes are unconfirmed", arguments: [
        ("2021", 71, ""),                      // the official grassroots chart for an enterprise union
        ("2021-county", 107, ""),
        ("2021-federation", 107, ""),          // the older name of the county-and-above chart
        ("2009", 78, "注意：其中 3 个科目编码尚无来源确认"),
    ])
    func chartProfiles(profile: String, accounts: Int, note: String) throws {
        let result = try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise",
                                         "--start", "2026-01", "--chart", profile)
        result.expectSuccess()
        #expect(result.stdout.contains("\(accounts) 个科目"))
        #expect(note.isEmpty ? !result.stdout.contains("尚无来源确认") : result.stdout.contains(note))
        let list = try sandbox.onBooks("account", "list", "--format", "csv")
        #expect(list.stdout.split(separator: "\r\n").count == accounts + 1)
    }

    @Test("refuses a second organisation with the same code (organisationCodeMustBeUnique), file unchanged")
    func refusesDuplicateOrganisationCode() throws {
        try sandbox.initBooks(code: "GH001")
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "另一个工会", "--kind", "enterprise", "--add-org")
        result.expectError(exitCode: 1, containing: "单位编码已存在：GH001")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a second organisation shares the file; without --org commands must ask which one")
    func secondOrganisationNeedsChoosing() throws {
        try sandbox.initBooks(code: "GH001", name: "示例科技有限公司工会")
        try sandbox.initBooks(code: "GH002", name: "示例物流有限公司工会")

        let unchosen = try sandbox.onBooks("voucher", "list")
        unchosen.expectError(exitCode: 2, containing: "账套中有多个单位，请用 --org 指定：GH001, GH002")
        #expect(unchosen.stdout.isEmpty)
        try sandbox.onBooks("--lang", "en", "voucher", "list")
            .expectError(exitCode: 2, containing: "choose one with --org: GH001, GH002")

        // Each organisation keeps its own books in the one file.
        try sandbox.post("2026-01-05", "收取会费", ["102:借:100.00", "401:贷:100.00"], extra: ["--org", "GH002"])
            .expectSuccess()
        let second = try sandbox.onBooks("voucher", "list", "--org", "GH002")
        second.expectSuccess()
        #expect(second.stdout.contains("编制单位：示例物流有限公司工会"))
        #expect(second.stdout.contains("共 1 张凭证"))
        let first = try sandbox.onBooks("voucher", "list", "--org", "GH001")
        first.expectSuccess()
        #expect(first.stdout.contains("共 0 张凭证"))
    }

    @Test("an unknown --org is refused")
    func unknownOrganisation() throws {
        try sandbox.initBooks(code: "GH001")
        try sandbox.onBooks("voucher", "list", "--org", "GH999").expectError(exitCode: 2, containing: "单位不存在：GH999")
    }

    @Test("commands on a missing books file exit 2 and create nothing")
    func missingBooksFile() throws {
        try sandbox.onBooks("voucher", "list").expectError(exitCode: 2, containing: "账套文件不存在：books.sqlite")
        #expect(!sandbox.exists(Sandbox.books))
    }
}
