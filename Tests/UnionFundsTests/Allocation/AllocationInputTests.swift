import Foundation
import InputFiles
import LedgerCore
import Testing
@testable import UnionAllocation
@testable import UnionCore

/// The policy's allocation sections, the register's federation rules, and the payroll and unit
/// files checked record by record: no database.
@Suite("allocation policy, register and input files (pure)")
struct AllocationInputTests {
    typealias F = PureAllocationFixture

    static func document(_ sections: String) throws -> PolicyDocument {
        try PolicyDocument(json: Data(#"{"name":"t","title":"测试",\#(sections)}"#.utf8), source: "t.json")
    }

    @Test("a bad allocation section is the one policy failure, naming where in the file", arguments: [
        (#""allocation":[{"effective_from":"2021-01-01","rate":"2%","retained":"60%","upward":[{"level":"county","share":"50%"}]}]"#, "allocation[0].upward"),
        (#""late_fee":[{"effective_from":"2021-01-01","daily_rate":"five","cap":"none"}]"#, "late_fee[0].daily_rate"),
        (#""channels":[{"effective_from":"2021-01-01","default":"wire"}]"#, "channels[0].default"),
    ])
    func badSection(sections: String, path: String) throws {
        let document = try Self.document(sections)
        do {
            _ = try AllocationPolicy(document: document)
            Issue.record("accepted \(sections)")
        } catch {
            guard case .policyMustBeValid(let source, let reported, _) = error else { Issue.record("\(error)"); return }
            #expect(source == "t.json" && reported == path)
        }
    }

    @Test("a month no entry covers is refused as the policy not covering the date")
    func uncoveredMonth() throws {
        let policy = try AllocationPolicy(document: try Self.document(
            #""allocation":[{"effective_from":"2027-01-01","rate":"2%","retained":"60%","upward":[{"level":"county","share":"100%"}]}]"#))
        #expect(throws: UnionFundsError.policyMustCoverDate(section: "allocation", date: "2026-01-01")) {
            try policy.allocationTerms(for: F.january)
        }
        // The allocation covers 2027, but the policy has no due date for it.
        #expect(throws: UnionFundsError.policyMustCoverDate(section: "due", date: "2027-01-01")) {
            try AllocationMonthTerms(policy: policy, month: try YearMonth(parsing: "2027-01"))
        }
    }

    @Test("the library's split gives what the federation is owed, by channel", arguments: [
        (CollectionChannel.direct, "4000.00"), (.tax40, "4000.00"), (.taxFull, "10000.00"), (.fiscal, "10000.00"), (.preparatory, "10000.00"),
    ])
    func receivable(channel: CollectionChannel, expected: String) throws {
        #expect(try F.policy.receivable(wageTotal: yuan("500000.00"), month: F.january, channel: channel) == yuan(expected))
    }

    @Test("which kinds are federations, and at what level", arguments: [
        ("county-federation", true, "county"), ("city-federation", true, "city"), ("enterprise", false, "enterprise"), ("street", false, "street"),
    ])
    func federationKinds(kind: String, isFederation: Bool, level: String) {
        #expect(FederationKind.isFederation(kind) == isFederation)
        #expect(FederationKind.level(ofKind: kind) == level)
    }

    @Test("the collector is the nearest organisation above keeping books; a report is for the file's one federation")
    func directory() {
        #expect(F.directory.collector(of: F.t40) === F.xf, "through the street union, which keeps no books")
        #expect(F.directory.collector(of: F.xf) == nil)
        #expect(F.directory.isBelow(F.t40, ancestor: F.street.id) && !F.directory.isBelow(F.tf, ancestor: F.street.id))
        #expect(F.directory.payee(of: F.t40) === F.xf)
        #expect(F.directory.reportingFederation(code: nil) === F.xf, "the only federation keeping books, not GH101 before it")
        #expect(F.directory.reportingFederation(code: "JD01") === F.street)
        let twoFederations = UnitDirectory(units: [F.xf, F.gh101, UnitDirectory.Unit(
            id: 9, code: "AF", name: "甲市总工会", kind: "city-federation", parentID: nil, channel: .direct, keepsBooks: true)])
        #expect(twoFederations.reportingFederation(code: nil)?.code == "AF", "none alone: the first keeping books")
    }

    /// What a payroll file brought, and the revisions it added (in file order).
    static func payroll(_ rows: [[String]], latest: [DeclarationKey: DeclaredRevision] = [:]) throws
        -> (counts: PayrollDeclarationFile.Checked, added: [NewDeclaration]) {
        let declarations = DeclarationsInMemory(latest: latest)
        var file = PayrollDeclarationFile(fileName: "p.csv", units: UnitCodeTable(directory: F.directory), declarations: declarations)
        try file.read(line: 1, fields: ["单位编码", "单位名称", "所属期", "职工人数", "工资总额", "缴费方式"])
        for (index, row) in rows.enumerated() { try file.read(line: index + 2, fields: row) }
        return (try file.finish(), declarations.added)
    }

    @Test("payroll rows: new, corrected (a new revision), unchanged, and the same row twice counted once")
    func payrollFile() throws {
        let key = DeclarationKey(unit: F.gh101.id, month: F.january.ordinal)
        let latest = [key: DeclaredRevision(revision: 2, figures: DeclaredFigures(headcount: 100, wageTotal: yuan("500000.00"), channel: .direct))]
        let checked = try Self.payroll([
            ["GH101", "", "2026-01", "100", "500,000.00", ""],          // as on file
            ["GH101", "", "2026-02", "1,100", "510000", "单位直接拨缴"],  // new
            ["T40", "", "2026-01", "10", "1000.00", ""],                // new, the unit's own channel
            ["T40", "", "2026-01", "10", "1000.00", ""],                // the same again
        ], latest: latest)
        #expect(checked.counts == .init(rows: 4, new: 2, corrected: 0, unchanged: 1))
        #expect(checked.added.map(\.figures.channel) == [.direct, .tax40])
        #expect(checked.added.first?.figures.headcount == 1_100)
        let corrected = try Self.payroll([["GH101", "", "2026-01", "100", "510000.00", ""]], latest: latest)
        #expect(corrected.counts.corrected == 1 && corrected.added.first?.revision == 3)
    }

    @Test("payroll rows: a row repeating the figures on file, then the same key with other figures, conflicts with the first")
    func conflictAfterUnchanged() throws {
        let key = DeclarationKey(unit: F.gh101.id, month: F.january.ordinal)
        let latest = [key: DeclaredRevision(revision: 1, figures: DeclaredFigures(headcount: 100, wageTotal: yuan("500000.00"), channel: .direct))]
        do {
            _ = try Self.payroll([
                ["GH101", "", "2026-01", "100", "500000.00", ""],   // as on file: nothing added
                ["T40", "", "2026-01", "10", "1000.00", ""],
                ["GH101", "", "2026-01", "100", "500000.00", ""],   // the same again: fine
                ["GH101", "", "2026-01", "100", "510000.00", ""],   // not a correction: the file said otherwise on line 2
            ], latest: latest)
            Issue.record("accepted two figures for one unit and month")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map(\.line) == [5])
            #expect((rejected.problems.first?.error as? AllocationError)
                    == .declarationMustNotConflict(unit: "GH101", month: "2026-01", firstLine: 2))
        }
    }

    @Test("payroll rows: every bad row is reported and nothing comes back")
    func badPayrollFile() throws {
        do {
            _ = try Self.payroll([["NOPE", "", "2026-13", "ten", "-1.00", "wire"], ["T40", "", "2026-01", "1", "1.00", ""],
                                  ["T40", "", "2026-01", "1", "2.00", ""]])
            Issue.record("accepted bad rows")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map { "\($0.line):\($0.field)" } == ["2:单位编码", "2:所属期", "2:职工人数", "2:工资总额", "2:缴费方式", "4:单位编码"])
            #expect((rejected.problems.last?.error as? AllocationError) == .declarationMustNotConflict(unit: "T40", month: "2026-01", firstLine: 3))
        }
    }

    @Test("unit rows: new units with parents in the file, units as registered left alone, loops and clashes refused")
    func unitFile() throws {
        let channels = try F.policy.channelTerms(on: day("2026-01-01"))
        var file = UnitFile(fileName: "u.csv", directory: F.directory, channels: channels)
        for (line, fields) in [(1, ["code", "name", "kind", "parent", "channel"]), (2, ["N2", "乙", "enterprise", "N1", ""]),
                               (3, ["N1", "甲", "organ", "XF", ""]), (4, ["T40", "T40单位", "enterprise", "JD01", ""])] {
            try file.read(line: line, fields: fields)
        }
        let checked = try file.finish()
        var units: [NewUnit] = []
        try file.queue.forEachNewUnit { units.append($0) }
        #expect(units.map(\.code) == ["N2", "N1"] && checked.newUnits == 2 && checked.unchanged == 1)
        #expect(units.map(\.channel) == [.direct, .fiscal], "a blank channel takes the policy's default for the kind")
        var bad = UnitFile(fileName: "u.csv", directory: F.directory, channels: channels)
        for (line, fields) in [(1, ["code", "name", "kind", "parent"]), (2, ["L1", "甲", "enterprise", "L2"]), (3, ["L2", "乙", "enterprise", "L1"]),
                               (4, ["T40", "改名", "enterprise", "JD01"])] {
            try bad.read(line: line, fields: fields)
        }
        #expect(throws: RowsRejected.self) { try bad.finish() }
        #expect(bad.problems.problems.map { "\($0.line):\($0.field)" } == ["4:name", "2:parent", "3:parent"])
    }

    /// The columns are found from the header once and read by position: any order, Chinese
    /// names, optional columns absent or left short on a row, a channel by code or by its name.
    @Test("unit rows: columns in any order and language, short rows, channels by code or name")
    func unitFileColumns() throws {
        let channels = try F.policy.channelTerms(on: day("2026-01-01"))
        var file = UnitFile(fileName: "u.csv", directory: F.directory, channels: channels)
        for (line, fields) in [(1, ["开户行", "缴费方式", "上级单位", "单位名称", "单位编码", "类型", "账号"]),
                               (2, ["工行", "税务代收40%", "XF", "甲", "C1", "企业", "6222"]),
                               (3, ["", "fiscal", "C1", "乙", "C2", "organ"]),
                               (4, ["", " tax-full ", "XF", "丙", "C3", "enterprise", ""])] {
            try file.read(line: line, fields: fields)
        }
        _ = try file.finish()
        var units: [NewUnit] = []
        try file.queue.forEachNewUnit { units.append($0) }
        #expect(units.map(\.code) == ["C1", "C2", "C3"])
        #expect(units.map(\.name) == ["甲", "乙", "丙"] && units.map(\.parent) == ["XF", "C1", "XF"])
        #expect(units.map(\.channel) == [.tax40, .fiscal, .taxFull])
        #expect(units.map(\.bankName) == ["工行", "", ""] && units.map(\.bankAccount) == ["6222", "", ""])
        var bad = UnitFile(fileName: "u.csv", directory: F.directory, channels: channels)
        for (line, fields) in [(1, ["单位编码", "单位名称", "类型", "缴费方式"]), (2, ["C9", "丁", "enterprise", "邮寄"])] {
            try bad.read(line: line, fields: fields)
        }
        #expect(throws: RowsRejected.self) { try bad.finish() }
        #expect(bad.problems.problems.map { "\($0.line):\($0.field)" } == ["2:缴费方式"])
    }
}
