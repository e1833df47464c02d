import Foundation
import Testing

/// Issue 13, item 1: no output path may destroy the books. Each scenario: the command, its exit
/// code and message, and the books byte for byte (main file and WAL) before and after.
@Suite("hostile: output paths never replace the books")
struct HostileOutputTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox.withFixtureBooks() }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: sandbox.url.appendingPathComponent(name))
    }

    @Test("report --output naming the books, a companion, a hard link or a symbolic link to them exits 2, books unchanged",
          arguments: ["books.sqlite", "./books.sqlite", "sub/../books.sqlite", "books.sqlite-wal", "./books.sqlite-shm",
                      "books.sqlite-journal", "BOOKS.SQLITE-WAL", "hard-link", "soft-link"])
    func reportOverBooks(output: String) throws {
        try FileManager.default.createDirectory(atPath: sandbox.path("sub"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: sandbox.path(Sandbox.books), toPath: sandbox.path("hard-link"))
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("soft-link"), withDestinationPath: Sandbox.books)
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("report", "trial-balance", "--output", output)
        result.expectError(exitCode: 2, containing: "不能把输出写到账套文件")
        #expect(try sandbox.snapshot() == before)
        #expect(!sandbox.exists("BOOKS.SQLITE-WAL") && !sandbox.exists("books.sqlite-journal"))
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("--db through a symbolic link: its real file and companions are protected too")
    func booksThroughLink() throws {
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("link.sqlite"), withDestinationPath: Sandbox.books)
        let before = try sandbox.snapshot()
        let result = try sandbox.run("report", "trial-balance", "--db", "link.sqlite", "--output", "books.sqlite-wal")
        result.expectError(exitCode: 2, containing: "账套文件")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a write command's --format json --output naming the books is refused before it writes anything")
    func writeCommandOverBooks() throws {
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("org", "add", "--code", "DW900", "--name", "甲", "--kind", "enterprise",
                                         "--format", "json", "--output", "books.sqlite")
        result.expectError(exitCode: 2, containing: "不能把输出写到账套文件")
        #expect(try sandbox.snapshot() == before, "the organisation was not added")
        #expect(try !sandbox.onBooks("org", "list").stdout.contains("DW900"))
    }

    @Test("a read-only file is not replaced; the message says so")
    func readOnlyOutput() throws {
        try write("kept.txt", "keep me")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: sandbox.path("kept.txt"))
        let result = try sandbox.onBooks("report", "trial-balance", "--output", "kept.txt")
        result.expectError(exitCode: 2, containing: "只读")
        #expect(try sandbox.bytes("kept.txt") == Data("keep me".utf8))
    }

    @Test("a symbolic link as --output is refused and its target left alone")
    func symbolicLinkOutput() throws {
        try write("victim.txt", "victim")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("out.txt"), withDestinationPath: "victim.txt")
        let result = try sandbox.onBooks("report", "trial-balance", "--output", "out.txt")
        result.expectError(exitCode: 2, containing: "符号链接")
        #expect(try sandbox.bytes("victim.txt") == Data("victim".utf8))
    }

    @Test("backup to a companion of the books (no -journal exists beside WAL books) is refused")
    func backupOverCompanion() throws {
        let before = try sandbox.snapshot()
        try sandbox.onBooks("backup", "books.sqlite-journal").expectError(exitCode: 2, containing: "账套文件")
        #expect(!sandbox.exists("books.sqlite-journal"))
        #expect(try sandbox.snapshot() == before)
    }

    @Test("an ordinary --output still works, and /dev/null takes a report")
    func ordinaryOutput() throws {
        try sandbox.onBooks("report", "trial-balance", "--output", "tb.txt").expectSuccess()
        #expect(try sandbox.bytes("tb.txt").count > 100)
        try sandbox.onBooks("report", "trial-balance", "--output", "/dev/null").expectSuccess()
    }
}

/// Notices: one file per unit, never written through a link, never over the books; unit codes
/// that could escape a folder are refused when they are registered.
@Suite("hostile: notice files and unit codes")
struct HostileNoticeTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: sandbox.url.appendingPathComponent(name))
    }

    /// A federation whose units all owe January's dues.
    func federation(codes: [String]) throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try write("units.csv", "code,name,kind,parent,channel\n"
                  + codes.enumerated().map { "\($1),单位\($0),enterprise,XF,self" }.joined(separator: "\n") + "\n")
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\n"
                  + codes.map { "\($0),,2026-01,10,100000.00" }.joined(separator: "\n") + "\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
    }

    @Test("notice --all gives each unit its own file, even when codes differ only in . _ or letter case")
    func uniqueNoticeFiles() throws {
        let codes = ["A.1", "A_1", "a_1", "a.1", "DW-1"]
        try federation(codes: codes)
        try sandbox.onBooks("notice", "--all", "--dir", "notices", "--as-of", "2026-03-07").expectSuccess()
        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("notices"))
        #expect(files.count == codes.count, "\(files)")
        #expect(Set(files.map { $0.lowercased() }).count == codes.count, "distinct on a case-insensitive file system too")
        for index in codes.indices {
            let holding = try files.filter { String(decoding: try sandbox.bytes("notices/" + $0), as: UTF8.self).contains("单位\(index)") }
            #expect(holding.count == 1, "one notice for \(codes[index])")
        }
    }

    @Test("notice --dir naming a file exits 2 saying it is not a folder")
    func noticeDirIsFile() throws {
        try federation(codes: ["DW001"])
        try write("plain", "x")
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("notice", "--all", "--dir", "plain", "--as-of", "2026-03-07")
        result.expectError(exitCode: 2, containing: "不是文件夹")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a symbolic link inside the notice folder is not written through")
    func symbolicLinkInNoticeFolder() throws {
        try federation(codes: ["DW001"])
        try FileManager.default.createDirectory(atPath: sandbox.path("notices"), withIntermediateDirectories: true)
        try write("victim.md", "victim")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("notices/DW001.md"), withDestinationPath: "../victim.md")
        let result = try sandbox.onBooks("notice", "--all", "--dir", "notices", "--as-of", "2026-03-07")
        result.expectError(exitCode: 2, containing: "符号链接")
        #expect(try sandbox.bytes("victim.md") == Data("victim".utf8))
    }

    @Test("a unit code with / \\ .. a space or a control character is refused on every way in, naming it",
          arguments: ["A/1", "A\\1", "..", "../x", "A 1", "A\u{1B}1", ".hidden", String(repeating: "A", count: 40)])
    func badCodes(code: String) throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        let before = try sandbox.snapshot()
        try sandbox.onBooks("org", "add", "--code", code, "--name", "甲", "--kind", "enterprise").expectError(exitCode: 2, containing: "单位编码不合规")
        #expect(try sandbox.snapshot() == before)
        try write("units.csv", "code,name,kind,parent,channel\n\"\(code)\",甲,enterprise,XF,self\n")
        let imported = try sandbox.onBooks("org", "import", "units.csv")
        #expect(imported.exitCode == 2 && imported.stderr.contains("单位编码不合规"), "\(imported)")
        #expect(!imported.stderr.contains("缺少必填项"), "a long code is not \"missing\"")
        #expect(try sandbox.snapshot() == before)
        let other = try sandbox.run("init", "--org-code", code, "--org-name", "乙", "--kind", "enterprise", "--start", "2026-01",
                                    "--chart", "basic", "--db", "other.sqlite")
        #expect(other.exitCode == 2 && other.stderr.contains("单位编码不合规"), "\(other)")
        #expect(!sandbox.exists("other.sqlite"))
    }
}
