import InputFiles
import Foundation
import LedgerCore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("chart profiles")
struct ChartProfileTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("every shipped profile loads, with codes and kinds consistent", arguments: ChartProfile.Name.allCases)
    func loads(_ name: ChartProfile.Name) throws {
        let profile = try ChartProfile(name)
        #expect(profile.entries.count > 30)
        #expect(Set(profile.accounts.map(\.code)).count == profile.entries.count)
        #expect(profile.accounts.allSatisfy { !$0.nameEnglish.isEmpty })
    }

    @Test("the built-in copies are the files under ledgers/charts/ (run scripts/embed-data after editing)")
    func embeddedCopiesMatchFiles() throws {
        #expect(ChartProfileData.union2021Grassroots == (try Self.file("ledgers/charts/provisional-grassroots.csv")))
        #expect(ChartProfileData.union2021Federation == (try Self.file("ledgers/charts/provisional-federation.csv")))
        #expect(ChartProfileData.union2009 == (try Self.file("ledgers/charts/union-2009.csv")))
        #expect(ChartProfileData.changeover2009To2021 == (try Self.file("ledgers/charts/changeover-2009-2021.csv")))
        #expect(ChartProfileData.official2021Grassroots == (try Self.file("ledgers/charts/2021-grassroots.csv")))
        #expect(ChartProfileData.official2021County == (try Self.file("ledgers/charts/2021-county.csv")))
        #expect(BuiltinChart.grassrootsBasic == (try Self.file("ledgers/charts/grassroots-basic.csv")))
    }

    @Test("the 2009 chart is confirmed where DOMAIN §1.2 gives the code, the 2021 chart flags its guesses")
    func confirmationFlags() throws {
        let legacy = try ChartProfile(.legacy2009)
        #expect(legacy.unconfirmed.map(\.account.code.rawValue) == ["13101", "13102", "13103"])
        let grassroots = try ChartProfile(.grassroots2021)
        let confirmed = grassroots.entries.filter(\.isConfirmed).map(\.account.code.rawValue)
        #expect(confirmed == ["501", "50101", "50102", "50103", "50104", "50105", "50106"])
        #expect(grassroots.unconfirmed.allSatisfy { !$0.source.isEmpty })
    }

    @Test("only the county-and-above chart has 行政支出, 411 and the budget stabilisation fund")
    func federationAccounts() throws {
        let grassroots = Set(try ChartProfile(.grassroots2021).accounts.map(\.code.rawValue))
        let federation = Set(try ChartProfile(.federation2021).accounts.map(\.code.rawValue))
        #expect(grassroots.isSubset(of: federation))
        #expect(federation.subtracting(grassroots) == ["351", "411", "506", "50601", "50602", "50603", "50604", "509"])
    }

    @Test("a profile file with a bad confirmation flag is refused, naming line and value")
    func badFlag() {
        let text = "code,name,name_en,kind,confirmed,source\n101,库存现金,Cash,asset,maybe,x\n"
        #expect(throws: ChartFileRejected.self) { try ChartProfile.entries(from: text, fileName: "bad.csv") }
        do {
            _ = try ChartProfile.entries(from: text, fileName: "bad.csv")
        } catch {
            #expect(error.problems.first?.message(in: .en).hasPrefix("bad.csv:2: confirmed: maybe: ") == true)
        }
    }
}
