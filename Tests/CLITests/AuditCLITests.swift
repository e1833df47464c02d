import Foundation
import Testing
import ZIPFoundation

/// `gonghui audit …` end to end through the built binary: exit codes a script can rely on, the
/// review report as a Word document LibreOffice opens, the findings register's status moves, the
/// departure audit with the audited person's comments, and bad input refused with exit 2.
@Suite("gonghui audit")
struct AuditCLITests {
    let sandbox: Sandbox

    /// Books on the official 2021 chart with 王明 as chair and a few months posted through the
    /// workflow: income, the upward share remitted, spending with attachments.
    init() throws {
        sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise",
                            "--chart", "2021-grassroots", "--start", "2026-01").expectSuccess()
        try sandbox.onBooks("org", "tenure", "add", "--org", "GH001", "--role", "主席", "--person", "主席", "--from", "2020-01-01").expectSuccess()
        try sandbox.post("2026-01-05", "收到拨缴经费", ["102:借:50000.00", "402:贷:30000.00", "211:贷:20000.00"], extra: ["--attachments", "1"])
            .expectSuccess()
        try sandbox.post("2026-01-06", "上解上级工会经费", ["211:借:20000.00", "102:贷:20000.00"], extra: ["--attachments", "1"]).expectSuccess()
        try sandbox.post("2026-02-10", "职工篮球赛", ["50102:借:3000.00", "102:贷:3000.00"], extra: ["--attachments", "2"]).expectSuccess()
    }

    /// A warning only: a voucher without attachments.
    func addWarning() throws {
        try sandbox.post("2026-03-10", "购买文体用品", ["50102:借:800.00", "102:贷:800.00"]).expectSuccess()
    }

    /// A violation: festival gifts above the default cap of 1,000 per member a year.
    func addViolation() throws {
        try sandbox.post("2026-04-28", "劳动节慰问品（10人×1200元）", ["50105:借:12000.00", "102:贷:12000.00"], extra: ["--attachments", "1"])
            .expectSuccess()
    }

    @Test("audit check exits 1 only when a finding at or above --min-severity exists")
    func exitCodes() throws {
        let clean = try sandbox.onBooks("audit", "check", "--format", "json")
        #expect(clean.exitCode == 0, "\(clean)")
        try addWarning()
        #expect(try sandbox.onBooks("audit", "check", "--min-severity", "violation").exitCode == 0)
        #expect(try sandbox.onBooks("audit", "check", "--min-severity", "warning").exitCode == 1)
        #expect(try sandbox.onBooks("audit", "check").exitCode == 1, "default: any finding")
        try addViolation()
        let violated = try sandbox.onBooks("audit", "check", "--min-severity", "violation", "--format", "json")
        #expect(violated.exitCode == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: violated.stdoutData) as? [String: Any])
        #expect(document["report"] as? String == "auditCheck")
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.map { $0["check"] as? String } == ["benefits.giftCap"])
        #expect(findings.first?["vouchers"] as? [String] == ["记-2026-04-001"])
        #expect(try sandbox.onBooks("audit", "check", "--check", "books.attachmentsMissing", "--min-severity", "violation").exitCode == 0)
    }

    @Test("the review report as a Word document: a valid package LibreOffice converts to PDF")
    func reviewAsWord() throws {
        try addViolation()
        let written = try sandbox.onBooks("audit", "review", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "docx", "--output", "review.docx")
        written.expectSuccess()
        let archive = try Archive(data: try sandbox.bytes("review.docx"), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains("关于示例科技有限公司工会2026-01—2026-06经费收支情况的审查报告"))
        #expect(text.contains("八、存在的问题"))
        guard let soffice = Self.soffice else { return }
        let profile = sandbox.url.appendingPathComponent("lo-profile").absoluteString
        let converted = try CLI.runProcess(URL(fileURLWithPath: soffice),
                                           ["--headless", "-env:UserInstallation=\(profile)", "--convert-to", "pdf", "--outdir", sandbox.url.path,
                                            sandbox.path("review.docx")], in: sandbox.url)
        #expect(converted.exitCode == 0, "\(converted)")
        let pdf = try sandbox.bytes("review.pdf")
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test("findings are recorded once, noted, closed, and cannot be closed twice")
    func register() throws {
        try addViolation()
        #expect(try sandbox.onBooks("audit", "check", "--record").exitCode == 1)
        #expect(try sandbox.onBooks("audit", "review", "--record", "--format", "json").exitCode == 0)
        let listed = try sandbox.onBooks("audit", "findings", "--format", "json")
        listed.expectSuccess()
        let rows = try #require(((try JSONSerialization.jsonObject(with: listed.stdoutData) as? [String: Any])?["tables"] as? [[String: Any]])?.first?["rows"] as? [[String: String]])
        #expect(rows.count == 1, "found by two runs, registered once")
        #expect(rows.first?["status"] == "未整改")
        try sandbox.onBooks("audit", "rectify", "1", "--note", "已收回超标部分").expectSuccess()
        try sandbox.onBooks("audit", "close", "1", "--note", "经核实").expectSuccess()
        sandbox.onBooksExpect(["audit", "close", "1"], exitCode: 1, containing: "不能从“closed”改为“closed”")
        let review = try sandbox.onBooks("audit", "review", "--format", "md")
        #expect(review.stdout.contains("| 1 | 节日慰问超过规定标准 |"))
        #expect(review.stdout.contains("已销号"))
        #expect(review.stdout.contains("仍存在"))
    }

    @Test("the departure audit of a chair, with the written comments received")
    func departure() throws {
        try addViolation()
        try sandbox.onBooks("org", "tenure", "end", "1", "--on", "2026-05-31", "--reason", "任期届满").expectSuccess()
        try sandbox.onBooks("audit", "comment", "--tenure", "1", "--received", "2026-06-20", "--text", "对慰问品一项有说明").expectSuccess()
        let audit = try sandbox.onBooks("audit", "departure", "--person", "主席", "--format", "md", "--lang", "zh")
        audit.expectSuccess()
        #expect(audit.stdout.contains("示例科技有限公司工会主席主席离任经济责任审计报告"))
        #expect(audit.stdout.contains("审计期间：2026-01—2026-05"))
        #expect(audit.stdout.contains("直接责任"))
        #expect(audit.stdout.contains("（2026-06-20 收到）对慰问品一项有说明"))
        let english = try sandbox.onBooks("audit", "departure", "--tenure", "1", "--format", "json", "--lang", "en")
        english.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: english.stdoutData) as? [String: Any])
        #expect(document["report"] as? String == "auditDeparture")
        #expect((document["checklist"] as? [Any])?.count == 12)
    }

    @Test("bad input is refused with exit 2 and one line", arguments: [
        (["audit", "check", "--from", "2026-01-15"], "期间须为整月"),
        (["audit", "check", "--check", "no.such"], "没有编号为 no.such 的审计检查项"),
        (["audit", "check", "--min-severity", "fatal"], "--min-severity"),
        (["audit", "departure"], "--tenure"),
        (["audit", "departure", "--person", "无此人"], "没有 无此人 担任主席的任职记录"),
    ])
    func badInput(_ arguments: [String], _ message: String) throws {
        sandbox.onBooksExpect(arguments, exitCode: 2, containing: message)
    }

    @Test("the self-assessment answers all eight items from the books")
    func selfAssessment() throws {
        let result = try sandbox.onBooks("audit", "self-assess", "--year", "2026", "--format", "json")
        result.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == 8)
        #expect(Set(items.compactMap { $0["status"] as? String }).isSubset(of: ["met", "notMet", "notDeterminable"]))
    }

    /// The first `soffice` on PATH (LibreOffice), when installed.
    static let soffice: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}

extension Sandbox {
    /// Runs a command on the books and expects the documented failure.
    func onBooksExpect(_ arguments: [String], exitCode: Int32, containing message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try onBooks(arguments).expectError(exitCode: exitCode, containing: message, sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
    }
}
