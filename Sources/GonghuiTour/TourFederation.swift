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

/// The federation's year: a county federation (示例县总工会) with 24 units over 2026 across every
/// collection channel, two of them keeping their books in the same file. Payroll is imported and
/// allocated month by month, one declaration is corrected, bank and tax-office receipts are
/// imported (some late, some partial, one unit stops paying, one overpays), a preparatory-fund
/// employer forms its union in July and gets its refund. Prints the arrears aging and one notice,
/// and reconciles the arrears with the federation's 应收下级经费.
enum TourFederation {
    struct Unit {
        var code: String
        var name: String
        var kind: String
        var channel: CollectionChannel
    }

    static let units: [Unit] = {
        var units: [Unit] = []
        let names = ["示例机械", "示例纺织", "示例电子", "示例化工", "示例建材", "示例食品", "示例物流", "示例印刷",
                     "示例商贸", "示例酒店", "示例医药", "示例服装", "示例汽配", "示例电力", "示例水务", "示例燃气"]
        for index in 1...16 {
            let channel: CollectionChannel = index <= 8 ? .direct : index <= 13 ? .tax40 : .taxFull
            units.append(Unit(code: String(format: "DW%03d", index), name: "\(names[index - 1])有限公司工会", kind: "enterprise", channel: channel))
        }
        units.append(Unit(code: "DW017", name: "示例县教育局工会", kind: "organ", channel: .fiscal))
        units.append(Unit(code: "DW018", name: "示例县卫健委工会", kind: "organ", channel: .fiscal))
        units.append(Unit(code: "DW019", name: "示例县人民医院工会", kind: "institution", channel: .fiscal))
        units.append(Unit(code: "DW020", name: "示例科创有限公司（未建会）", kind: "enterprise", channel: .preparatory))
        units.append(Unit(code: "DW021", name: "示例新材料有限公司", kind: "enterprise", channel: .preparatory))
        units.append(Unit(code: "DW022", name: "示例农业合作社工会", kind: "enterprise", channel: .direct))
        return units
    }()

    static func run(global: GlobalOptions, dir: String, user: String) throws -> Bool {
        let l = global.language
        func say(_ text: String) { if global.format != .json { Output.write(text + "\n") } }
        let path = (dir as NSString).appendingPathComponent("federation.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        func write(_ name: String, _ text: String) throws -> String {
            let file = (dir as NSString).appendingPathComponent(name)
            try ReportFile.write(Data(text.utf8), to: file)
            return file
        }

        say(l.pick("\n14. 县总工会：24 个下属单位（单位直接拨缴、税务代收40%、税务全额代收、财政划拨、筹备金），其中两个基层工会在同一文件记账",
                   "\n14. A county federation: 24 units across every channel; two grassroots unions keep their books in the same file"))
        let database = try Tour.checkedBooks(at: path, clock: global.clock)
        let start = try YearMonth(year: 2026, month: 1)
        let federation = try database.addOrganisation(NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start),
                                                      chart: try ChartProfile(.official2021County).accounts, user: user)
        let register = OrganisationRegister(store: UnionSQLiteStores(database: database).organisations, user: user)
        try register.update(code: "XF", parent: nil, bankName: "示例银行县支行", bankAccount: "6200 0000 0000 0001", channel: nil)
        for (code, name, channel) in [("GH101", "示例钢铁有限公司工会", CollectionChannel.direct), ("GH102", "示例水泥有限公司工会", .taxFull)] {
            _ = try database.addOrganisation(NewOrganisation(code: code, name: name, kind: "enterprise", firstPeriod: start),
                                             chart: try ChartProfile(.official2021Grassroots).accounts, user: user)
            try register.update(code: code, parent: "XF", bankName: nil, bankAccount: nil, channel: channel)
        }
        let store = UnionSQLiteStores(database: database).allocation
        let policy = try store.policy()
        let unitFile = try write("federation-units.csv", "code,name,kind,parent,channel\n"
            + units.map { "\($0.code),\($0.name),\($0.kind),XF,\($0.channel.rawValue)" }.joined(separator: "\n") + "\n")
        if case .imported(_, let registered, _) = try UnitImport(store: store, user: user).importFile(
            path: unitFile, displayName: unitFile, channels: try policy.channelTerms(on: start.firstDayOfMonth)) {
            say(l.pick("   org import：登记 \(registered) 个单位（\(unitFile)）", "   org import: \(registered) units registered (\(unitFile))"))
        }

        // Payroll: each unit's wage total grows a little each month. DW021 forms its union in July.
        let all = units + [Unit(code: "GH101", name: "示例钢铁有限公司工会", kind: "enterprise", channel: .direct),
                           Unit(code: "GH102", name: "示例水泥有限公司工会", kind: "enterprise", channel: .taxFull)]
        func wage(_ index: Int, _ month: Int) -> Money { Money(fen: Int64(18_000_000 + index * 3_791_317 + month * 123_456)) }
        func channel(_ unit: Unit, _ month: Int) -> CollectionChannel { unit.code == "DW021" && month >= 7 ? .direct : unit.channel }
        var payroll = "unit_code,unit_name,month,headcount,wage_total,channel\n"
        for month in 1...12 {
            for (index, unit) in all.enumerated() {
                payroll += "\(unit.code),\(unit.name),2026-\(String(format: "%02d", month)),\(40 + index * 7),\(wage(index, month).plainString),\(channel(unit, month).rawValue)\n"
            }
        }
        let payrollFile = try write("federation-payroll-2026.csv", payroll)
        let payrollRegister = PayrollRegister(store: store, user: user)
        if case .imported(let rows, _, _, _) = try payrollRegister.importFile(path: payrollFile, displayName: payrollFile) {
            say(l.pick("   payroll import：\(rows) 条工资总额申报（12 个月）", "   payroll import: \(rows) declarations (12 months)"))
        }
        let allocator = PayrollAllocator(store: store, user: user, policy: policy)
        var voucherCount = 0
        for month in 1...12 { voucherCount += try allocator.allocate(month: try YearMonth(year: 2026, month: month)).vouchers.values.reduce(0, +) }
        say(l.pick("   allocate 2026-01…12：\(voucherCount) 张凭证（记入县总工会及两个基层工会的账）",
                   "   allocate 2026-01…12: \(voucherCount) vouchers (in the federation's and the two unions' books)"))
        let again = try allocator.allocate(month: try YearMonth(year: 2026, month: 3))
        say(l.pick("   再次分配 2026-03：\(again.allocated + again.adjusted) 户，未做任何改动", "   allocate 2026-03 again: \(again.allocated + again.adjusted) units, nothing done"))
        let correction = try write("federation-payroll-correction.csv",
                                   "单位编码,单位名称,所属期,职工人数,工资总额,缴费方式\nDW002,示例纺织有限公司工会,2026-03,54,\(wage(1, 3).adding(Money(fen: 5_000_000)).plainString),self\n")
        _ = try payrollRegister.importFile(path: correction, displayName: correction)
        let adjusted = try allocator.allocate(month: try YearMonth(year: 2026, month: 3))
        say(l.pick("   DW002 更正 3 月工资总额（+50,000.00）：调整 \(adjusted.adjusted) 户，差额 \(adjusted.due.formatted()) 元过调整凭证",
                   "   DW002 corrects March (+50,000.00): \(adjusted.adjusted) adjusted, the difference \(adjusted.due.formatted()) posted as an adjusting voucher"))

        // Receipts: most pay on the due date; some late, some part, one stops, one overpays.
        var receipts = "unit_code,date,amount,month,ref\n"
        for (index, unit) in all.enumerated() {
            for month in 1...11 {
                let payrollMonth = try YearMonth(year: 2026, month: month)
                var wageTotal = wage(index, month)
                if unit.code == "DW002" && month == 3 { wageTotal = try wageTotal.adding(Money(fen: 5_000_000)) }
                // What the federation is owed for the month, as allocate computes it.
                var amount = try policy.receivable(wageTotal: wageTotal, month: payrollMonth, channel: channel(unit, month))
                var date = try policy.dueDate(for: payrollMonth)
                switch unit.code {
                case "DW003": date = try LocalDate(year: date.year, month: date.month, day: 25)         // ten days late
                case "DW005": amount = try Rate(basisPoints: 7_000).applied(to: amount)               // pays 70%
                case "DW007" where month > 4: continue                                                 // stops paying
                case "DW011": if date.month == 12 { continue }; date = try LocalDate(year: date.year, month: date.month + 1, day: 24)
                case "DW018": if month % 3 != 0 { continue }; amount = try Money.sum([amount, amount, amount])  // quarterly
                case "DW020": continue                                                                 // never pays
                case "DW008" where month == 11: amount = try amount.adding(Money(fen: 100_000))       // overpays 1,000.00
                case "GH101" where month == 6: date = try LocalDate(year: 2026, month: 8, day: 10)
                default: break
                }
                guard date.year == 2026 else { continue }
                receipts += "\(unit.code),\(date),\(amount.plainString),,\(unit.code)-2026\(String(format: "%02d", month))\n"
            }
        }
        let receiptFile = try write("federation-receipts-2026.csv", receipts)
        let book = RemittanceBook(store: store, user: user)
        if case .imported(let outcome) = try book.importFile(path: receiptFile, displayName: receiptFile) {
            let (count, total) = (outcome.receipts, outcome.amount)
            say(l.pick("   remit import：\(count) 笔银行及税务缴款，合计 \(total.formatted()) 元（税务全额代收、财政划拨的留成部分即时转拨）",
                       "   remit import: \(count) bank and tax receipts, \(total.formatted()) in all (tax-full and fiscal retained shares passed down at once)"))
        }
        let refund = try book.refundPreparatoryFund(unit: "DW021", on: try LocalDate(year: 2026, month: 7, day: 20), newChannel: .direct).refunded
        say(l.pick("   DW021 于 7 月建会：返还 1—6 月已缴筹备金的 60%，\(refund.formatted()) 元；7 月起单位直接拨缴",
                   "   DW021 forms its union in July: 60% of the preparatory fund it paid for January–June returned, \(refund.formatted()); paying directly from July"))
        let ledger = ArrearsLedger(store: store, user: user, policy: policy)
        try ledger.setStatus(unit: "DW007", to: .notice, on: try LocalDate(year: 2026, month: 10, day: 20))
        try ledger.setStatus(unit: "DW007", to: .paymentOrder, on: try LocalDate(year: 2026, month: 12, day: 1))

        let yearEnd = try LocalDate(year: 2026, month: 12, day: 31)
        say(l.pick("\n15. 欠缴经费与账龄（截至 2026-12-31）", "\n15. Arrears and aging as of 2026-12-31"))
        let summary = try ledger.arrears(asOf: yearEnd)
        try global.emit(.arrears(summary, federationName: federation.organisation.name, aging: true, language: l))

        let december = try YearMonth(year: 2026, month: 12)
        let balance = try federation.trialBalance(from: start, to: december)
        let receivableCode = try federation.chartRoles().code(for: .receivableFromLower)
        let receivable = balance.rows.first { $0.account.code == receivableCode }?.closing ?? .zero
        let expected = try summary.outstanding.subtracting(summary.credit)
        let reconciled = receivable == expected
        say(l.pick("   对账：县总工会 132 应收下级经费余额 \(receivable.formatted()) = 欠缴 \(summary.outstanding.formatted()) − 预缴结余 \(summary.credit.formatted())\(reconciled ? " ✓" : " ✗ 不符")",
                   "   Reconciled: the federation's 132 balance \(receivable.formatted()) = outstanding \(summary.outstanding.formatted()) − credit \(summary.credit.formatted())\(reconciled ? " ✓" : " ✗ MISMATCH")"))
        var balanced = true
        for code in ["XF", "GH101", "GH102"] {
            let books = try database.books(for: code, user: user)
            let trial = try books.trialBalance(from: start, to: try YearMonth(year: 2027, month: 1))
            balanced = balanced && trial.totalDebit == trial.totalCredit
            say(l.pick("   \(code) \(books.organisation.name)：借方合计 \(trial.totalDebit.formatted()) = 贷方合计 \(trial.totalCredit.formatted())",
                       "   \(code) \(books.organisation.name): debits \(trial.totalDebit.formatted()) = credits \(trial.totalCredit.formatted())"))
        }
        let findings = try database.verify().count + MirrorCheck.run(store: store).count
        say(findings == 0 ? l.pick("   校验通过（含上下级对账：GH101 应付上级经费 = 县总工会应收 GH101）", "   All checks pass (including the mirror: GH101's payable = the federation's receivable from GH101)")
                          : l.pick("   校验发现 \(findings) 处问题", "   verify found \(findings) problems"))

        say(l.pick("\n16. 催缴通知书（DW007，Markdown）", "\n16. A dunning notice (DW007, Markdown)"))
        let notice = try ledger.arrears(asOf: yearEnd, unit: "DW007", withMonths: true)
        if let unit = notice.units.first {
            let rule = try policy.lateFeeTerms(on: yearEnd).sentence(in: l)
            if global.format != .json {
                Output.write(try Report.dunningNotice(unit, asOf: yearEnd, payee: try ledger.payee(of: "DW007"), lateFeeRule: rule, language: l)
                    .rendered(as: .md))
            }
        }
        say("   gonghui --db \(path) arrears --as-of 2026-12-31 --aging")
        say("   gonghui --db \(path) notice --all --as-of 2026-12-31 --dir notices --format html")
        return reconciled && balanced && findings == 0
    }
}

extension YearMonth {
    var firstDayOfMonth: LocalDate { (try? LocalDate(year: year, month: month, day: 1)) ?? LocalDate.tourFallback }
}

extension LocalDate {
    static var tourFallback: LocalDate { (try? LocalDate(year: 2026, month: 1, day: 1)) ?? { preconditionFailure("valid date") }() }
}
