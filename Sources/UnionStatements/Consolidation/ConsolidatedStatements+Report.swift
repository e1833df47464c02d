import LedgerCore
import Reporting

extension ConsolidatedStatements {
    /// What a reader is told: every union below the federation whose books are not in the store,
    /// and every pair whose two sides differ.
    public struct Finding: Sendable, Hashable {
        public enum Kind: String, Sendable { case notInStore, difference }
        public var kind: Kind
        public var message: String
    }

    public func findings(in language: Language) -> [Finding] {
        let l = language
        let names = Dictionary((scope.consolidated + scope.notInStore).map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        var findings = scope.notInStore.map { member in
            Finding(kind: .notInStore, message: l.pick(
                "\(member.code) \(member.name)（上级 \(member.parent ?? "")）的账套不在本文件，未汇总",
                "\(member.code) \(member.name) (below \(member.parent ?? "")) keeps no books here and is not consolidated"))
        }
        for pair in schedule.differences {
            let upper = "\(pair.upper) \(names[pair.upper] ?? "")", lower = "\(pair.lower) \(names[pair.lower] ?? "")"
            findings.append(Finding(kind: .difference, message: l.pick(
                "\(upper)—\(lower) \(pair.kind.name(in: l))（\(pair.time.name(in: l))）上级账面 \(pair.upperAmount.formatted())，下级账面 \(pair.lowerAmount.formatted())，差额 \(pair.difference.formatted()) 未抵销（如在途上缴款、一方未入账的补助），已留在汇总数中",
                "\(upper) – \(lower), \(pair.kind.name(in: l)) (\(pair.time.name(in: l))): the higher union's books \(pair.upperAmount.formatted()), the lower union's \(pair.lowerAmount.formatted()); the difference \(pair.difference.formatted()) is not eliminated (a remittance in transit, a grant one side has not booked) and stays in the consolidated figures")))
        }
        return findings
    }

    /// 资产 = 负债 + 净资产 on the consolidated balance sheet.
    public var balances: Bool { balanceSheet.balances }
}

extension Report {
    /// The consolidated statements: the scope, 工会01表 and 工会02表 over all the books, the
    /// elimination schedule and the findings, one table each (one sheet each in XLSX).
    public static func consolidated(_ statements: ConsolidatedStatements, unit: StatementUnit, language: Language) -> Report {
        let l = language
        let scope = statements.scope
        var tables: [Table] = []
        let status = { (member: ConsolidationScope.Member) -> Cell in
            member.keepsBooks ? .labelled(value: "consolidated", label: l.pick("已汇总", "consolidated"))
                              : .labelled(value: "notInStore", label: l.pick("未在本账簿中", "not in the store"))
        }
        // Those not in the store are findings (below), not rows here.
        tables.append(Table(caption: l.pick("汇总范围", "Scope"),
                            columns: [Column(l.pick("编码", "Code"), key: "code"), Column(l.pick("名称", "Name"), key: "name"),
                                      Column(l.pick("上级", "Parent"), key: "parent"), Column(l.pick("层级", "Level"), key: "depth", alignment: .right),
                                      Column(l.pick("状态", "Status"), key: "status")],
                            rows: scope.consolidated.map { [.text($0.code), .text($0.name), .text($0.parent ?? ""), .integer(Int64($0.depth)), status($0)] }))
        var notes: [String] = []
        for statement in [statements.balanceSheet, statements.incomeExpenditure] {
            let form = Report.officialStatement(statement, unit: unit, language: l)
            guard var table = form.tables.first else { continue }
            table.caption = "\(statement.form.number(in: l)) \(statement.form.title(in: l))"
            tables.append(table)
        }
        let schedule = statements.schedule
        let rows: [[Cell]] = schedule.pairs.map { pair in
            [.text(pair.upper), .text(pair.lower), .labelled(value: pair.kind.rawValue, label: pair.kind.name(in: l)),
             .labelled(value: pair.time.rawValue, label: pair.time.name(in: l)),
             .money(unit.scaled(pair.upperAmount)), .money(unit.scaled(pair.lowerAmount)), .money(unit.scaled(pair.eliminated)),
             .money(unit.scaled(pair.difference))]
        }
        tables.append(Table(caption: l.pick("抵销明细表", "Elimination schedule"),
                            columns: [Column(l.pick("上级工会", "Higher union"), key: "upper"), Column(l.pick("下级工会", "Lower union"), key: "lower"),
                                      Column(l.pick("项目", "Kind"), key: "kind"), Column(l.pick("时点", "When"), key: "time"),
                                      Column(l.pick("上级账面数", "Higher union's books"), key: "upperAmount", alignment: .right),
                                      Column(l.pick("下级账面数", "Lower union's books"), key: "lowerAmount", alignment: .right),
                                      Column(l.pick("抵销数", "Eliminated"), key: "eliminated", alignment: .right),
                                      Column(l.pick("差额", "Difference"), key: "difference", alignment: .right)],
                            rows: rows))
        let findings = statements.findings(in: l)
        tables.append(Table(caption: l.pick("发现", "Findings"),
                            columns: [Column(l.pick("类别", "Finding"), key: "finding"), Column(l.pick("说明", "Message"), key: "message")],
                            rows: findings.map { finding in
                                [.labelled(value: finding.kind.rawValue,
                                           label: finding.kind == .notInStore ? l.pick("未在本账簿中", "not in the store") : l.pick("抵销差异", "difference")),
                                 .text(finding.message)]
                            }))
        if scope.consolidated.count == 1 {
            notes.append(l.pick("\(scope.federation.code) 之下没有账套在本文件中的工会：汇总数即本级账面数，抵销明细表为空。",
                                "No union below \(scope.federation.code) keeps its books in this store: the figures are its own books', and the schedule is empty."))
        }
        notes.append(statements.balances ? l.pick("资产总计 = 负债与净资产总计", "Total assets = total liabilities and net assets")
                                         : l.pick("资产总计 ≠ 负债与净资产总计，请检查账务！", "Total assets ≠ total liabilities and net assets: check the books!"))
        notes.append(l.pick("汇总方法：各账套按 2021 年科目逐科目相加，再按科目角色扣除上下级之间的往来与补助（应收下级经费与应付上级经费、补助下级支出与上级补助收入、应付下级补助与应收上级补助、应付下级转拨经费与应收上级转拨经费），两方一致的部分抵销，差额列为发现、不抵销。上缴上级的经费在下级计入“应付上级经费”而不计收入、在上级只以本级分成计入“拨缴经费收入”（第402号、第211号科目），汇总收入中只计一次。上年数未汇总。",
                            "Method: the books are added up account by account on the 2021 chart, then the flows between the levels are taken off by account role (receivable from lower / payable to higher unions, grants to lower / from higher unions, grants payable / receivable, transfers payable / receivable); what both sides agree on is eliminated, a difference is a finding and is not eliminated. The share remitted upward is a payable of the lower union, never its revenue, and the higher union books only its own share as 拨缴经费收入 (accounts 402, 211): consolidated revenue counts it once. Last year's column is not consolidated."))
        let number = l.pick("编制单位：\(scope.federation.name)", "Organisation: \(scope.federation.name)")
        let levels = statements.levels.map { l.pick("向下 \($0) 级", "\($0) levels down") } ?? l.pick("全部下级", "all levels below")
        return Report(
            title: l.pick("汇总会计报表（含抵销）", "Consolidated statements (with eliminations)"),
            headerLines: [number, l.pick("\(statements.year) 年度", "Year \(statements.year)"),
                          l.pick("范围：\(scope.federation.code) 及其下级中账套在本文件的工会（\(levels)），共 \(scope.consolidated.count) 个账套",
                                 "Scope: \(scope.federation.code) and the unions below it keeping books in this store (\(levels)), \(scope.consolidated.count) books"),
                          unit.label(l)],
            tables: tables, notes: notes, signatures: officialStatementSignatures(l),
            json: ConsolidatedJSON(statements, findings: findings, unit: unit, language: l))
    }
}

/// The JSON document of the consolidated statements: English keys and values; labels under `*_label`.
struct ConsolidatedJSON: JSONObjectDocument, Sendable {
    struct Organisation: Encodable, Sendable {
        var code: String
        var name: String
        var parent: String?
        var depth: Int
        var status: String
    }

    struct Elimination: Encodable, Sendable {
        var upper: String
        var lower: String
        var kind: String
        var kindLabel: String
        var time: String
        var timeLabel: String
        var upperAmount: String
        var lowerAmount: String
        var eliminated: String
        var difference: String

        enum CodingKeys: String, CodingKey {
            case upper, lower, kind, kindLabel = "kind_label", time, timeLabel = "time_label", upperAmount, lowerAmount, eliminated, difference
        }
    }

    struct FindingJSON: Encodable, Sendable {
        var finding: String
        var message: String
    }

    var report = "consolidated"
    var federation: String
    var year: Int
    var levels: Int?
    var unit: String
    var organisations: [Organisation]
    var balanceSheet: OfficialStatementJSON
    var incomeExpenditure: OfficialStatementJSON
    var eliminations: [Elimination]
    var findings: [FindingJSON]
    var balanced: Bool

    init(_ statements: ConsolidatedStatements, findings: [ConsolidatedStatements.Finding], unit: StatementUnit, language: Language) {
        federation = statements.scope.federation.code
        year = statements.year
        levels = statements.levels
        self.unit = unit.rawValue
        organisations = (statements.scope.consolidated + statements.scope.notInStore).sorted { ($0.depth, $0.code) < ($1.depth, $1.code) }.map {
            Organisation(code: $0.code, name: $0.name, parent: $0.parent, depth: $0.depth, status: $0.keepsBooks ? "consolidated" : "notInStore")
        }
        balanceSheet = OfficialStatementJSON(statements.balanceSheet, unit: unit, language: language)
        incomeExpenditure = OfficialStatementJSON(statements.incomeExpenditure, unit: unit, language: language)
        eliminations = statements.schedule.pairs.map { pair in
            Elimination(upper: pair.upper, lower: pair.lower, kind: pair.kind.rawValue, kindLabel: pair.kind.name(in: language),
                        time: pair.time.rawValue, timeLabel: pair.time.name(in: language),
                        upperAmount: unit.scaled(pair.upperAmount).plainString, lowerAmount: unit.scaled(pair.lowerAmount).plainString,
                        eliminated: unit.scaled(pair.eliminated).plainString, difference: unit.scaled(pair.difference).plainString)
        }
        self.findings = findings.map { FindingJSON(finding: $0.kind.rawValue, message: $0.message) }
        balanced = statements.balances
    }
}
