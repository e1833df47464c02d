import Foundation
import InputFiles
import LedgerCore
@testable import UnionAllocation
@testable import UnionCore

/// A federation's register without a database: XF (county federation, books) with GH101 (its
/// own books, pays directly) and units registered without books, one per other channel.
enum PureAllocationFixture {
    static let xf = UnitDirectory.Unit(id: 1, code: "XF", name: "示例县总工会", kind: "county-federation", parentID: nil,
                                       channel: .direct, keepsBooks: true, bankName: "示例银行", bankAccount: "6200001")
    static let gh101 = UnitDirectory.Unit(id: 2, code: "GH101", name: "示例钢铁有限公司工会", kind: "enterprise", parentID: 1,
                                          channel: .direct, keepsBooks: true)
    static let gh102 = UnitDirectory.Unit(id: 3, code: "GH102", name: "示例水泥有限公司工会", kind: "enterprise", parentID: 1,
                                          channel: .taxFull, keepsBooks: true)
    static let street = UnitDirectory.Unit(id: 4, code: "JD01", name: "示例街道工会", kind: "street", parentID: 1, channel: .direct,
                                           keepsBooks: false)
    static let t40 = UnitDirectory.Unit(id: 5, code: "T40", name: "T40单位", kind: "enterprise", parentID: 4, channel: .tax40, keepsBooks: false)
    static let tf = UnitDirectory.Unit(id: 6, code: "TF", name: "TF单位", kind: "enterprise", parentID: 1, channel: .taxFull, keepsBooks: false)
    static let prep = UnitDirectory.Unit(id: 7, code: "PR", name: "PR单位", kind: "enterprise", parentID: 1, channel: .preparatory,
                                         keepsBooks: false)

    static let directory = UnitDirectory(units: [xf, gh101, gh102, street, t40, tf, prep])

    static var policy: AllocationPolicy { (try? AllocationPolicy.builtinDefault) ?? { preconditionFailure("the built-in default loads") }() }
    static let january = YearMonth(ordinal: 2026 * 12)

    static func terms(_ month: YearMonth = january, policy: AllocationPolicy = policy) throws -> AllocationMonthTerms {
        try AllocationMonthTerms(policy: policy, month: month)
    }

    /// The charts today's demo and tests keep: the old 2021 profiles (221, 22202, 22203 …).
    static func shippedCharts() throws -> [String: ChartRoles] {
        let federation = try ChartProfile(.federation2021).accounts, grassroots = try ChartProfile(.grassroots2021).accounts
        return ["XF": ChartRoles(organisation: "XF", accounts: federation),
                "GH101": ChartRoles(organisation: "GH101", accounts: grassroots),
                "GH102": ChartRoles(organisation: "GH102", accounts: grassroots)]
    }

    /// The official charts of 财会〔2021〕7号 (211, 21202, 13102; no 22203).
    static func officialCharts() throws -> [String: ChartRoles] {
        let county = try ChartFile.parse(try ChartProfileTests.file("ledgers/charts/2021-county.csv"), fileName: "2021-county.csv")
        let grassroots = try ChartFile.parse(try ChartProfileTests.file("ledgers/charts/2021-grassroots.csv"), fileName: "2021-grassroots.csv")
        return ["XF": ChartRoles(organisation: "XF", accounts: county),
                "GH101": ChartRoles(organisation: "GH101", accounts: grassroots),
                "GH102": ChartRoles(organisation: "GH102", accounts: grassroots)]
    }

    /// A declaration of January for `unit`, not yet allocated.
    static func declaration(_ unit: UnitDirectory.Unit, _ wage: String, revision: Int64 = 1, channel: CollectionChannel? = nil,
                            id: Int64? = nil) -> MonthDeclaration {
        MonthDeclaration(id: id ?? unit.id * 10 + revision, unitID: unit.id, unitCode: unit.code, parentID: unit.parentID,
                         revision: revision, wageTotal: yuan(wage), channel: channel ?? unit.channel, isAllocated: false)
    }

    /// The postings of the plan's voucher for `organisation` as `side code amount memo` lines.
    static func lines(_ plan: AllocationPlan, _ organisation: String, _ index: Int = 0) -> [String] {
        let vouchers = plan.vouchers.filter { $0.organisation == organisation }
        guard index < vouchers.count else { return [] }
        return vouchers[index].draft.postings.map { posting in
            "\(posting.side == .debit ? "借" : "贷") \(posting.account.rawValue) \(posting.amount.plainString)" + (posting.memo.isEmpty ? "" : " \(posting.memo)")
        }
    }
}
