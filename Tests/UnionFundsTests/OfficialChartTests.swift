import Foundation
import InputFiles
import LedgerCore
import Testing
@testable import UnionCore

/// The shipped 2021 charts against the official list (财会〔2021〕7号 第二部分, copied to
/// ledgers/reference/chart-2021.csv): every code with its exact name, at its level.
@Suite("official 2021 charts")
struct OfficialChartTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Official: Hashable {
        var code: String
        var name: String
        var level: String
    }

    static func officialList() throws -> [Official] {
        let text = try String(contentsOf: root.appendingPathComponent("ledgers/reference/chart-2021.csv"), encoding: .utf8)
        let records = try #require(CSVRecordParser.records(of: text))
        let header = try #require(records.first).fields
        let code = try #require(header.firstIndex(of: "code")), name = try #require(header.firstIndex(of: "name"))
        let level = try #require(header.firstIndex(of: "level"))
        return records.dropFirst().map { Official(code: $0.fields[code], name: $0.fields[name], level: $0.fields[level]) }
    }

    @Test("every official code is in the chart of its level with its exact name, and nothing else is",
          arguments: [(ChartProfile.Name.official2021Grassroots, "grassroots"), (.official2021County, "county+")])
    func chartsMatchTheOfficialList(_ profile: ChartProfile.Name, _ level: String) throws {
        let expected = try Self.officialList().filter { $0.level == level || $0.level == "both" }
        let chart = try ChartProfile(profile)
        #expect(chart.entries.map(\.account.code.rawValue) == expected.map(\.code))
        for (entry, official) in zip(chart.entries, expected) {
            #expect(entry.account.name == official.name, "\(official.code)")
            #expect(entry.isConfirmed)
        }
        // The files on disk are the ones built in.
        let file = try String(contentsOf: Self.root.appendingPathComponent("ledgers/charts/\(profile.fileName)"), encoding: .utf8)
        #expect(file == profile.text + "\n" || file == profile.text)
    }

    @Test("the roles the rules post to are where the official text puts them")
    func rolesOfTheOfficialCharts() throws {
        let grassroots = ChartRoles(organisation: "G", accounts: try ChartProfile(.official2021Grassroots).accounts)
        let county = ChartRoles(organisation: "C", accounts: try ChartProfile(.official2021County).accounts)
        for roles in [grassroots, county] {
            #expect(try roles.code(.payableToHigher).rawValue == "211")      // 第211号科目 应付上级经费
            #expect(try roles.code(.otherPayable).rawValue == "215")         // 建会筹备金 (第215号科目)
            #expect(try roles.code(.restrictedCarryForward).rawValue == "321")
            #expect(try roles.code(.unrestrictedSurplus).rawValue == "322")
            #expect(try roles.code(.unrestrictedCurrentYear).rawValue == "32203")
            #expect(try roles.code(.capitalExpenditure).rawValue == "507")
        }
        #expect(try grassroots.code(.duesRevenue).rawValue == "401")
        #expect(grassroots.codeIfPresent(.receivableFromLower) == nil)      // 132 is county+ only
        #expect(try county.code(.transferPayableToLower).rawValue == "21202")
        #expect(county.codeIfPresent(.duesRevenue) == nil)                  // 401 is grassroots only
    }
}
