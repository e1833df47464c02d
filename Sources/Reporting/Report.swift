import Foundation
import LedgerCore

/// A report as data: title, header lines, one or more tables, notes. Renderers turn it into
/// table, CSV, JSON, Markdown, HTML or an XLSX workbook, so every report gets every format and
/// tests can assert on data.
public struct Report: Sendable {
    public var title: String
    /// Lines under the title: 编制单位, period, 单位：元.
    public var headerLines: [String]
    public var tables: [Table]
    public var notes: [String]
    /// Signature places printed at the foot (工会主席, 财务负责人, 复核, 制表).
    public var signatures: [String]
    /// A report-specific JSON document with a stable, documented schema. When `nil`, JSON output
    /// is the generic `{"title","tables":[{"columns","rows"}]}`.
    public var json: (any Encodable & Sendable)?
    /// Charts after the tables: inline SVG in HTML, text bars in the table and Markdown formats.
    public var charts: [Chart]
    /// The journal head at the foot (set by the CLI when it prints a report of a books file).
    public var journal: JournalStamp?
    /// Notes after `notes` that are worked out when they are printed, after the rows in every
    /// format (JSON then writes its `notes` key after `tables`), so a listing's count or its
    /// `showing N of M` does not hold back its first row.
    public var laterNotes: (@Sendable () throws -> [String])?
    /// A document that is one sheet of paper (a notice): printed fitted to one page in both
    /// directions. Other reports fit the width only, a long listing running on over pages.
    public var fitsOnePage = false

    /// `notes` and the later notes.
    public func resolvedNotes() throws -> [String] {
        guard let laterNotes else { return notes }
        return notes + (try laterNotes())
    }

    public init(title: String, headerLines: [String] = [], tables: [Table], notes: [String] = [],
                signatures: [String] = [], json: (any Encodable & Sendable)? = nil, charts: [Chart] = []) {
        self.title = title
        self.headerLines = headerLines
        self.tables = tables
        self.notes = notes
        self.signatures = signatures
        self.json = json
        self.charts = charts
    }

    /// The signature line as printed: `工会主席：______    财务负责人：______`.
    public var signatureLine: String? {
        signatures.isEmpty ? nil : signatures.map { Report.signaturePlace($0) + "________" }.joined(separator: "    ")
    }

    /// `工会主席：` or `Chair: `: the colon follows the label's script.
    static func signaturePlace(_ label: String) -> String {
        label.unicodeScalars.last.map { $0.isASCII } == true ? label + ": " : label + "："
    }

    /// A table: headed columns, body rows, and optional total rows set apart at the bottom. A
    /// section of a narrative report (a review report's 审查意见) is a table with paragraphs under its
    /// caption, and no columns when it is text only.
    public struct Table: Sendable {
        public var caption: String
        /// Text printed under the caption, before the grid (none in ordinary tables).
        public var paragraphs: [String]
        public var columns: [Column]
        public var rows: [[Cell]]
        public var totals: [[Cell]]
        /// Printed HTML starts the table on a new page in this orientation (a wide table goes
        /// landscape); nil keeps it on the flow of the page.
        public var page: Page?
        /// Rows fed one at a time instead of `rows` (a listing read from the store; `streamed(…)`).
        public var feed: RowFeed?

        public init(caption: String = "", paragraphs: [String] = [], columns: [Column], rows: [[Cell]], totals: [[Cell]] = [],
                    page: Page? = nil) {
            self.caption = caption
            self.paragraphs = paragraphs
            self.columns = columns
            self.rows = rows
            self.totals = totals
            self.page = page
        }

        /// A section of text only: a heading and its paragraphs.
        public static func text(_ caption: String, _ paragraphs: [String]) -> Table {
            Table(caption: caption, paragraphs: paragraphs, columns: [], rows: [])
        }

        /// True when the section has a grid to print.
        public var hasGrid: Bool { !columns.isEmpty }
    }

    /// The orientation of a printed A4 page.
    public enum Page: String, Sendable {
        case portrait
        case landscape
    }

    public struct Column: Sendable {
        public enum Alignment: Sendable { case left, right }
        public var heading: String
        /// The machine name used as the JSON key and CSV heading when `machineHeadings` is set.
        public var key: String
        public var alignment: Alignment

        public init(_ heading: String, key: String, alignment: Alignment = .left) {
            self.heading = heading
            self.key = key
            self.alignment = alignment
        }
    }

    public enum Cell: Sendable, Hashable {
        case text(String)
        case money(Money)
        case integer(Int64)
        /// A calendar date: text everywhere but XLSX, where it is a real date cell.
        case date(LocalDate)
        /// A value from a fixed English vocabulary (`normal`, `posted`, `self`, `total`, …) with its
        /// human label in the report's language: tables, CSV, Markdown, HTML and sheets show the
        /// label; JSON gives the value under the column's key and the label under `KEY_label`, so
        /// a JSON document's values do not change with `--lang`.
        case labelled(value: String, label: String)
        case empty

        /// How the cell reads in a table or CSV.
        public var display: String {
            switch self {
            case .text(let text): text
            case .labelled(_, let label): label
            case .money(let money): money.formatted()
            case .integer(let value): String(value)
            case .date(let date): date.description
            case .empty: ""
            }
        }
    }
}

/// The output formats every report supports.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case csv
    case json
    /// GitHub-flavoured Markdown tables.
    case md
    /// One self-contained HTML page, print-ready on A4.
    case html
    /// An Excel workbook (Office Open XML): one sheet per table, money as numbers, dates as dates.
    case xlsx
    /// A Word document (Office Open XML WordprocessingML): headings, paragraphs, ruled tables, the
    /// signature block — what committees hand in.
    case docx

    /// Binary formats are bytes, not text: they go to a file or a pipe, never to a terminal.
    public var isBinary: Bool { self == .xlsx || self == .docx }
}

extension Report {
    /// Renders the report in a text format.
    /// - Throws: `ReportingError.formatMustBeText` for a binary format (use `renderedData(as:)`).
    public func rendered(as format: OutputFormat) throws -> String {
        switch format {
        case .table: try TableRenderer.render(self)
        case .csv: try CSVRenderer.render(self)
        case .json: try JSONRenderer.render(self)
        case .md: try MarkdownRenderer.render(self)
        case .html: try HTMLRenderer.render(self)
        case .xlsx, .docx: throw ReportingError.formatMustBeText(format: format.rawValue)
        }
    }

    /// The report's bytes in any format: UTF-8 text, or the zipped workbook for XLSX.
    public func renderedData(as format: OutputFormat) throws -> Data {
        switch format {
        case .xlsx: try XLSXRenderer.render(self)
        case .docx: try DOCXRenderer.render(try materialised())
        default: Data(try rendered(as: format).utf8)
        }
    }

    /// Writes the report to `out` as it is rendered: a fed table's rows go out as they are read
    /// (DOCX, a document for committees, is rendered whole).
    public func write(as format: OutputFormat, to out: any ReportWriter) throws {
        switch format {
        case .table: try TableRenderer.render(self, to: out)
        case .csv: try CSVRenderer.render(self, to: out)
        case .json: try JSONRenderer.render(self, to: out)
        case .md: try MarkdownRenderer.render(self, to: out)
        case .html: try HTMLRenderer.render(self, to: out)
        case .xlsx: try XLSXRenderer.render(self, to: out)
        case .docx: try out.write(try DOCXRenderer.render(try materialised()))
        }
    }

    /// The report's bytes, CSV in the encoding asked for: UTF-8 with a BOM (so Excel reads it as
    /// UTF-8), or GB18030 without one, as Excel on Chinese Windows opens and saves CSV. Other
    /// formats are as `renderedData(as:)`.
    /// - Throws: `ReportingError.textMustBeEncodable` if the platform cannot write GB18030.
    public func renderedData(as format: OutputFormat, csvEncoding: CSVEncoding) throws -> Data {
        guard format == .csv && csvEncoding == .gb18030 else { return try renderedData(as: format) }
        let text = try rendered(as: .csv)
        let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let data = unmarked.data(using: CSVEncoding.gb18030StringEncoding) else {
            throw ReportingError.textMustBeEncodable(encoding: "GB18030")
        }
        return data
    }
}

/// The text encoding of CSV output.
public enum CSVEncoding: Sendable, Hashable, CaseIterable {
    /// UTF-8 with a byte-order mark.
    case utf8
    /// GB18030 (a superset of GBK), without a byte-order mark.
    case gb18030

    /// Foundation's GB18030 (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    static let gb18030StringEncoding = String.Encoding(rawValue: 0x8000_0632)
}
