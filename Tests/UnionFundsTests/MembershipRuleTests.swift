import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

/// One scenario per `MembershipError` rule, on a real file: the federation file of the register
/// tests, plus a grassroots union GH2 with books of its own.
@Suite("membership rules catalogue")
struct MembershipRuleTests {
    typealias Scenario = (String, @Sendable (FederationFile) throws -> Void, MembershipError.Rule)

    static let header = "member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base\n"
    static let today = day("2026-11-21")

    static func write(_ file: FederationFile, _ name: String, _ text: String) throws -> String {
        let path = file.folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func importMembers(_ file: FederationFile, _ rows: String, secret: String? = nil) throws {
        let path = try write(file, "members.csv", header + rows)
        _ = try register(file).importMembers(path: path, displayName: "members.csv", idKeySecret: secret)
    }

    static func register(_ file: FederationFile) -> MemberRegister { MemberRegister(store: file.stores.members, user: "tester") }

    static func books(_ file: FederationFile, _ code: String = "XF") throws -> Books { try file.database.books(for: code, user: "tester") }

    /// The dues kept in `code`'s books.
    static func dues(_ file: FederationFile, _ code: String = "XF") throws -> MemberDues {
        MemberDues(store: file.stores.dues, books: try books(file, code))
    }

    /// Collects a payments file into XF's books, posting to the accounts in its chart's roles.
    static func collect(_ file: FederationFile, _ path: String) throws {
        _ = try dues(file).collect(month: month("2026-02"), date: day("2026-02-20"), file: (path, "pay.csv"),
                                   accounts: try DuesAccounts(roles: try books(file).chartRoles()))
    }

    static let scenarios: [Scenario] = [
        ("short ID", { _ in _ = try NationalID(parsing: "1501021989", today: today) }, .nationalIDMustHave18Characters),
        ("letters", { _ in _ = try NationalID(parsing: "15010219890515A640", today: today) }, .nationalIDMustBeDigits),
        ("region", { _ in _ = try NationalID(parsing: "990102198905153640", today: today) }, .nationalIDRegionMustBeValid),
        ("30 February", { _ in _ = try NationalID(parsing: "150102199902301238", today: today) }, .nationalIDBirthDateMustBeReal),
        ("born later", { _ in _ = try NationalID(parsing: "150102209901011234", today: today) }, .nationalIDBirthDateMustNotBeInFuture),
        ("check digit", { _ in _ = try NationalID(parsing: "150102198905153641", today: today) }, .nationalIDCheckDigitMustMatch),
        ("one person twice", { file in
            try importMembers(file, "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\nA2,乙,150102890515364,DW001,,2020-01-01,active,合同制,5000\n")
        }, .nationalIDMustBelongToOneMember),
        ("another key", { file in
            try importMembers(file, "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n", secret: String(repeating: "1", count: 32))
            try importMembers(file, "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n", secret: String(repeating: "2", count: 32))
        }, .idKeyMustMatchFile),
        ("a short key", { file in
            try importMembers(file, "A1,甲,150102198905153640,DW001,,2020-01-01,active,合同制,5000\n", secret: String(repeating: "k", count: 31))
        }, .idKeyMustBeLongEnough),
        ("number with a space", { file in try importMembers(file, "A 1,甲,,DW001,,2020-01-01,active,合同制,5000\n") },
         .memberNumberMustBeWellFormed),
        ("number twice", { file in
            try importMembers(file, "A1,甲,,DW001,,2020-01-01,active,合同制,5000\nA1,乙,,DW001,,2020-01-01,active,合同制,5000\n")
        }, .memberNumberMustBeUniqueInFile),
        ("unknown member", { file in
            _ = try register(file).member(number: "NOPE", in: today.yearMonth)
        }, .memberMustExist),
        ("status", { _ in _ = try MemberStatus(parsing: "gone") }, .memberStatusMustBeKnown),
        ("employment", { _ in _ = try EmploymentType(parsing: "临时") }, .employmentTypeMustBeKnown),
        ("unit", { file in _ = try register(file).members(unit: "NOPE", in: today.yearMonth) },
         .unitMustBeRegistered),
        ("joins later", { file in try importMembers(file, "A1,甲,,DW001,,2099-01-01,active,合同制,5000\n") }, .joinDateMustNotBeInFuture),
        ("method", { _ in _ = try DuesPaymentMethod(parsing: "wire") }, .paymentMethodMustBeKnown),
        ("not assessed", { file in
            try importMembers(file, "A1,甲,,DW001,,2020-01-01,active,合同制,5000\n")
            let path = try write(file, "pay.csv", "member_no,amount,method\nA1,25.00,bank\n")
            try collect(file, path)
        }, .duesMustBeAssessed),
        ("overpaid", { file in
            try importMembers(file, "A1,甲,,DW001,,2020-01-01,active,合同制,5000\n")
            _ = try dues(file).assess(month: month("2026-02"), rule: .standard)
            let path = try write(file, "pay.csv", "member_no,amount,method\nA1,25.01,bank\n")
            try collect(file, path)
        }, .paymentMustNotExceedOutstanding),
        ("another union's member", { file in
            _ = try file.database.addOrganisation(NewOrganisation(code: "GH2", name: "另一工会", kind: "enterprise", firstPeriod: month("2026-01")),
                                                  chart: try ChartProfile(.grassroots2021).accounts, user: "tester")
            try importMembers(file, "A1,甲,,GH2,,2020-01-01,active,合同制,5000\n")
            _ = try dues(file, "GH2").assess(month: month("2026-02"), rule: .standard)
            let path = try write(file, "pay.csv", "member_no,amount,method\nA1,25.00,bank\n")
            try collect(file, path)
        }, .memberMustBelongToBooks),
        ("negative count", { file in
            try register(file).setEmployees(unit: "DW001", count: -1, from: month("2026-01"))
        }, .employeeCountMustBeWhole),
        ("ID as a name", { file in try importMembers(file, "A1,150102198905153640,,DW001,,2020-01-01,active,合同制,5000\n") },
         .textMustNotHoldIDNumber),
    ]

    static func month(_ text: String) -> YearMonth { (try? YearMonth(parsing: text)) ?? YearMonth(ordinal: 0) }

    @Test("each rule refuses its scenario", arguments: scenarios.indices)
    func refuses(_ index: Int) throws {
        let (name, scenario, rule) = Self.scenarios[index]
        let file = try FederationFile()
        defer { file.remove() }
        var thrown: MembershipError?
        do { try scenario(file) } catch let error as MembershipError {
            thrown = error
        } catch let rejected as RowsRejected {
            thrown = rejected.problems.first?.error as? MembershipError
        }
        #expect(thrown?.ruleKey == rule, "\(name)")
        // The key is the case's own name: the catalogue cannot drift from the enum.
        #expect(thrown.map { $0.rule == String(String(describing: $0).prefix { $0 != "(" }) } == true, "\(name)")
    }

    @Test("a stored date or status that does not read is a storage error naming the row, not a silent default")
    func strictReading() throws {
        let file = try FederationFile()
        defer { file.remove() }
        try Self.importMembers(file, "A1,甲,,DW001,,2020-01-01,active,合同制,5000\n")
        // The schema's GLOB lets a month 19 through; reading it must not turn it into some other date.
        try file.database.write { db in try db.execute(sql: "UPDATE member SET join_date = '2020-19-01'") }
        #expect(throws: StoreError.storage(message: "member row A1: join_date '2020-19-01' is not a date")) {
            try Self.register(file).members(in: Self.today.yearMonth)
        }
        #expect(throws: StoreError.storage(message: "member row A1: join_date '2020-19-01' is not a date")) {
            try Self.register(file).member(number: "A1", in: Self.today.yearMonth)
        }
    }

    @Test("every rule has a scenario, each once")
    func catalogueIsComplete() {
        let covered = Self.scenarios.map(\.2)
        #expect(Set(covered) == Set(MembershipError.Rule.allCases))
        #expect(covered.count == Set(covered).count)
    }
}
