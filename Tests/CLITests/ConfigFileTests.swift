import Foundation
import Testing

/// Issue 14.6: a configuration file beside the book, and the language from the locale.
@Suite("gonghui.toml and the language")
struct ConfigFileTests {
    @Test("book, org, user and lang come from gonghui.toml; options still win")
    func configFile() throws {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise", "--chart", "basic").expectSuccess()
        try """
            # 示例工会的日常设置
            [gonghui]
            book = "books.sqlite"
            org = "GH001"
            user = "张会计"   # not a comment inside quotes: "a # b" stays whole
            lang = "en"
            """.write(toFile: sandbox.path("gonghui.toml"), atomically: false, encoding: .utf8)
        let added = try sandbox.run(["voucher", "add", "--date", "2026-01-05", "--summary", "会费", "--line", "102:借:10", "--line", "401:贷:10"],
                                    environment: ["GONGHUI_USER": ""])
        added.expectSuccess()
        #expect(added.stdout.hasPrefix("Entered: draft 1"), "English from the file: \(added)")
        let drafts = try sandbox.run(["voucher", "drafts", "--format", "csv", "--lang", "zh"], environment: ["GONGHUI_USER": ""])
        #expect(drafts.stdout.contains("张会计"), "\(drafts)")
        #expect(drafts.stdout.contains("制单"), "--lang wins over the file: \(drafts)")
    }

    @Test("a configuration file that does not read is refused naming its line; nothing runs")
    func badConfigFile() throws {
        let sandbox = try Sandbox()
        try "book = \"books.sqlite\"\ncolour = \"red\"\n".write(toFile: sandbox.path("gonghui.toml"), atomically: false, encoding: .utf8)
        try sandbox.run("voucher", "list").expectError(exitCode: 2, containing: "gonghui.toml:2 有误：未知的键“colour”")
        try "lang = \"fr\"\n".write(toFile: sandbox.path("gonghui.toml"), atomically: false, encoding: .utf8)
        try sandbox.run("voucher", "list").expectError(exitCode: 2, containing: "lang 的取值“fr”无效（可选 zh 或 en）")
    }

    @Test("an English locale (LANG=en_US.UTF-8) gives English; GONGHUI_LANG and --lang override it")
    func localeLanguage() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        let english = try sandbox.run(["voucher", "show", "99", "--db", Sandbox.books], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.exitCode != 0 && english.stderr.hasPrefix("error:"), "\(english)")
        let chinese = try sandbox.run(["voucher", "show", "99", "--db", Sandbox.books], environment: ["LANG": "en_US.UTF-8", "GONGHUI_LANG": "zh"])
        #expect(chinese.stderr.hasPrefix("错误："), "\(chinese)")
        let flag = try sandbox.run(["voucher", "show", "99", "--db", Sandbox.books, "--lang", "zh"], environment: ["LANG": "en_US.UTF-8"])
        #expect(flag.stderr.hasPrefix("错误："), "\(flag)")
    }
}
