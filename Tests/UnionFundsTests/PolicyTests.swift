import Foundation
import InputFiles
import LedgerCore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("policies")
struct PolicyTests {
    @Test("rates are parsed exactly as policies write them", arguments: [
        ("2%", 2, 100), ("0.5%", 5, 1_000), ("60%", 60, 100), ("5‰", 5, 1_000), ("1/3", 1, 3), ("0.02", 2, 100),
        ("12.5%", 125, 1_000),
    ] as [(String, Int64, Int64)])
    func rates(_ text: String, _ numerator: Int64, _ denominator: Int64) throws {
        let parsed = try PolicyRate(parsing: text).rate
        // Equal as fractions: a/b == c/d ⇔ ad == bc.
        #expect(parsed.numerator * denominator == numerator * parsed.denominator, "\(text)")
    }

    @Test("anything else is not a rate", arguments: ["", "%", "2 %x", "-2%", "1.%", ".5%", "1/0", "abc", "1e2%", "1234567890123%"])
    func badRates(_ text: String) {
        #expect(throws: UnionFundsError.self) { try PolicyRate(parsing: text) }
    }

    struct Entry: Decodable, Sendable, Equatable {
        let rate: PolicyRate
        let cap: PolicyMoney?
    }

    static let twoEntries = Data("""
        {"name":"t","title":"测试","late_fee":[
          {"effective_from":"2020-01-01","rate":"5‰"},
          {"effective_from":"2026-07-01","rate":"3‰","cap":"100.00"}]}
        """.utf8)

    @Test("the entry in force is the last one starting on or before the date; earlier dates are refused")
    func timeline() throws {
        let timeline = try PolicyDocument(json: Self.twoEntries, source: "t.json").section("late_fee", as: Entry.self)
        #expect(try timeline.entry(on: LocalDate(parsing: "2026-06-30")).rate.text == "5‰")
        #expect(try timeline.entry(on: LocalDate(parsing: "2026-07-01")).rate.text == "3‰")
        #expect(try timeline.entry(for: YearMonth(parsing: "2026-07")).cap?.money == Money(fen: 10_000))
        #expect(throws: UnionFundsError.policyMustCoverDate(section: "late_fee", date: "2019-12-31")) {
            try timeline.entry(on: LocalDate(parsing: "2019-12-31"))
        }
    }

    @Test("a bad field is named by its path in the file")
    func fieldPath() throws {
        let json = Data(#"{"name":"t","title":"x","late_fee":[{"effective_from":"2020-01-01","rate":"five"}]}"#.utf8)
        let document = try PolicyDocument(json: json, source: "p.json")
        #expect(throws: UnionFundsError.policyMustBeValid(source: "p.json", path: "late_fee[0].rate",
                                                         detail: "“five” is not a rate (e.g. 2%, 0.5%, 5‰, 1/3)")) {
            try document.section("late_fee", as: Entry.self)
        }
    }

    @Test("documents are refused for bad shape", arguments: [
        (#"[]"#, ""), (#"{"title":"x"}"#, "name"), (#"{"name":"x","title":"t","dues":{}}"#, "dues"),
        (#"{"name":"x","title":"t","dues":[{"rate":"1%"}]}"#, "dues[0].effective_from"),
        (#"{"name":"x","title":"t","dues":[{"effective_from":"2026-02-30"}]}"#, "dues[0].effective_from"),
        (#"{"name":"x","title":"t","dues":[{"effective_from":"2026-02-01"},{"effective_from":"2026-02-01"}]}"#, "dues[1].effective_from"),
        (#"{"name":"x","title":"t","vouchres":[]}"#, "vouchres"),
    ])
    func badDocuments(_ json: String, _ path: String) {
        do {
            _ = try PolicyDocument(json: Data(json.utf8), source: "p.json")
            Issue.record("accepted \(json)")
        } catch {
            guard case .policyMustBeValid(_, let reported, _) = error else { Issue.record("\(error)"); return }
            #expect(reported == path)
        }
    }

    @Test("every shipped policy loads and the built-in copies are the files (run scripts/embed-data)", arguments: BuiltinPolicies.names)
    func shipped(_ name: String) throws {
        let document = try #require(BuiltinPolicies.document(named: name))
        #expect(document.name == name)
        let file = try ChartProfileTests.file("ledgers/policies/\(name).json")
        #expect(String(decoding: document.json, as: UTF8.self) == file)
    }

    @Test("the shipped policies are the files in ledgers/policies/")
    func shippedNames() throws {
        let folder = ChartProfileTests.repositoryRoot.appendingPathComponent("ledgers/policies")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltinPolicies.names))
        #expect(BuiltinPolicies.names.first == "default")
    }

    @Test("a file is kept under the built-in default until a policy is set; each change is kept as history")
    func storedPolicies() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let policies = file.stores.policies
        #expect(try policies.latestPolicy() == nil)
        #expect(try policies.current().source == "built-in:default")
        let beijing = try #require(BuiltinPolicies.document(named: "beijing"))
        try policies.storePolicy(beijing, user: "tester")
        #expect(try policies.current().name == beijing.name)
        #expect(try policies.current().json == beijing.json)
        let history = try policies.policyHistory()
        #expect(history.map(\.name) == [beijing.name])
        #expect(history.first?.setBy == "tester" && history.first?.sha256 == ContentDigest.sha256Hex(beijing.json))
        let rules = try DuesRule.inForce(policies: policies, month: try YearMonth(year: 2026, month: 3))
        #expect(rules == DuesRule.standard)
    }
}
