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

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: "会员名册 (member register): import, list, show.",
        subcommands: [Import.self, List.self, Show.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "从 CSV 导入或更新会员名册 (import or update the register from CSV).",
            discussion: """
            Header: member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base
            or 会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数 (any order; UTF-8 or GB18030),
            optionally wage_effective/工资生效月份 (YYYY-MM): the month a row's wage or status change applies from.
            National IDs are checked (GB 11643) and kept only as a keyed hash plus a masked form; 15-digit legacy
            numbers are converted to 18. GONGHUI_ID_KEY, set before the first import, keeps the hashing key out of the file.
            Every row is checked first; any bad row means nothing is written (exit 2).
            """
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "Month from which changed wages and statuses apply, YYYY-MM (default: the current month).")
        var effective: String?

        func run() throws {
            let register = MemberRegister(store: UnionSQLiteStores(database: try global.openDatabase()).members, user: global.userName)
            let outcome = try register.importMembers(
                path: file, displayName: file, encoding: global.encoding.encoding,
                effective: try effective.map { try YearMonth(parsing: $0) },
                idKeySecret: ProcessInfo.processInfo.environment["GONGHUI_ID_KEY"])
            try global.emit(.memberImport(outcome, file: file, language: global.language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "会员名册 (list members).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this unit's members.") var unit: String?
        @Option(help: "Only members with this status: active, retained-exempt, withdrawn, transferred-out.") var status: String?
        @Option(help: "As of this month, YYYY-MM (default: the current month).") var month: String?

        func run() throws {
            let register = MemberRegister(store: UnionSQLiteStores(database: try global.openDatabase()).members, user: global.userName)
            let asOf = try month.map { try YearMonth(parsing: $0) } ?? global.currentMonth()
            let members = try register.members(unit: unit, status: try status.map { try MemberStatus(parsing: $0) }, in: asOf)
            try global.emit(.memberList(members, month: asOf, language: global.language))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "会员信息 (one member, with history).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Member number.") var number: String
        @Option(help: "As of this month, YYYY-MM (default: the current month).") var month: String?

        func run() throws {
            let register = MemberRegister(store: UnionSQLiteStores(database: try global.openDatabase()).members, user: global.userName)
            let found = try register.member(number: number, in: try month.map { try YearMonth(parsing: $0) } ?? global.currentMonth())
            try global.emit(.memberDetail(found.member, states: found.states, changes: found.changes, language: global.language))
        }
    }
}

