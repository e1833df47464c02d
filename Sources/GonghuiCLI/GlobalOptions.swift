import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionPostgres
import UnionSQLite
import UnionStores

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: L("账套文件，或 PostgreSQL 账簿 postgres://用户@主机[:端口]/库名（默认 ./gonghui.sqlite，或 $GONGHUI_DB，或 gonghui.toml 中的 book）。",
                                 "Books file, or a PostgreSQL book as postgres://USER@HOST[:PORT]/DB (default ./gonghui.sqlite, or $GONGHUI_DB, or book in gonghui.toml)."))
    var db: String?

    @Option(name: .customLong("org"), help: L("单位编码，文件中有多个单位时指定（或 gonghui.toml 中的 org）。", "Organisation code, when the file holds several (or org in gonghui.toml)."))
    var organisationOption: String?

    /// `--org`, else the configuration file's `org`.
    var org: String? { organisationOption ?? config.org }

    /// The configuration file in force (`gonghui.toml`); empty when there is none or it does not read
    /// (`validate()` reports that).
    var config: ConfigFile { (try? ConfigFile.current.get()) ?? ConfigFile() }

    @Option(name: .long, help: L("操作人（记录在每次写入中；或 $GONGHUI_USER）。", "Who is working (recorded on every write; or $GONGHUI_USER)."))
    var user: String?

    @Option(name: .long, help: L("输出格式：table、csv、json、md、html、xlsx、docx。", "Output format: table, csv, json, md, html, xlsx, docx."))
    var format: OutputFormatOption = .table

    @Option(name: .long, help: L("把报表写入此文件（整体替换，权限 0644），而不是标准输出。", "Write the report to this file (replaced whole, mode 0644) instead of standard output."))
    var output: String?

    @Option(help: L("CSV 文本编码（导入与导出）：auto（默认：导入时自动识别，导出为带 BOM 的 UTF-8）、utf8、gb18030。", "CSV text encoding, in and out: auto (default: detect on import, UTF-8 with BOM out), utf8, gb18030."))
    var encoding: EncodingOption = .auto

    @Option(name: .long, help: L("XLSX 输入读取的工作表：名称或从 1 开始的序号（默认第一张）。", "The sheet an XLSX input is read from: its name or its number from 1 (default the first)."))
    var sheet: String?

    @Option(name: .long, help: L("输出语言：zh（默认）或 en；否则依次看 $GONGHUI_LANG、gonghui.toml 中的 lang、以 en 开头的 LANG。", "Language of everything printed: zh (default) or en; else $GONGHUI_LANG, lang in gonghui.toml, or a LANG starting with en."))
    var lang: LanguageOption?

    var language: Language { lang?.language ?? LanguageChoice.default }

    @Flag(name: .long, help: L("不显示进度（长时间的导入在终端上显示进度行；输出到管道时本来就不显示）。",
                               "No progress line (long imports show one on a terminal; never when stderr is piped)."))
    var quiet = false

    func validate() throws {
        if case .failure(let problem) = ConfigFile.current { throw ValidationError(problem.message(in: language)) }
    }

    var databasePath: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GONGHUI_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return config.book ?? "gonghui.sqlite"
    }

    /// Who is working: `--user`, else `GONGHUI_USER`, else the operating system's login name (never
    /// a placeholder: the preparer ≠ reviewer rule compares these identities).
    var userName: String {
        if let user, !user.trimmingSpaces().isEmpty { return user.trimmingSpaces() }
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["GONGHUI_USER"]?.trimmingSpaces(), !named.isEmpty { return named }
        if let configured = config.user { return configured }
        return OperatorIdentity.loginName()
    }

    /// The clock every write records: the system's, or `GONGHUI_NOW` (ISO 8601) for reproducible runs.
    var clock: WallClock {
        get throws {
            guard let pinned = ProcessInfo.processInfo.environment["GONGHUI_NOW"], !pinned.isEmpty else { return .system }
            do { return try WallClock.pinned(pinned) } catch {
                throw ValidationError(language.pick("GONGHUI_NOW 不是有效时间：\(pinned)", "GONGHUI_NOW is not a valid time: \(pinned)"))
            }
        }
    }

    /// The as-of date: given, or today.
    func asOfDate(_ text: String?) throws -> LocalDate {
        if let text { return try LocalDate(parsing: text) }
        return try clock.today()
    }

    /// The current month (`GONGHUI_NOW` pins it).
    func currentMonth() throws -> YearMonth { try clock.today().yearMonth }

    /// Whether the books are a PostgreSQL database (`postgres://…`) rather than a file.
    var isPostgres: Bool { PostgresURL.isPostgres(databasePath) }

    /// The PostgreSQL book `--db` names (its union registers brought up to this version), with the
    /// union rules' checks on its posting path as on a file: budget control, cash and bank balances
    /// as the policy in force says, the date window.
    func openPostgres() throws -> PostgresStore {
        try checkOutput()
        let language = self.language
        let store = try UnionPostgresStores.withUnionChecks(
            try UnionPostgresStores.openBooks(url: try PostgresURL(parsing: databasePath), clock: clock)) { overdraft in
            Output.error(language.pick("注意：", "warning: ") + overdraft.message(in: language))
        }
        OpenedBooks.postgres = store
        return store
    }

    /// The books file, with the union rules' checks (budget control, cash and bank balances, the date window) on its posting path.
    /// - Throws: `StoreError.commandMustSupportStore` for a PostgreSQL book: the command needs the union tables.
    func openDatabase() throws -> LedgerDatabase {
        if isPostgres { throw StoreError.commandMustSupportStore(command: StoreError.currentCommand, location: databasePath) }
        try checkOutput()
        let language = self.language
        let database = try UnionSQLiteStores.withUnionChecks(
            try UnionSchema.openBooks(at: databasePath, clock: clock, busyWait: busyWait)) { overdraft in
            Output.error(language.pick("注意：", "warning: ") + overdraft.message(in: language))
        }
        OpenedBooks.database = database
        return database
    }

    /// How long a write waits for another gonghui's: `GONGHUI_BUSY_TIMEOUT` seconds (default 30),
    /// saying so on stderr once per wait.
    var busyWait: BusyWait {
        get throws {
            var seconds = BusyWait.defaultSeconds
            if let text = ProcessInfo.processInfo.environment["GONGHUI_BUSY_TIMEOUT"], !text.isEmpty {
                guard let value = Double(text), value >= 0, value <= 86_400 else {
                    throw ValidationError(language.pick("GONGHUI_BUSY_TIMEOUT 须为 0 到 86400 之间的秒数：\(text)",
                                                        "GONGHUI_BUSY_TIMEOUT must be seconds from 0 to 86400: \(text)"))
                }
                seconds = value
            }
            let language = self.language
            let shown = Int(seconds.rounded())
            return BusyWait(seconds: seconds) { path in
                Output.error(language.pick("另一个 gonghui 正在写入此账簿（\(path)），最多等待 \(shown) 秒……",
                                           "another gonghui is writing to this book (\(path)); waiting up to \(shown) s…"))
            }
        }
    }

    /// Every union store of the book `--db` names, with the union rules' checks on its posting path.
    /// - Throws: `StoreError.commandMustSupportStore` for a PostgreSQL book until its union registers exist there.
    func openStores() throws -> any UnionStores {
        if isPostgres { return UnionPostgresStores(store: try openPostgres()) }
        return UnionSQLiteStores(database: try openDatabase())
    }

    func openBooks() throws -> any Books {
        if isPostgres { return try openPostgres().books(for: org, user: userName) }
        return try openDatabase().books(for: org, user: userName)
    }

    /// The approval rules in force today for `books`: the file's policy and the chair's tenures.
    func approvalRules(for books: any Books) throws -> ApprovalRules {
        let stores: any UnionStores
        if let books = books as? PostgresBooks { stores = UnionPostgresStores(store: books.postgres) } else {
            stores = UnionSQLiteStores(database: try books.database)
        }
        return try ApprovalRules.inForce(for: books, policies: stores.policies, organisations: stores.organisations,
                                         on: books.clock.today())
    }

    /// Prints a report in the chosen format (CSV in GB18030, without BOM, when asked), or writes
    /// it to `--output`. XLSX goes to a file or a pipe, never to a terminal.
    func emit(_ report: Report) throws {
        // Rows printed on the terminal are their own progress: a progress line would tear them.
        guard output != nil || isatty(STDOUT_FILENO) == 0 else { return try ImportProgress.scope.withValue(nil) { try write(report) } }
        try write(report)
    }

    private func write(_ report: Report) throws {
        if output == nil && format.format.isBinary && isatty(STDOUT_FILENO) != 0 {
            throw ReportingError.binaryOutputMustNotGoToTerminal(format: format.rawValue)
        }
        var report = report
        if report.journal == nil { report.journal = try OpenedBooks.stamp(language) }
        if report.isStreamed {
            // Rows go out as the store reads them; a file is renamed into place when they are all written.
            let encoding = format.format == .csv ? csvEncoding : .utf8
            try ReportFile.stream(to: output, protecting: [databasePath], encoding: encoding) { writer in
                try report.write(as: format.format, to: writer)
            }
            if let output { say("已写入 \(output)", "written to \(output)") }
            return
        }
        let data = try report.renderedData(as: format.format, csvEncoding: csvEncoding)
        if let output {
            try ReportFile.write(data, to: output, protecting: [databasePath])
            say("已写入 \(output)", "written to \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Refuses an `--output` that is the books (or a companion), read-only or a link, before any work.
    func checkOutput() throws {
        if let output { try ReportFile.check(output, protecting: [databasePath]) }
    }

    /// CSV out: GB18030 when asked, else UTF-8 with a BOM (`auto` detects only on the way in).
    var csvEncoding: CSVEncoding { encoding == .gb18030 ? .gb18030 : .utf8 }

    /// Prints a short confirmation (suppressed for JSON, where only documents go to stdout).
    func say(_ chinese: String, _ english: String) {
        if format == .json { return }
        Output.write(language.pick(chinese, english) + "\n")
    }

    /// Tells what a write command did: with `--format json` the command's document (stable keys,
    /// whatever the language; to `--output` when given), otherwise the one-line confirmation.
    func done(_ document: any Encodable & Sendable, _ chinese: String, _ english: String) throws {
        guard format == .json else { return say(chinese, english) }
        try emit(Report(title: "", tables: [], json: document))
    }
}

enum OutputFormatOption: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, md, html, xlsx, docx
    var format: OutputFormat { OutputFormat(rawValue: rawValue) ?? .table }
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case zh, en
    var language: Language { self == .en ? .en : .zh }
}

enum Output {
    static func write(_ text: String) {
        ProgressLine.clearShown()
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        ProgressLine.clearShown()
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
