import Foundation
import Testing

/// The union features end to end on both stores: the same county federation's year — its units,
/// payroll, the 2% allocation, receipts, refunds and arrears; a member register, dues and the
/// membership statistics; a budget through its approval chain and its execution; an officer's
/// tenure, the review committee's audit and the departure audit; the statements — run command by
/// command on a SQLite file and on a PostgreSQL database, with every report compared line for line.
@Suite("The union registers on both stores (CLI)", .enabled(if: PostgresForCLI.server != nil, PostgresForCLI.skipReason))
struct UnionStoresCLITests {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    func comparable(_ text: String, db: String) -> String { StoreOutput.comparable(text, db: db) }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: sandbox.url.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    func files() throws {
        try write("units.csv", """
            单位编码,单位名称,类型,上级单位,缴费方式
            DW001,示例机械有限公司工会,enterprise,XF,self
            DW002,示例水泥有限公司工会,enterprise,XF,tax-40
            DW021,示例新材料有限公司,enterprise,XF,prep
            DW030,示例物流有限公司工会,enterprise,XF,tax-full

            """)
        try write("payroll.csv", """
            单位编码,单位名称,所属期,职工人数,工资总额
            DW001,示例机械有限公司工会,2026-01,40,181234.56
            DW002,示例水泥有限公司工会,2026-01,52,240000.00
            DW021,示例新材料有限公司,2026-01,18,90000.00
            DW030,示例物流有限公司工会,2026-01,25,120000.01
            DW001,示例机械有限公司工会,2026-02,40,182000.00
            DW002,示例水泥有限公司工会,2026-02,52,240000.00
            DW021,示例新材料有限公司,2026-02,18,90000.00
            DW030,示例物流有限公司工会,2026-02,25,120000.01

            """)
        try write("payroll-fix.csv", """
            单位编码,单位名称,所属期,职工人数,工资总额
            DW001,示例机械有限公司工会,2026-02,41,185000.00

            """)
        try write("receipts.csv", """
            单位编码,日期,金额,所属期,单据号
            DW002,2026-02-20,1920.00,2026-01,TAX-2026-01
            DW021,2026-02-15,1800.00,2026-01,B-2101
            DW030,2026-02-18,2400.00,2026-01,TAX-F-01

            """)
        try write("members.csv", """
            会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数
            M00001,杨艳,150102198905153640,DW001,财务部,2018-12-01,在册,合同制,17802.17
            M00002,高杰,150102199912082777,DW001,财务部,2020-01-01,在册,合同制,9353.59
            M00003,赵华,150102198507098981,DW001,销售部,2016-11-01,保留会籍,劳务派遣,5276.15
            M00004,黄秀英,,DW002,销售部,2023-10-01,在册,合同制,8356.52

            """)
        try write("paid.csv", """
            会员编号,金额,缴费方式,缴费日期
            M00001,89.00,cash,2026-03-20

            """)
        try write("budget.csv", """
            科目编码,类别,项目,本年预算数,说明
            402,收入,,280000.00,拨缴经费
            502,基本支出,,60000.00,职工活动
            50405,基本支出,,30000.00,送温暖

            """)
    }

    /// The year on one store; every report's output, keyed by the command that printed it.
    func year(on db: String) throws -> [(command: String, output: String)] {
        var reports: [(String, String)] = []
        func must(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try sandbox.run(arguments + ["--db", db])
            #expect(result.exitCode == 0, "\(arguments.joined(separator: " ")) on \(db): \(result.stderr)", sourceLocation: sourceLocation)
        }
        func report(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try sandbox.run(arguments + ["--db", db])
            #expect(result.exitCode == 0, "\(arguments.joined(separator: " ")) on \(db): \(result.stderr)", sourceLocation: sourceLocation)
            reports.append((arguments.joined(separator: " "), comparable(result.stdout, db: db)))
        }
        try must(["init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation", "--start", "2026-01",
                  "--policy", "beijing"])
        try report(["policy", "show"])
        try must(["org", "import", "units.csv"])
        try must(["org", "import", "units.csv"])            // the same file again: recognised, nothing written
        try must(["payroll", "import", "payroll.csv"])
        try must(["allocate", "--month", "2026-01"])
        try must(["allocate", "--month", "2026-02"])
        try must(["payroll", "import", "payroll-fix.csv"])   // a corrected declaration: the next allocate posts the difference
        try must(["allocate", "--month", "2026-02"])
        try must(["remit", "record", "--unit", "DW001", "--amount", "1449.88", "--date", "2026-02-15", "--month", "2026-01", "--ref", "B-1"])
        try must(["remit", "import", "receipts.csv"])
        try must(["remit", "refund", "--unit", "DW021", "--date", "2026-03-20", "--channel", "self"])
        try must(["arrears", "status", "--unit", "DW001", "--set", "notice", "--date", "2026-04-20"])
        try report(["arrears", "--as-of", "2026-04-30", "--aging"])
        try report(["arrears", "--as-of", "2026-04-30", "--format", "json"])
        try report(["notice", "--unit", "DW001", "--as-of", "2026-04-30", "--format", "md"])
        try report(["org", "list"])
        try report(["org", "show", "DW021"])
        try must(["member", "import", "members.csv", "--effective", "2026-01"])
        try report(["member", "list", "--month", "2026-06"])
        try report(["member", "show", "M00001"])
        try must(["dues", "assess", "--month", "2026-03"])
        try report(["dues", "show", "--month", "2026-03"])
        try report(["dues", "arrears", "--as-of", "2026-12-31"])
        try must(["org", "set", "--code", "DW002", "--employees", "60", "--employees-from", "2026-01"])
        try report(["stats", "membership", "--as-of", "2026-12-31"])
        try must(["budget", "import", "budget.csv", "--year", "2026"])
        try must(["budget", "approve", "--year", "2026", "--step", "review_committee", "--by", "张审查", "--meeting", "经审会第2次会议",
                  "--date", "2026-01-12", "--opinion", "同意"])
        try must(["budget", "approve", "--year", "2026", "--step", "committee", "--by", "王明", "--meeting", "委员会第5次会议",
                  "--date", "2026-01-13"])
        try must(["budget", "approve", "--year", "2026", "--step", "higher_union", "--by", "市总工会", "--meeting", "备案",
                  "--date", "2026-01-14"])
        try report(["budget", "history", "--year", "2026"])
        try report(["budget", "execution", "--month", "2026-03"])
        try must(["org", "tenure", "add", "--role", "chair", "--person", "王明", "--from", "2024-01-01", "--to", "2026-03-31"])
        try report(["org", "tenure", "list"])
        try report(["report", "trial-balance", "--from", "2026-01", "--to", "2026-03"])
        try report(["report", "balance-sheet", "--month", "2026-03"])
        try report(["report", "income-expenditure", "--month", "2026-03"])
        try report(["audit", "review", "--from", "2026-01", "--to", "2026-03", "--record"])
        try report(["audit", "findings"])
        try report(["audit", "departure", "--tenure", "1"])
        try report(["voucher", "list"])
        try report(["verify"])
        return reports
    }

    /// What the books hold at the end, read only: compared between a book and its copies.
    func finalState(of db: String) throws -> [(command: String, output: String)] {
        try [["policy", "show"], ["policy", "history"], ["org", "list"], ["org", "tenure", "list"],
             ["arrears", "--as-of", "2026-04-30", "--aging"], ["member", "list", "--month", "2026-06"], ["member", "show", "M00002"],
             ["dues", "show", "--month", "2026-03"], ["stats", "membership", "--as-of", "2026-12-31"],
             ["budget", "history", "--year", "2026"], ["audit", "findings"], ["report", "trial-balance", "--from", "2026-01", "--to", "2026-12"],
             ["voucher", "list"], ["verify"]].map { arguments in
            let result = try sandbox.run(arguments + ["--db", db])
            #expect(result.exitCode == 0, "\(arguments.joined(separator: " ")) on \(db): \(result.stderr)")
            return (arguments.joined(separator: " "), comparable(result.stdout, db: db))
        }
    }

    @Test("the year's book copied SQLite → PostgreSQL → SQLite keeps every register: the same reports, the same journal head")
    func copyCarriesTheRegisters() throws {
        try files()
        _ = try year(on: "books.sqlite")
        let original = try finalState(of: "books.sqlite")
        let (url, drop) = try PostgresForCLI.freshDatabase()
        defer { withExtendedLifetime(drop) {} }
        let there = try sandbox.run("copy", "--to", url, "--db", "books.sqlite")
        #expect(there.exitCode == 0 && there.stderr.isEmpty, "copy to PostgreSQL: \(there.stderr)")
        let onServer = try finalState(of: url)
        let back = try sandbox.run("copy", "--to", "back.sqlite", "--db", url)
        #expect(back.exitCode == 0 && back.stderr.isEmpty, "copy back: \(back.stderr)")
        let returned = try finalState(of: "back.sqlite")
        for ((file, server), again) in zip(zip(original, onServer), returned) {
            #expect(file.output == server.output, "\(file.command): the copy in PostgreSQL differs")
            #expect(file.output == again.output, "\(file.command): the copy back in a file differs")
        }
        // The copy in PostgreSQL takes new writes with ids after the copied ones.
        #expect(try sandbox.run("remit", "record", "--unit", "DW002", "--amount", "100.00", "--date", "2026-05-10", "--month", "2026-02",
                                "--ref", "B-9", "--db", url).exitCode == 0)
        #expect(try sandbox.run("verify", "--db", url).exitCode == 0)
    }

    @Test("a federation's year gives the same reports on a SQLite file and on PostgreSQL")
    func sameYearOnBothStores() throws {
        try files()
        let onFile = try year(on: "books.sqlite")
        let (url, drop) = try PostgresForCLI.freshDatabase()
        let onServer = try year(on: url)
        withExtendedLifetime(drop) {}
        #expect(onFile.count == onServer.count)
        for (file, server) in zip(onFile, onServer) {
            #expect(file.output == server.output, "\(file.command): the SQLite and PostgreSQL books differ")
            #expect(!file.output.isEmpty, "\(file.command) printed nothing")
        }
    }
}
