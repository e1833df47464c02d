import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionPostgres
import UnionSQLite

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: L("建立账套：登记单位并载入会计科目表", "Create books for an organisation"),
            discussion: helpDiscussion("文件中已有账套时拒绝，除非用 --add-org 把此单位加入其中（联合会及其下属单位可以共用一个文件）。",
                                   "A file that already holds books is refused unless --add-org says to add this organisation to it\n(a federation and its units can share one file).",
                                   examples: ["gonghui init --org-code GH001 --org-name 示例公司工会 --kind enterprise", "gonghui init --org-code ZGH --org-name 示例县总工会 --kind county-federation --db 县总.sqlite"])
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("org-code"), help: L("单位编码（如 GH001）。", "Organisation code (e.g. GH001)."))
    var organisationCode: String

    @Option(name: .customLong("org-name"), help: L("单位名称（如 示例公司工会）。", "Organisation name (e.g. 示例公司工会)."))
    var organisationName: String

    @Option(help: L("单位类型：编码或中文名称（enterprise 企业、institution 事业单位、organ 机关、county-federation 县级总工会……）。", "Organisation kind: a code or its Chinese name (enterprise, institution, organ, county-federation, …)."))
    var kind: String

    @Flag(name: .customLong("add-org"), help: L("把此单位加入已有账套的文件。", "Add this organisation to a file that already holds books."))
    var addOrganisation = false

    @Option(help: L("""
        会计科目表（默认按单位类型取 2021 年制度的科目表：基层工会，或 *-federation 取县级以上工会）：\
        2021、2021-grassroots、2021-county、2009（旧制度）、basic（演示用的小科目表），\
        或 CSV 文件（code,name,name_en,kind[,role]）。
        """, """
        Chart of accounts (default: the official 2021 chart for the kind — grassroots, or county level and above \
        for a *-federation): 2021, 2021-grassroots, 2021-county, 2009 (legacy), basic (a small demo chart), \
        or a CSV file (code,name,name_en,kind[,role]).
        """))
    var chart: String?

    @Option(help: L("经费政策：内置名称（default、beijing、chongqing）或 JSON 文件。保存在文件中，适用于其中所有账套。", "Policy: a built-in name (default, beijing, chongqing) or a JSON file. Kept in the file; applies to all its books."))
    var policy: String?

    @Option(help: L("账套的第一个月，YYYY-MM（默认当年一月）。", "First month of the books, YYYY-MM (default: January of the current year)."))
    var start: String?

    @Option(help: L("期初余额（建账）：按科目表科目编制的科目余额表 CSV（科目编码/code、期末余额/closing），作为建账凭证记账。", "Opening balances: a trial balance CSV of the chart's accounts (code, closing), posted as the opening voucher."))
    var opening: String?

    func run() throws {
        // The kind as its code first: `县总工会` chooses the federation chart as `county-federation` does.
        let kindName = try OrganisationKind.resolve(kind)
        let accounts: [Account]
        var unconfirmed = 0
        if let profileName = ChartProfile.Name.chosen(chart, kind: kindName) {
            let profile = try ChartProfile(profileName)
            accounts = profile.accounts
            unconfirmed = profile.unconfirmed.count
        } else if let chart, chart != "basic" {
            // Read as every input file is: a folder, bad bytes or mixed encodings told as such.
            accounts = try ChartFile.parse(TextFile.read(path: chart, displayName: chart, encoding: global.encoding.encoding),
                                           fileName: chart)
        } else {
            accounts = try ChartFile.parse(BuiltinChart.grassrootsBasic, fileName: "grassroots-basic.csv")
        }
        let firstPeriod: YearMonth
        if let start {
            firstPeriod = try YearMonth(parsing: start)
        } else {
            firstPeriod = try YearMonth(year: global.clock.today().year, month: 1)
        }
        let policyDocument = try policy.map { try BuiltinPolicies.load($0) }
        let code = organisationCode.trimmingSpaces()
        let name = organisationName.trimmingSpaces()
        if !code.isEmpty { try OrganisationCode.check(code) }
        for (option, value) in [("--org-code", code), ("--org-name", name)] {
            guard !value.isEmpty else { throw LedgerError.fieldMustBePresent(field: option) }
            guard !value.hasControlCharacters else { throw LedgerError.textMustNotHoldControlCharacters(field: option) }
        }
        // The opening balances are read and checked before anything is written.
        let openingDraft = try opening.map { file in
            let text = try TextFile.read(path: file, displayName: file, encoding: global.encoding.encoding)
            let draft = try OpeningBalances.voucher(balances: try Changeover.balances(fromCSV: text, fileName: file), accounts: accounts,
                                                    date: try Changeover.openingDate(firstPeriod: firstPeriod), sourceName: file)
            _ = try draft.validate()
            return draft
        }
        let path = global.databasePath
        if global.isPostgres {
            return try initPostgres(NewOrganisation(code: code, name: name, kind: kindName, firstPeriod: firstPeriod),
                                    accounts: accounts, policy: policyDocument, opening: openingDraft, unconfirmed: unconfirmed)
        }
        let isNew = !FileManager.default.fileExists(atPath: path)
        if !isNew && !addOrganisation {
            throw ValidationError(global.language.pick(
                "\(path) 已有账套；要在同一文件中再建一个单位的账套，请加 --add-org",
                "\(path) already holds books; to add another organisation's books to it, add --add-org"))
        }
        let database = isNew ? try UnionSchema.createBooks(at: path, clock: global.clock, busyWait: global.busyWait) : try UnionSchema.openBooks(at: path, clock: global.clock, busyWait: global.busyWait)
        let books: Books
        do {
            // The organisation, its chart and the policy in one transaction.
            books = try UnionSQLiteStores(database: database).addOrganisation(
                NewOrganisation(code: code, name: name, kind: kindName, firstPeriod: firstPeriod),
                chart: accounts, user: global.userName, policy: policyDocument)
            if let openingDraft { try books.post(openingDraft) }
        } catch {
            // A file this command created holds nothing else: leave no half-made books behind.
            if isNew { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            throw error
        }
        global.say("已建账：\(books.organisation.code) \(books.organisation.name)，\(accounts.count) 个科目，起始期间 \(firstPeriod)，文件 \(path)",
                   "Books created: \(books.organisation.code) \(books.organisation.name), \(accounts.count) accounts, from \(firstPeriod), file \(path)")
        if let openingDraft {
            global.say("已录入期初余额：\(openingDraft.postings.count) 个科目（建账凭证）",
                       "Opening balances posted: \(openingDraft.postings.count) accounts (opening voucher)")
        }
        if unconfirmed > 0 {
            global.say("注意：其中 \(unconfirmed) 个科目编码尚无来源确认（见 ledgers/charts/ 的 confirmed 列）",
                       "Note: \(unconfirmed) of these account codes are not yet confirmed by a source (see the confirmed column in ledgers/charts/)")
        }
    }

    /// `init` on a PostgreSQL database: the schema (when the database holds no books yet), the
    /// organisation and its chart, and the opening voucher.
    private func initPostgres(_ new: NewOrganisation, accounts: [Account], policy: PolicyDocument?, opening: VoucherDraft?,
                              unconfirmed: Int) throws {
        let url = try PostgresURL(parsing: global.databasePath)
        let store: PostgresStore
        do {
            store = try UnionPostgresStores.createBooks(url: url, clock: global.clock)
        } catch StoreError.fileMustNotExist {
            guard addOrganisation else {
                throw ValidationError(global.language.pick(
                    "\(url.location) 已有账套；要在同一数据库中再建一个单位的账套，请加 --add-org",
                    "\(url.location) already holds books; to add another organisation's books to it, add --add-org"))
            }
            store = try UnionPostgresStores.openBooks(url: url, clock: global.clock)
        }
        // The organisation, its chart and the policy in one transaction.
        let books = try UnionPostgresStores(store: store).addOrganisation(new, chart: accounts, user: global.userName, policy: policy)
        if let opening { try books.post(opening) }
        global.say("已建账：\(books.organisation.code) \(books.organisation.name)，\(accounts.count) 个科目，起始期间 \(new.firstPeriod)，数据库 \(url.location)",
                   "Books created: \(books.organisation.code) \(books.organisation.name), \(accounts.count) accounts, from \(new.firstPeriod), database \(url.location)")
        if let opening {
            global.say("已录入期初余额：\(opening.postings.count) 个科目（建账凭证）",
                       "Opening balances posted: \(opening.postings.count) accounts (opening voucher)")
        }
        if unconfirmed > 0 {
            global.say("注意：其中 \(unconfirmed) 个科目编码尚无来源确认（见 ledgers/charts/ 的 confirmed 列）",
                       "Note: \(unconfirmed) of these account codes are not yet confirmed by a source (see the confirmed column in ledgers/charts/)")
        }
    }
}
