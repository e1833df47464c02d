import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionSQLite
import UnionStatements

/// The county federation's consolidated statements (issue 15 item 4): XF and the two grassroots
/// unions keeping their books in the same file, added up with the flows between them eliminated.
/// Before printing, XF pays GH101 a grant (both books record it: eliminated) and at the year end
/// notifies GH102 of one that GH102 has not booked yet: the schedule shows that difference.
enum TourConsolidation {
    static func run(global: GlobalOptions, database: LedgerDatabase, user: String) throws -> Bool {
        let l = global.language
        func say(_ text: String) { if global.format != .json { Output.write(text + "\n") } }
        say(l.pick("\n16b. 汇总会计报表：县总工会与账套在同一文件的两个基层工会，上下级往来与补助相互抵销",
                   "\n16b. Consolidated statements: the county federation and the two grassroots unions in the same file, the flows between them eliminated"))
        let federation = try database.books(for: "XF", user: user)
        let steel = try database.books(for: "GH101", user: user)
        let roles = try federation.chartRoles(), steelRoles = try steel.chartRoles()
        // The first sub-account of a role (一般性转移支付补助 under 508 and 403): vouchers post to leaves.
        func leaf(_ role: AccountRole, in books: any Books, _ roles: ChartRoles) throws -> AccountCode {
            let code = try roles.code(role)
            return try books.accounts().map(\.account.code).filter { $0 != code && $0.isWithin(code) }.sorted().first ?? code
        }
        let grant = Money(fen: 2_000_000), notified = Money(fen: 500_000)
        let paidOn = try LocalDate(year: 2026, month: 12, day: 10), yearEnd = try LocalDate(year: 2026, month: 12, day: 31)
        try federation.post(VoucherDraft(date: paidOn, summary: "拨付示例钢铁有限公司工会一般性转移支付补助", postings: [
            Posting(account: try leaf(.grantsToLower, in: federation, roles), side: .debit, amount: grant, counterparty: "GH101"),
            Posting(account: try roles.code(.bank), side: .credit, amount: grant, counterparty: "GH101"),
        ]))
        try steel.post(VoucherDraft(date: paidOn, summary: "收到县总工会一般性转移支付补助", postings: [
            Posting(account: try steelRoles.code(.bank), side: .debit, amount: grant, counterparty: "XF"),
            Posting(account: try leaf(.higherGrantRevenue, in: steel, steelRoles), side: .credit, amount: grant, counterparty: "XF"),
        ]))
        try federation.post(VoucherDraft(date: yearEnd, summary: "年末清算：应拨示例水泥有限公司工会补助（补助通知已发）", postings: [
            Posting(account: try leaf(.grantsToLower, in: federation, roles), side: .debit, amount: notified, counterparty: "GH102"),
            Posting(account: try roles.code(.grantPayableToLower), side: .credit, amount: notified, counterparty: "GH102"),
        ]))
        say(l.pick("   XF 拨付 GH101 补助 \(grant.formatted()) 元（双方入账）；年末通知 GH102 补助 \(notified.formatted()) 元（GH102 尚未入账）",
                   "   XF pays GH101 a grant of \(grant.formatted()) (both books record it); at the year end it notifies GH102 of \(notified.formatted()) (not yet in GH102's books)"))
        let register = try UnionSQLiteStores(database: database).organisations.organisations()
        let statements = try ConsolidatedStatements.make(store: database, register: register, federation: "XF", year: 2026, levels: nil,
                                                         user: user, language: l)
        try global.emit(.consolidated(statements, unit: .yuan, language: l))
        say("   gonghui --db \(database.location) report consolidated --org XF --year 2026 --format json")
        return statements.balances
    }
}
