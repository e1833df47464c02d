import InputFiles
import Testing
@testable import LedgerCore

@Suite("ChartFile.parse: charts of accounts from ledgers/charts/")
struct ChartFileTests {
    static let goodChart = """
        code,name,name_en,kind
        101,库存现金,Cash,asset
        102,银行存款,Bank deposits,asset
        10201,工商银行,ICBC,asset
        201,应付职工薪酬,,liability
        301,工会资金结余,,netAssets
        401,会费收入,Dues income,revenue
        501,职工活动支出,"Activities, members",expenditure
        50101,文体活动,,支出
        """

    @Test("reads a good chart in file order")
    func readsGoodChart() throws {
        let accounts = try ChartFile.parse(Self.goodChart, fileName: "good.csv")
        #expect(accounts.map(\.code.rawValue) == ["101", "102", "10201", "201", "301", "401", "501", "50101"])
        #expect(accounts.map(\.kind) == [.asset, .asset, .asset, .liability, .netAssets, .revenue, .expenditure, .expenditure])
        #expect(accounts[0].name == "库存现金" && accounts[0].nameEnglish == "Cash")
        #expect(accounts[3].nameEnglish == "")
        #expect(accounts[6].nameEnglish == "Activities, members")
        #expect(accounts.allSatisfy { $0.isOpen })
    }

    @Test("takes columns by header name, any case, name_en optional, BOM and CRLF")
    func flexibleHeader() throws {
        let text = "\u{FEFF}Kind,Code,Name\r\nasset,101,库存现金\r\n资产,10101,备用金\r\n"
        let accounts = try ChartFile.parse(text, fileName: "excel.csv")
        #expect(accounts.map(\.code.rawValue) == ["101", "10101"])
        #expect(accounts.map(\.name) == ["库存现金", "备用金"])
        #expect(accounts.allSatisfy { $0.kind == .asset && $0.nameEnglish.isEmpty })
    }

    @Test("reports every bad line in one throw, with file, line, field and value")
    func reportsEveryProblem() throws {
        let text = """
            code,name,name_en,kind
            101,库存现金,Cash,asset
            1O1,坏编码,,asset
            102,银行存款,,assets
            101,重复,,asset
            50101,文体活动,,expenditure
            501,职工活动支出,,expenditure
            401,会费收入,,revenue
            40101,子科目,,expenditure
            601,,,asset
            "50102","两行
            名称",,expenditure
            50103,x,,收入
            """
        let rejection = try #require(throws: ChartFileRejected.self) { try ChartFile.parse(text, fileName: "bad.csv") }
        #expect(rejection.problems == [
            InputProblem(file: "bad.csv", line: 3, field: "code", value: "1O1",
                         error: .accountCodeMustBeWellFormed(value: "1O1")),
            InputProblem(file: "bad.csv", line: 4, field: "kind", value: "assets",
                         error: .accountKindMustBeKnown(value: "assets")),
            InputProblem(file: "bad.csv", line: 5, field: "code", value: "101",
                         error: .accountCodeMustBeUnique(code: "101")),
            InputProblem(file: "bad.csv", line: 6, field: "code", value: "50101",
                         error: .accountParentMustExist(code: "501")),
            InputProblem(file: "bad.csv", line: 9, field: "code", value: "40101",
                         error: .accountKindMustMatchParent(code: "40101", parentKind: "revenue")),
            InputProblem(file: "bad.csv", line: 10, field: "name", value: "",
                         error: .fieldMustBePresent(field: "name")),
            // The line after a quoted two-line name still gets its own line number.
            InputProblem(file: "bad.csv", line: 13, field: "code", value: "50103",
                         error: .accountKindMustMatchParent(code: "50103", parentKind: "expenditure")),
        ])
        #expect(rejection.problems[0].message(in: .en)
            == #"bad.csv:3: code: 1O1: account code not well formed: "1O1" (3 digits, then 2 per level)"#)
    }

    @Test("refuses a header without a required column", arguments: [
        ("code,name\n101,现金,asset\n", ["kind"]),
        ("account,title,type\n101,现金,asset\n", ["code", "name", "kind"]),
    ])
    func missingColumn(text: String, missing: [String]) throws {
        let rejection = try #require(throws: ChartFileRejected.self) { try ChartFile.parse(text, fileName: "h.csv") }
        let header = String(text.prefix(while: { $0 != "\n" }))
        #expect(rejection.problems == missing.map {
            InputProblem(file: "h.csv", line: 1, field: "header", value: header, error: .headerMustNameColumn(column: $0))
        })
    }

    @Test("refuses an empty file", arguments: ["", "\u{FEFF}", "\n\n"])
    func emptyFile(text: String) throws {
        let rejection = try #require(throws: ChartFileRejected.self) { try ChartFile.parse(text, fileName: "empty.csv") }
        #expect(rejection.problems.map(\.rule) == ["headerMustNameColumn"])
        #expect(rejection.problems.first?.file == "empty.csv")
    }

    @Test("refuses a file whose quote never closes")
    func unclosedQuote() throws {
        let text = "code,name,kind\n101,\"现金,asset\n"
        let rejection = try #require(throws: ChartFileRejected.self) { try ChartFile.parse(text, fileName: "q.csv") }
        // Reported today as a header problem on line 1; see the report on this behaviour.
        #expect(rejection.problems.count == 1)
        #expect(rejection.problems.first?.file == "q.csv")
    }
}
