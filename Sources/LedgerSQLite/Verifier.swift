import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// One pass over the journal, recomputing what the posting path maintained and re-checking
/// the rules it enforced. Memory is O(accounts × months), not O(postings).
///
/// Verify reads the file as it is, edits behind the engine's back included: a stored value that
/// does not parse is a finding (`valueUnreadable`), never an error that stops the pass nor a
/// default that hides it, and every sum is checked (`amountOverflow`).
struct Verifier {
    let db: Database

    struct BalanceKey: Hashable {
        var organisation: Int64
        var account: Int64
        /// The fund's text, numbered (see `FundNumbers`): hashed on every posting.
        var fund: Int32
        var ordinal: Int
        var closing: Bool

        /// Hashed once per posting: the fields folded into one word (one round of the hasher
        /// rather than five); equality still compares every field.
        func hash(into hasher: inout Hasher) {
            hasher.combine(UInt64(bitPattern: account) &* 0x9E37_79B9_7F4A_7C15
                ^ UInt64(bitPattern: Int64(ordinal)) &* 0xC2B2_AE3D_27D4_EB4F
                ^ UInt64(bitPattern: organisation) &* 0x1656_67B1_9E37_79F9
                ^ UInt64(UInt32(bitPattern: fund)) << 1 ^ (closing ? 1 : 0))
        }
    }

    struct PeriodKey: Hashable {
        var organisation: Int64
        var ordinal: Int

        func hash(into hasher: inout Hasher) {
            hasher.combine(UInt64(bitPattern: organisation) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: Int64(ordinal)))
        }
    }

    typealias Line = JournalChain.Line

    var findings: [VerifyFinding] = []
    var organisations: [Int64: String] = [:]
    /// What a posting's account must be, looked up once per posting.
    struct AccountFacts {
        var code: String
        var organisation: Int64
        var isLeaf: Bool
    }

    var accounts: [Int64: AccountFacts] = [:]
    var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
    var funds = FundNumbers()
    var lastNumbers: [PeriodKey: Int] = [:]
    /// Connections to the same snapshot for a walk split across the cores (nil: one pass on `db`).
    let readers: SnapshotReaders?
    /// The voucher chain's head each change-journal record carries, by voucher count.
    var voucherHeadChecks: [Int64: [(record: Int64, hash: [UInt8])]] = [:]
    var voucherHeadsSeen: Set<Int64> = []

    init(db: Database, readers: SnapshotReaders? = nil) {
        self.db = db
        self.readers = readers
    }

    mutating func run() throws -> [VerifyFinding] {
        for row in try Row.fetchAll(db, sql: "SELECT id, code, first_period FROM organisation ORDER BY id") {
            let id: Int64 = row["id"], code: String = row["code"]
            organisations[id] = code
            do { _ = try StoredValue.month(ordinal: row["first_period"], row: "organisation row \(id)", column: "first_period") } catch {
                unreadable(error, organisation: code)
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, org_id, code, kind, is_leaf FROM account ORDER BY id") {
            let id: Int64 = row["id"], code: String = row["code"]
            accounts[id] = AccountFacts(code: code, organisation: row["org_id"], isLeaf: (row["is_leaf"] as Int) == 1)
            do {
                _ = try StoredValue.accountCode(code, row: "account row \(id)")
                _ = try StoredValue.accountKind(row["kind"], row: "account row \(id)")
            } catch {
                unreadable(error, organisation: organisations[row["org_id"]] ?? "#\(row["org_id"] as Int64)")
            }
        }
        var journal = try walkChangeJournal()
        let (count, lastHash) = try walkVouchers()
        try compareHead(count: count, lastHash: lastHash)
        try finishChangeJournal(&journal, voucherCount: count, voucherHash: lastHash)
        try compareBalances()
        try comparePeriods()
        return findings
    }

    /// The chain, every voucher's own rules, and the balances recomputed from postings: split
    /// across the readers when there are any and the journal is clean, else in one pass.
    private mutating func walkVouchers() throws -> (count: Int64, lastHash: [UInt8]) {
        let context = VoucherWalk.Context(organisations: organisations, accounts: accounts, voucherHeadChecks: voucherHeadChecks)
        let outcome: VoucherWalk.Outcome
        if let readers, let joined = try ParallelVoucherWalk.run(db: db, readers: readers, context: context) {
            outcome = joined
        } else {
            guard let connection = db.sqliteConnection else { throw StoreError.storage(message: "database is closed") }
            var walk = VoucherWalk(connection: connection, context: context, range: .whole)
            try walk.run()
            outcome = walk.outcome
        }
        findings += outcome.findings
        computed = outcome.computed
        funds = outcome.funds
        lastNumbers = outcome.lastNumbers
        voucherHeadsSeen.formUnion(outcome.headsSeen)
        return (outcome.count, outcome.lastStored)   // the head records the stored link, whatever the recomputation says
    }

    /// A stored value that does not parse, as a finding.
    mutating func unreadable(_ error: StoreError, voucherID: Int64? = nil, organisation: String) {
        guard case .storage(let message) = error else { return }
        findings.append(VerifyFinding(kind: .valueUnreadable, voucherID: voucherID, organisation: organisation, detail: message))
    }

    /// `total += amount`, false (and `total` unchanged) on overflow.
    static func add(_ amount: Int64, to total: inout Int64) -> Bool {
        let (sum, overflow) = total.addingReportingOverflow(amount)
        if !overflow { total = sum }
        return !overflow
    }
}
