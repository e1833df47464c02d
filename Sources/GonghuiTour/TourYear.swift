import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore

/// February to December of the demo union's year, posted through the library as a treasurer
/// would enter them: each month the employer's 2% on last month's payroll (60% kept, 40% owed
/// upward, split by largest remainder), the upward remittance, members' dues, the bank fee, and
/// the year's activities. Each month is closed after its vouchers. The routine lines post to the
/// chart's roles (bank, 拨缴经费收入, 应付上级经费, 会费收入, 其他支出); the activities name the
/// sub-accounts a treasurer would choose.
enum TourYear {
    struct Activity {
        var day: Int
        var summary: String
        var account: String
        var amount: String
    }

    /// Spending by month: festivals, sports, training, hardship support.
    static let activities: [Int: [Activity]] = [
        2: [Activity(day: 8, summary: "春节慰问品（300人×200元）", account: "50105", amount: "60,000.00")],
        3: [Activity(day: 8, summary: "三八妇女节活动", account: "50105", amount: "6,000.00")],
        4: [Activity(day: 16, summary: "工会干部业务培训", account: "50501", amount: "3,200.00")],
        5: [Activity(day: 12, summary: "职工运动会", account: "50102", amount: "9,800.00")],
        6: [Activity(day: 20, summary: "困难职工帮扶", account: "50404", amount: "4,000.00")],
        7: [Activity(day: 15, summary: "劳模疗休养", account: "50104", amount: "12,000.00")],
        8: [Activity(day: 6, summary: "夏季送清凉", account: "50105", amount: "9,000.00")],
        9: [Activity(day: 10, summary: "中秋慰问品（300人×150元）", account: "50105", amount: "45,000.00")],
        10: [Activity(day: 18, summary: "职工技能培训", account: "50101", amount: "5,600.00")],
        11: [Activity(day: 22, summary: "职工书屋购书", account: "50103", amount: "2,400.00")],
        12: [Activity(day: 12, summary: "冬季送温暖", account: "50405", amount: "8,000.00")],
    ]

    /// At or above the policy's threshold (50,000.00 by default) spending needs a collective decision.
    static func decision(month: Int) throws -> VoucherApproval.CollectiveDecision? {
        month == 2 ? VoucherApproval.CollectiveDecision(reference: "工会委员会2026年第2次会议", date: try LocalDate(parsing: "2026-01-20")) : nil
    }

    static func post(into books: Books, desk: TourDesk) throws {
        let roles = try books.chartRoles()
        let bank = try roles.code(.bank), allocationRevenue = try roles.code(.allocationRevenue)
        let payable = try roles.code(.payableToHigher), dues = try roles.code(.duesRevenue), other = try roles.code(.otherExpenditure)
        let allocationRate = try Rate(basisPoints: 200)   // 工会法 art. 43: 2% of the payroll
        for month in 2...12 {
            let period = try YearMonth(year: 2026, month: month)
            func day(_ day: Int) throws -> LocalDate { try LocalDate(year: 2026, month: month, day: day) }
            func voucher(_ day: LocalDate, _ summary: String, _ lines: [(AccountCode, Side, Money)], spends: Bool = false,
                         attachments: Int = 1) throws {
                try desk.post(VoucherDraft(date: day, summary: summary, postings: lines.map {
                    Posting(account: $0.0, side: $0.1, amount: $0.2)
                }, attachments: attachments), signedOff: spends, decision: spends ? try decision(month: month) : nil)
            }
            // Last month's payroll grows a little each month.
            let payroll = try Money(parsing: "1,971,989.78").adding(Money(fen: Int64(month) * 123_456))
            let due = try allocationRate.applied(to: payroll)
            let shares = try due.allocated(by: [60, 40])
            try voucher(try day(5), "收到单位拨缴\(month - 1)月工会经费（工资总额\(payroll.formatted())元的2%）",
                        [(bank, .debit, due), (allocationRevenue, .credit, shares[0]), (payable, .credit, shares[1])])
            try voucher(try day(6), "上解上级工会经费", [(payable, .debit, shares[1]), (bank, .credit, shares[1])])
            let duesPaid = try Money(parsing: "1,234.50").adding(Money(fen: Int64(month) * 350))
            try voucher(try day(20), "收取\(month)月会费", [(bank, .debit, duesPaid), (dues, .credit, duesPaid)])
            for activity in activities[month] ?? [] {
                let amount = try Money(parsing: activity.amount)
                try voucher(try day(activity.day), activity.summary, [(try AccountCode(activity.account), .debit, amount), (bank, .credit, amount)],
                            spends: true, attachments: 3)
            }
            try voucher(try day(28), "银行手续费", [(other, .debit, try Money(parsing: "35.00")), (bank, .credit, try Money(parsing: "35.00"))],
                        spends: true)
            if month < 12 { try books.closeMonth(period) }
        }
    }
}
