import LedgerStore
import Foundation
import Testing

extension Sandbox {
    /// Books of a grassroots union GH001 with one registered unit DW001 under it.
    func initMemberBooks(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try initBooks(sourceLocation: sourceLocation)
        try onBooks("org", "add", "--code", "DW001", "--name", "示例机械有限公司", "--kind", "enterprise", "--parent", "GH001")
            .expectSuccess(sourceLocation: sourceLocation)
    }

    /// Writes a text file into the folder (UTF-8 unless GB18030 is asked for).
    func write(_ name: String, _ text: String, gb18030: Bool = false) throws {
        let data = gb18030 ? try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632))) : Data(text.utf8)
        try data.write(to: url.appendingPathComponent(name))
    }
}

/// Every national ID of the shared member fixture: none may ever be printed or stored in full.
enum FixtureIDs {
    static let all: [String] = {
        guard let text = try? String(contentsOf: Repository.url("ledgers/examples/members-utf8.csv"), encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields.count > 2 ? String(fields[2]) : nil
        }
    }()

    /// The first full ID found in `data`, if any (also its lower-case x form).
    static func leaked(in data: Data, extra: [String] = []) -> String? {
        let haystack = [UInt8](data)
        for id in all + extra {
            for form in Set([id, id.lowercased()]) where haystack.firstRange(of: Array(form.utf8)) != nil { return form }
        }
        return nil
    }
}

@Suite("gonghui member")
struct MemberTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initMemberBooks()
    }

    @Test("imports the register with Chinese headers; list and show print IDs masked only")
    func importsAndLists() throws {
        #expect(FixtureIDs.all.count == 40)
        let file = try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")
        let result = try sandbox.onBooks("member", "import", file)
        result.expectSuccess()
        #expect(result.stdout.contains("新增 40 人，更新 0 人，未变 0 人"))

        let list = try sandbox.onBooks("member", "list", "--format", "csv")
        list.expectSuccess()
        #expect(list.stdout.contains("M00007,杨涛,150102********004X,DW001,销售部,2015-09-01,在册,合同制,20735.37\r\n"))
        #expect(FixtureIDs.leaked(in: list.stdoutData) == nil)
        let retained = try sandbox.onBooks("member", "list", "--status", "retained-exempt", "--unit", "DW001", "--format", "json")
        #expect(retained.stdout.contains("\"member_no\" : \"M00018\""))
        #expect(!retained.stdout.contains("\"member_no\" : \"M00001\""))
        try sandbox.onBooks("member", "list", "--unit", "DW999").expectError(exitCode: 2, containing: "DW999 不在单位名册中")

        let show = try sandbox.onBooks("member", "show", "M00007", "--lang", "en")
        show.expectSuccess()
        #expect(show.stdout.contains("150102********004X"))
        try sandbox.onBooks("member", "show", "M09999").expectError(exitCode: 2, containing: "会员不存在：M09999")
    }

    @Test("member list goes out in unit and number order whatever the file's order, and counts the same in every format")
    func listingOrderAndCounts() throws {
        try sandbox.onBooks("org", "add", "--code", "DW002", "--name", "示例学校", "--kind", "school", "--parent", "GH001").expectSuccess()
        try sandbox.write("unordered.csv", """
            会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数
            Z9,甲,,DW002,教务处,2020-01-01,在册,合同制,5000
            A2,乙,,DW001,生产部,2020-01-01,在册,合同制,6000
            A1,丙,,DW001,生产部,2019-01-01,退休,合同制,7000
            B1,丁,,DW002,教务处,2021-01-01,在册,合同制,8000

            """)
        try sandbox.onBooks("member", "import", "unordered.csv").expectSuccess()
        let csv = try sandbox.onBooks("member", "list", "--format", "csv")
        csv.expectSuccess()
        let numbers = csv.stdout.split(separator: "\r\n").compactMap { line -> String? in
            let first = line.split(separator: ",").first.map(String.init) ?? ""
            return ["A1", "A2", "B1", "Z9"].contains(first) ? first : nil
        }
        #expect(numbers == ["A1", "A2", "B1", "Z9"])
        // Every format prints its count after the rows (JSON's `notes` after `tables`), counted as they pass.
        for format in ["table", "json", "md"] {   // CSV carries rows only
            let all = try sandbox.onBooks("member", "list", "--format", format)
            #expect(all.stdout.contains("共 4 人：在册 3，保留会籍 1"), "\(format): \(all.stdout)")
            let retained = try sandbox.onBooks("member", "list", "--status", "退休", "--format", format)
            #expect(retained.stdout.contains("共 1 人：保留会籍 1"), "\(format): \(retained.stdout)")
            let school = try sandbox.onBooks("member", "list", "--unit", "DW002", "--format", format)
            #expect(school.stdout.contains("共 2 人：在册 2"), "\(format): \(school.stdout)")
            #expect(!school.stdout.contains("A1"))
            if format == "json", let tables = all.stdout.range(of: "\"tables\""), let notes = all.stdout.range(of: "\"notes\"") {
                #expect(tables.lowerBound < notes.lowerBound, "the first row is not held back by the count")
            }
        }
        // An unknown unit is refused before anything is printed.
        let unknown = try sandbox.onBooks("member", "list", "--unit", "DW999", "--format", "json")
        unknown.expectError(exitCode: 2, containing: "DW999 不在单位名册中")
        #expect(unknown.stdout.isEmpty)
    }

    @Test("a re-import updates what changed, dates wage and status changes, and reports each change")
    func reimportReportsChanges() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")
        try sandbox.onBooks("member", "import", file).expectSuccess()
        var text = try String(contentsOf: sandbox.url.appendingPathComponent(file), encoding: .utf8)
        text = text.replacingOccurrences(of: "工资基数\n", with: "工资基数,工资生效月份\n")
        text = text.replacingOccurrences(of: "合同制,17802.17", with: "合同制,18802.17,2026-07")
        text = text.replacingOccurrences(of: "M00002,高杰,150102199912082777,DW001,财务部,2020-01-01,active",
                                         with: "M00002,高杰,150102199912082777,DW001,研发部,2020-01-01,退休")
        try sandbox.write("members-changed.csv", text)
        let result = try sandbox.onBooks("member", "import", "members-changed.csv", "--effective", "2026-09", "--format", "csv")
        result.expectSuccess()
        #expect(result.stdout.contains("M00001,工资基数,17802.17,18802.17,2026-07\r\n"))
        #expect(result.stdout.contains("M00002,部门,财务部,研发部,\r\n"))
        #expect(result.stdout.contains("M00002,状态,active,retained-exempt,2026-09\r\n"))

        let june = try sandbox.onBooks("member", "list", "--month", "2026-06", "--format", "csv")
        #expect(june.stdout.contains("M00001,杨艳,150102********3640,DW001,财务部,2018-12-01,在册,合同制,17802.17\r\n"))
        let show = try sandbox.onBooks("member", "show", "M00001", "--month", "2026-08", "--format", "csv")
        #expect(show.stdout.contains("工资基数,\"18,802.17\"\r\n"))
        #expect(show.stdout.contains("2026-07,在册,18802.17\r\n"))
        let again = try sandbox.onBooks("member", "import", "members-changed.csv", "--effective", "2026-09")
        #expect(again.stdout.contains("新增 0 人，更新 0 人，未变 40 人"))
    }

    @Test("reads English headers in GB18030 and converts a 15-digit legacy ID")
    func englishHeadersAndGB18030() throws {
        try sandbox.write("members-gb.csv", """
            member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base
            E001,王五,150102890515364,DW001,生产部,2020-03-01,active,劳务派遣,"4,567.89"
            E002,赵六,,DW001,生产部,2021-03-01,在册,农民工,3009.99

            """, gb18030: true)
        let result = try sandbox.onBooks("member", "import", "members-gb.csv")
        result.expectSuccess()
        #expect(result.stdout.contains("1 个 15 位旧身份证号已按 GB 11643 升为 18 位"))
        let list = try sandbox.onBooks("member", "list", "--format", "csv")
        #expect(list.stdout.contains("E001,王五,150102********3640（旧号升位）,DW001,生产部,2020-03-01,在册,劳务派遣,4567.89\r\n"))
        #expect(list.stdout.contains("E002,赵六,,DW001"))
        #expect(FixtureIDs.leaked(in: list.stdoutData, extra: ["150102890515364"]) == nil)
    }

    @Test("every bad row is reported with file, line, field and masked value; exit 2; nothing written")
    func badRows() throws {
        try sandbox.write("bad.csv", """
            会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数
            B001,甲,150102198905153641,DW001,生产部,2020-01-01,active,合同制,5000
            B002,乙,150102199902301238,DW001,生产部,2020-01-01,active,合同制,5000
            B003,丙,15010219890515364,DW001,生产部,2020-01-01,active,合同制,5000
            B004,丁,15010219890515A640,DW001,生产部,2020-01-01,active,合同制,5000
            B005,戊,150102199912082777,DW999,生产部,2020-02-30,gone,临时,5千
            B001,己,,DW001,生产部,2020-01-01,active,合同制,5000
            B007,庚,150102199912082777,DW001,生产部,2020-01-01,active,合同制,5000
            B008,150102198507098981,,DW001,生产部,2020-01-01,active,合同制,150102198507098981

            """)
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("member", "import", "bad.csv")
        #expect(result.exitCode == 2, "\(result)")
        let lines = result.stderrLines
        #expect(lines.contains("bad.csv:2: 身份证号: 150102********3641: 身份证号校验位不符（GB 11643）：150102********3641"))
        #expect(lines.contains("bad.csv:3: 身份证号: 150102********1238: 身份证号中的出生日期不是真实日期：150102********1238"))
        #expect(lines.contains("bad.csv:4: 身份证号: 150102*******5364: 身份证号应为 18 位（或 15 位旧号），此处 17 位：150102*******5364"))
        #expect(lines.contains { $0.hasPrefix("bad.csv:5: 身份证号: 150102********A640: ") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:6: 单位编码: DW999: ") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:6: 入会日期: 2020-02-30: ") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:6: 状态: gone: ") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:6: 用工形式: 临时: ") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:6: 工资基数: 5千: ") })
        #expect(lines.contains("bad.csv:7: 会员编号: B001: 会员编号 B001 在第 2 行已出现"))
        #expect(lines.contains("bad.csv:8: 身份证号: 150102********2777: 身份证号 150102********2777 已登记为会员 B005：同一人不能有两个会籍"))
        #expect(lines.contains { $0.hasPrefix("bad.csv:9: 工资基数: 150102********8981: ") })
        #expect(lines.contains("bad.csv:9: 姓名: 150102********8981: 姓名中不能填写身份证号（身份证号只填在身份证号一列，且只存脱敏形式）"))
        #expect(lines.last == "导入失败：13 处错误，未写入任何数据")
        let ids = ["150102198905153641", "150102199902301238", "15010219890515364", "15010219890515A640", "150102199912082777",
                   "150102198507098981"]
        #expect(FixtureIDs.leaked(in: result.stderrData + result.stdoutData, extra: ids) == nil)
        #expect(try sandbox.snapshot() == before, "a refused import leaves the file byte-identical")

        let english = try sandbox.onBooks("member", "import", "bad.csv", "--lang", "en")
        #expect(english.stderrLines.contains("bad.csv:2: 身份证号: 150102********3641: a national ID's check digit does not match (GB 11643): 150102********3641"))
    }
}
