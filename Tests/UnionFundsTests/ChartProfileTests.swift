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
        #expect(ChartProfileData.union2021Grassroots == (try Self.file("ledgers/charts/union-2021-grassroots.csv")))
        #expect(ChartProfileData.union2021Federation == (try Self.file("ledgers/charts/union-2021-federation.csv")))
        #expect(ChartProfileData.union2009 == (try Self.file("ledgers/charts/union-2009.csv")))
        #expect(ChartProfileData.mapping2009To2021 == (try Self.file("ledgers/charts/mapping-2009-2021.csv")))
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

    @Test("the 2009 → 2021 map covers every 2009 leaf and lands on a 2021 leaf of the same kind")
    func mappingIsComplete() throws {
        let legacy = try ChartProfile(.legacy2009).accounts
        let modern = try ChartProfile(.federation2021).accounts
        let mapping = try ChartMapping.shipped()
        func leaves(_ accounts: [Account]) -> [Account] {
            accounts.filter { account in !accounts.contains { $0.code.parent == account.code } }
        }
        let modernLeaves = Dictionary(uniqueKeysWithValues: leaves(modern).map { ($0.code, $0) })
        for account in leaves(legacy) {
            let target = try #require(mapping.target(of: account.code), "\(account.code) \(account.name) has no 2021 account")
            let landed = try #require(modernLeaves[target], "\(account.code) maps to \(target), not a 2021 leaf")
            #expect(landed.kind == account.kind, "\(account.code) \(account.kind) → \(target) \(landed.kind)")
        }
        #expect(Set(mapping.lines.map(\.from)) == Set(leaves(legacy).map(\.code)), "no line for a non-leaf or unknown account")
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
