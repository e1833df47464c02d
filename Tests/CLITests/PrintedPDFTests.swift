import Foundation
import Testing

/// The PDF tools this suite prints with, when installed (`apt-get install chromium libreoffice-calc
/// poppler-utils`); the suite is skipped, saying so, without them.
enum PrintTools {
    static let pdfinfo = InstalledTool.path("pdfinfo")
    static let chromium = InstalledTool.path("chromium") ?? InstalledTool.path("chromium-browser") ?? InstalledTool.path("google-chrome")
    static let libreoffice = InstalledTool.path("libreoffice") ?? InstalledTool.path("soffice")
    static var available: Bool { pdfinfo != nil && (chromium != nil || libreoffice != nil) }
}

/// What `pdfinfo` says of a PDF.
struct PDFInfo {
    var pages: Int
    var width: Double
    var height: Double
    var isLandscape: Bool { width > height }

    init(_ path: String, in folder: URL) throws {
        let tool = try #require(PrintTools.pdfinfo)
        let result = try CLI.runProcess(URL(fileURLWithPath: tool), [path], in: folder)
        result.expectSuccess()
        var pages = 0, width = 0.0, height = 0.0
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Pages" { pages = Int(parts[1]) ?? 0 }
            if parts[0] == "Page size" {
                let numbers = parts[1].split(separator: " ").compactMap { Double($0) }
                if numbers.count >= 2 { (width, height) = (numbers[0], numbers[1]) }
            }
        }
        self.pages = pages
        self.width = width
        self.height = height
    }
}

/// The wide reports printed as a treasurer prints them: HTML through headless Chromium, XLSX
/// through LibreOffice. Arrears and a bank journal print landscape on A4; a dunning notice is one
/// portrait page.
@Suite("printed reports (PDF)", .enabled(if: PrintTools.available, "needs pdfinfo and chromium or libreoffice (apt-get install chromium libreoffice-calc poppler-utils)"))
struct PrintedPDFTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.tourDemo().expectSuccess()
        let federation = ["--db", "demo/federation.sqlite"], books = ["--db", "demo/tour.sqlite"]
        for (arguments, file) in [
            (federation + ["arrears", "show", "--as-of", "2026-12-31", "--aging", "--format", "html"], "arrears.html"),
            (federation + ["arrears", "show", "--as-of", "2026-12-31", "--format", "xlsx"], "arrears.xlsx"),
            (federation + ["notice", "--unit", "DW005", "--as-of", "2026-12-31", "--format", "html"], "notice.html"),
            (books + ["report", "ledger", "--account", "102", "--format", "html"], "ledger.html"),
            (books + ["report", "ledger", "--account", "102", "--format", "xlsx"], "ledger.xlsx"),
        ] {
            try sandbox.run(arguments + ["--output", file]).expectSuccess()
        }
    }

    @Test("Chromium prints arrears and the bank journal landscape, the notice on one portrait page",
          .enabled(if: PrintTools.chromium != nil, "chromium is not installed"))
    func chromium() throws {
        let chromium = URL(fileURLWithPath: try #require(PrintTools.chromium))
        for name in ["arrears", "ledger", "notice"] {
            let printed = try CLI.runProcess(chromium, [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + sandbox.path("chromium-profile"), "--print-to-pdf=" + sandbox.path(name + ".pdf"),
                sandbox.url.appendingPathComponent(name + ".html").absoluteString,
            ], in: sandbox.url)
            #expect(sandbox.exists(name + ".pdf"), "\(name): \(printed.stderr)")
        }
        let arrears = try PDFInfo("arrears.pdf", in: sandbox.url), ledger = try PDFInfo("ledger.pdf", in: sandbox.url)
        let notice = try PDFInfo("notice.pdf", in: sandbox.url)
        #expect(arrears.isLandscape && ledger.isLandscape)
        #expect((1...2).contains(arrears.pages), "24 units and the aging table: \(arrears.pages) pages")
        #expect((1...4).contains(ledger.pages), "a year of the bank journal: \(ledger.pages) pages")
        #expect(!notice.isLandscape && notice.pages == 1, "a notice is one upright page")
    }

    @Test("LibreOffice prints the arrears and bank journal workbooks landscape, one page wide",
          .enabled(if: PrintTools.libreoffice != nil, "libreoffice is not installed"))
    func libreOffice() throws {
        let office = URL(fileURLWithPath: try #require(PrintTools.libreoffice))
        let converted = try CLI.runProcess(office, [
            "--headless", "-env:UserInstallation=" + sandbox.url.appendingPathComponent("office-profile").absoluteString,
            "--convert-to", "pdf", "--outdir", sandbox.path("office"), sandbox.path("arrears.xlsx"), sandbox.path("ledger.xlsx"),
        ], in: sandbox.url)
        try #require(sandbox.exists("office/arrears.pdf") && sandbox.exists("office/ledger.pdf"),
                     "libreoffice did not convert: \(converted.stdout) \(converted.stderr)")
        let arrears = try PDFInfo("office/arrears.pdf", in: sandbox.url), ledger = try PDFInfo("office/ledger.pdf", in: sandbox.url)
        #expect(arrears.isLandscape && ledger.isLandscape)
        // Fitted to one page wide: 11 columns of arrears do not spill onto a second page across.
        #expect(arrears.pages == 1, "arrears: \(arrears.pages) pages")
        #expect((1...4).contains(ledger.pages), "bank journal: \(ledger.pages) pages")
    }
}
