import InputFiles
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

/// The tour's member part, in its own books file (`members.sqlite`): two grassroots unions with
/// about 200 generated members (valid GB 11643 check digits, a few legacy 15-digit numbers and a
/// few without an ID), a mid-year raise, a year of dues with some members falling behind, then the
/// register, a month's dues voucher, the arrears and the membership statistics.
struct TourMembers {
    let global: GlobalOptions
    let user: String
    let dir: String

    struct Union {
        var code: String
        var name: String
        var kind: String
        var members: Int
        var employees: Int
        var region: String
    }

    static let unions = [
        Union(code: "GH101", name: "示例机械制造有限公司工会", kind: "enterprise", members: 124, employees: 168, region: "500103"),
        Union(code: "GH102", name: "示例市第一中学工会", kind: "institution", members: 78, employees: 82, region: "110105"),
    ]

    /// Members who fall behind: from this month on they stop paying (GH101-0007 and -0031 reach six months).
    static let stopsPaying: [String: Int] = ["GH101-0007": 5, "GH101-0031": 4, "GH101-0058": 10, "GH102-0012": 11]
    /// Members who miss one month now and then.
    static let missesMonth: [String: Int] = ["GH101-0019": 3, "GH101-0090": 8, "GH102-0040": 6]

    /// Runs the part. The generated register (which holds full IDs, as a treasurer's file does)
    /// lives in a temporary folder only while it is imported.
    /// - Throws: `CommandFailed` (exit 1) when the member books fail `verify`.
    func run(step: (String) -> Void, say: (String) -> Void) throws {
        let l = global.language
        let path = (dir as NSString).appendingPathComponent("members.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let database = try Tour.checkedBooks(at: path, clock: global.clock)
        let start = try YearMonth(year: 2026, month: 1)
        var books: [Books] = []
        for union in Self.unions {
            books.append(try database.addOrganisation(
                NewOrganisation(code: union.code, name: union.name, kind: union.kind, firstPeriod: start),
                chart: try ChartProfile(.official2021Grassroots).accounts, user: user))
        }
        let stores = UnionSQLiteStores(database: database)
        let register = MemberRegister(store: stores.members, user: user)

        step(l.pick("17. 会员名册：两个基层工会（企业、事业单位），约 200 名会员，从 CSV 导入（身份证号按 GB 11643 校验，只存密钥哈希与脱敏号）",
                    "17. The member register: two grassroots unions (an enterprise, a school), about 200 members imported from CSV (IDs checked under GB 11643, kept only as a keyed hash and a masked form)"))
        var rows = Self.memberRows()
        let inputFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-tour-\(UUID().uuidString)")
        try OutputTarget.prepareFolder(inputFolder.path)
        defer { try? FileManager.default.removeItem(at: inputFolder) }
        let csvFile = inputFolder.appendingPathComponent("members-2026.csv")
        let csvPath = "members-2026.csv"
        try ReportFile.write(Data(Self.csv(rows).utf8), to: csvFile.path)
        let imported = try register.importMembers(path: csvFile.path, displayName: csvPath, effective: start)
        try global.emit(.memberImport(imported, file: csvPath, language: l))
        let members = try register.members(in: start)
        var page = Report.memberList(Array(members.prefix(20)), month: start, language: l)
        page.laterNotes = nil   // the page's own note says how many there are in all
        page.notes = [l.pick("共 \(members.count) 人，此处列出第一页 20 人；完整名册：gonghui --db \(path) member list",
                             "\(members.count) members; the first page of 20 is shown; the whole register: gonghui --db \(path) member list")]
        try global.emit(page)

        step(l.pick("18. 7 月调资：重新导入名册，工资变更自 2026-07 起生效，按人列出变更",
                    "18. A raise in July: the register re-imported, wage changes effective 2026-07, each change reported"))
        for index in rows.indices where index % 9 == 0 && rows[index].status == "active" {
            rows[index].wage = try rows[index].wage.adding(Money(fen: 50_000 + Int64(index) * 1_000))
        }
        try ReportFile.write(Data(Self.csv(rows).utf8), to: csvFile.path)
        let raised = try register.importMembers(path: csvFile.path, displayName: csvPath, effective: try YearMonth(year: 2026, month: 7))
        say(l.pick("   \(raised.updated) 人工资变更，\(raised.unchanged) 人未变；如 \(raised.changes.first.map { "\($0.memberNumber) \($0.old) → \($0.new)" } ?? "")",
                   "   \(raised.updated) wages changed, \(raised.unchanged) unchanged; e.g. \(raised.changes.first.map { "\($0.memberNumber) \($0.old) → \($0.new)" } ?? "")"))

        step(l.pick("19. 全年会费：逐月核定（⌊工资÷10⌋×10×0.5%），按月收缴（合同制工资代扣，其他人现金缴纳），借 银行存款/库存现金 贷 会费收入",
                    "19. A year of dues: assessed monthly (⌊wage÷10⌋×10×0.5%), collected monthly (payroll deduction for contract staff, cash for others): Dr bank/cash, Cr 会费收入"))
        var marchVoucher: PostedVoucher?
        for (index, union) in Self.unions.enumerated() {
            let unionBooks = books[index]
            let dues = MemberDues(store: stores.dues, books: unionBooks)
            var payments = "会员编号,金额,缴费方式,缴费日期,所属月份\n"
            for month in 1...12 {
                let period = try YearMonth(year: 2026, month: month)
                _ = try dues.assess(month: period, rule: try DuesRule.inForce(policies: stores.policies, month: period))
                let payday = try LocalDate(year: 2026, month: month, day: 25)
                for line in try dues.lines(month: period) where line.outstanding.isPositive {
                    if let from = Self.stopsPaying[line.memberNumber], month >= from { continue }
                    if Self.missesMonth[line.memberNumber] == month { continue }
                    let method = rows.first { $0.number == line.memberNumber }?.employment == "合同制" ? "工资代扣" : "现金"
                    payments += "\(line.memberNumber),\(line.outstanding.plainString),\(method),\(payday),\(period)\n"
                }
            }
            let paymentsPath = (dir as NSString).appendingPathComponent("\(union.code)-dues-2026.csv")
            try ReportFile.write(Data(payments.utf8), to: paymentsPath)
            let collected = try dues.collect(month: try YearMonth(year: 2026, month: 12), date: try LocalDate(year: 2026, month: 12, day: 25),
                                             file: (paymentsPath, paymentsPath), accounts: try DuesAccounts(roles: try unionBooks.chartRoles()))
            say(l.pick("   \(union.name)：\(collected.payments) 笔缴费，\(collected.vouchers.count) 张凭证，合计 \(collected.total.formatted()) 元（\(paymentsPath)）",
                       "   \(union.name): \(collected.payments) payments, \(collected.vouchers.count) vouchers, \(collected.total.formatted()) in all (\(paymentsPath))"))
            if index == 0 { marchVoucher = collected.vouchers.first { $0.date.month == 3 } }
        }
        if let marchVoucher {
            step(l.pick("20. 3 月会费记账凭证（\(Self.unions[0].name)）", "20. March's dues voucher (\(Self.unions[0].name))"))
            let names = Dictionary(uniqueKeysWithValues: try books[0].accounts().map { ($0.account.code, $0.account.name(in: l)) })
            try global.emit(.voucher(marchVoucher, accountNames: names, organisationName: books[0].organisation.name, language: l))
        }

        step(l.pick("21. 会费欠缴（截至 2026-12-31），连续 6 个月未缴的会员单独提示", "21. Dues arrears at 2026-12-31, six consecutive unpaid months flagged"))
        let yearEnd = try LocalDate(year: 2026, month: 12, day: 31)
        for unionBooks in books {
            try global.emit(try .duesArrears(try MemberDues(store: stores.dues, books: unionBooks).arrears(asOf: yearEnd), asOf: yearEnd,
                                             organisationName: unionBooks.organisation.name, language: l))
        }

        step(l.pick("22. 会员统计：入会率、实名制率，按单位与用工形式，对照规范化建设目标（企业 80%，事业单位 95%）",
                    "22. Membership statistics: membership and real-name rates by unit and employment type, against the targets (enterprise 80%, institution 95%)"))
        for union in Self.unions {
            try register.setEmployees(unit: union.code, count: union.employees, from: start)
        }
        let targets = try MembershipTargets.inForce(policies: stores.policies, on: yearEnd)
        let statistics = try MembershipStatistics.compute(members: stores.members, organisations: stores.organisations,
                                                          asOf: yearEnd) { targets[$0] }
        try global.emit(.membershipStatistics(statistics, language: l))
        let findings = try database.verify()
        say(findings.isEmpty ? l.pick("   会员账套校验通过（\(path)）", "   The member books verify (\(path))")
            : findings.map { "   " + $0.message(in: l) }.joined(separator: "\n"))
        say(l.pick("   试一试：gonghui --db \(path) --org GH101 dues arrears --as-of 2026-12-31 --format html > arrears.html",
                   "   Try: gonghui --db \(path) --org GH101 dues arrears --as-of 2026-12-31 --format html > arrears.html"))
        if !findings.isEmpty { throw CommandFailed(exitCode: 1) }
    }

    // MARK: The generated register

    struct Row {
        var number: String
        var name: String
        var id: String
        var unit: String
        var department: String
        var joinDate: String
        var status: String
        var employment: String
        var wage: Money
    }

    /// SplitMix64: the same members on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
    static let givenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "平"]
    static let departments = ["GH101": ["生产部", "技术部", "销售部", "后勤部"], "GH102": ["语文组", "数学组", "行政办", "后勤处"]]

    static func memberRows() -> [Row] {
        var random = Generator(state: 2026)
        var rows: [Row] = []
        for union in unions {
            for index in 1...union.members {
                let number = "\(union.code)-\(String(format: "%04d", index))"
                let birthYear = 1965 + random.next(38), birthMonth = 1 + random.next(12), birthDay = 1 + random.next(28)
                let sequence = String(format: "%03d", random.next(1000))
                let body = union.region + String(format: "%04d%02d%02d", birthYear, birthMonth, birthDay) + sequence
                var id = body + String(checkCharacter(body))
                if index % 41 == 0 { id = "" }   // not yet registered: lowers 实名制率
                if index % 53 == 0 && birthYear < 2000 { id = union.region + String(format: "%02d%02d%02d", birthYear % 100, birthMonth, birthDay) + sequence }
                let roll = random.next(100)
                let status = roll < 88 ? "active" : roll < 96 ? "retained-exempt" : roll < 98 ? "withdrawn" : "transferred-out"
                let kindRoll = random.next(100)
                let employment = union.kind == "institution"
                    ? (kindRoll < 85 ? "合同制" : "非全日制")
                    : (kindRoll < 62 ? "合同制" : kindRoll < 80 ? "劳务派遣" : kindRoll < 95 ? "农民工" : "非全日制")
                let wage = Money(fen: Int64(3_000_00 + random.next(17_000_00)))
                let name = String(surnames[random.next(surnames.count)]) + givenNames[random.next(givenNames.count)]
                let departmentList = departments[union.code] ?? ["综合"]
                rows.append(Row(number: number, name: name, id: id, unit: union.code, department: departmentList[random.next(departmentList.count)],
                                joinDate: String(format: "%04d-%02d-01", 2005 + random.next(20), 1 + random.next(12)),
                                status: status, employment: employment, wage: wage))
            }
        }
        // The members who fall behind stay active all year, so their arrears are dues owed.
        for index in rows.indices where stopsPaying[rows[index].number] != nil || missesMonth[rows[index].number] != nil {
            rows[index].status = "active"
        }
        return rows
    }

    static func checkCharacter(_ body: String) -> Character {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return Array("10X98765432")[sum % 11]
    }

    static func csv(_ rows: [Row]) -> String {
        "会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数\n" + rows.map { row in
            [row.number, row.name, row.id, row.unit, row.department, row.joinDate, row.status, row.employment, row.wage.plainString]
                .joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}
