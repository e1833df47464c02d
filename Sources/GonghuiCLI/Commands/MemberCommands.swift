import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements
import UnionSQLite
import UnionStores

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: L("会员名册：导入、列表、查看", "Member register: import, list, show"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui member import 会员名册.csv", "gonghui member list --status active"]),
        subcommands: [Import.self, List.self, Show.self]
    )

    /// `--as-of`: a month, YYYY-MM, or a day, YYYY-MM-DD, whose month is meant (as other commands' `--as-of` take a day).
    static func month(_ text: String?) throws -> YearMonth? {
        guard let text else { return nil }
        if text.trimmingSpaces().count > 7 { return try LocalDate(parsing: text.trimmingSpaces()).yearMonth }
        return try YearMonth(parsing: text)
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: L("从 CSV 导入或更新会员名册", "Import or update the register from CSV"),
            discussion: helpDiscussion("表头：会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数 或 member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base（顺序不限；UTF-8 或 GB18030），可选 工资生效月份/wage_effective（YYYY-MM）：该行工资或状态变动的起始月份。\n身份证号按 GB 11643 校验，只保存带密钥的哈希和脱敏形式；15 位旧号码转为 18 位。首次导入前设置 GONGHUI_ID_KEY，可把哈希密钥保存在文件之外。\n先检查每一行；任何一行有误则什么都不写入（退出码 2）。",
                                   "Header: member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base\n(or the Chinese headers; any order; UTF-8 or GB18030),\noptionally wage_effective (YYYY-MM): the month a row's wage or status change applies from.\nNational IDs are checked (GB 11643) and kept only as a keyed hash plus a masked form; 15-digit legacy\nnumbers are converted to 18. GONGHUI_ID_KEY, set before the first import, keeps the hashing key out of the file.\nEvery row is checked first; any bad row means nothing is written (exit 2).",
                                   examples: ["gonghui member import 会员名册.csv --effective 2026-03"])
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("CSV 文件。", "The CSV file.")) var file: String
        @Option(help: L("工资与状态变动自哪个月起适用，YYYY-MM（默认本月）。", "Month from which changed wages and statuses apply, YYYY-MM (default: the current month)."))
        var effective: String?

        func run() throws {
            let register = MemberRegister(store: try global.openStores().members, user: global.userName)
            let outcome = try register.importMembers(
                path: file, displayName: file, encoding: global.encoding.encoding,
                effective: try effective.map { try YearMonth(parsing: $0) },
                idKeySecret: ProcessInfo.processInfo.environment["GONGHUI_ID_KEY"])
            try global.emit(.memberImport(outcome, file: file, language: global.language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("会员名册", "List members"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui member list", "gonghui member list --unit U001 --status active --format xlsx --output 会员.xlsx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("只看此单位的会员。", "Only this unit's members.")) var unit: String?
        @Option(help: L("只看此状态的会员：active 在册（在职）、retained-exempt 保留会籍免缴（退休）、withdrawn 退会、transferred-out 转出（代码或中文）。", "Only members with this status: active, retained-exempt, withdrawn, transferred-out (or their Chinese names).")) var status: String?
        @Option(name: .customLong("as-of"), help: L("截至此月，YYYY-MM，或此日所在的月，YYYY-MM-DD（默认本月）。", "As of this month, YYYY-MM, or the month of this date, YYYY-MM-DD (default: the current month)."))
        var asOf: String?
        /// The old spelling, kept hidden for scripts: "as of" is `--as-of` everywhere else.
        @Option(name: .customLong("month"), help: .hidden) var deprecatedMonth: String?

        func run() throws {
            let stores = try global.openStores()
            let register = MemberRegister(store: stores.members, user: global.userName)
            let asOf = try MemberCommand.month(asOf ?? deprecatedMonth) ?? global.currentMonth()
            let listing = try register.listing(unit: try global.organisationCode(unit, in: stores),
                                               status: try status.map { try MemberStatus(parsing: $0) }, in: asOf)
            // Rows go out as the store reads them; the count by status is taken as they pass.
            try global.emit(.memberList(month: asOf, language: global.language, feed: listing.forEach))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("会员信息", "One member, with history"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui member show M0001"]))
        @OptionGroup var global: GlobalOptions
        @Argument(help: L("会员编号。", "Member number.")) var number: String
        @Option(name: .customLong("as-of"), help: L("截至此月，YYYY-MM，或此日所在的月，YYYY-MM-DD（默认本月）。", "As of this month, YYYY-MM, or the month of this date, YYYY-MM-DD (default: the current month)."))
        var asOf: String?
        /// The old spelling, kept hidden for scripts.
        @Option(name: .customLong("month"), help: .hidden) var deprecatedMonth: String?

        func run() throws {
            let register = MemberRegister(store: try global.openStores().members, user: global.userName)
            let found = try register.member(number: number, in: try MemberCommand.month(asOf ?? deprecatedMonth) ?? global.currentMonth())
            try global.emit(.memberDetail(found.member, states: found.states, changes: found.changes, language: global.language))
        }
    }
}

