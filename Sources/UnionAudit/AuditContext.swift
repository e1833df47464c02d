import Foundation
import LedgerCore
import LedgerStore
import UnionCore
import UnionStatements

/// What a check may read: the audited organisation's books (through the ledger's protocols), the
/// roles its chart gives to accounts (so a check names roles, never codes), the policy the books
/// are kept under, and the other registers (`AuditFacts`).
///
/// One context serves one audit: what it reads from the books once (the chart, the vouchers of a
/// range) it keeps, so twenty checks over the same year read the journal once.
public struct AuditContext: Sendable {
    public let books: any Books
    public let roles: ChartRoles
    /// The policy the books are kept under; nil: the built-in default.
    public let policy: PolicyDocument?
    public let facts: AuditFacts
    private let cache = Cache()

    public init(books: any Books, roles: ChartRoles, policy: PolicyDocument? = nil, facts: AuditFacts = .none) {
        self.books = books
        self.roles = roles
        self.policy = policy
        self.facts = facts
    }

    /// The context for one organisation's books, its roles read from its chart.
    public init(books: any Books, policy: PolicyDocument? = nil, facts: AuditFacts = .none) throws {
        self.init(books: books, roles: try books.chartRoles(), policy: policy, facts: facts)
    }

    /// The store holding the books (for rules across organisations, e.g. the mirror check).
    public var store: any BooksStore { books.store }

    public var organisation: Organisation { books.organisation }

    // MARK: The ledger, read once

    /// Every posted voucher dated in `months`, in period and number order.
    /// - Complexity: one read of the journal per distinct range.
    public func vouchers(in months: ClosedRange<YearMonth>) throws -> [PostedVoucher] {
        try cache.vouchers(months) {
            if let journal = facts.journal { return try journal.vouchers(organisation: organisation.code, months: months) }
            return try books.vouchers(from: months.lowerBound, to: months.upperBound, limit: Int.max)
        }
    }

    /// The chart, by code.
    public func chart() throws -> [AccountCode: Account] {
        try cache.chart { Dictionary(try books.accounts().map { ($0.account.code, $0.account) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// The kind of the account with this code (or of its nearest ancestor in the chart).
    public func kind(of code: AccountCode) throws -> Account.Kind? {
        let chart = try chart()
        var current: AccountCode? = code
        while let each = current {
            if let account = chart[each] { return account.kind }
            current = each.parent
        }
        return nil
    }

    /// The vouchers of `months` that stand in the books as entered: ordinary vouchers not reversed
    /// (a reversed voucher and its red-ink reversal cancel out), with their spending.
    public func spending(in months: ClosedRange<YearMonth>) throws -> [SpendingVoucher] {
        var result: [SpendingVoucher] = []
        for voucher in try vouchers(in: months) where voucher.kind == .normal && voucher.reversedBy == nil {
            var total = Money.zero
            var accounts: [AccountCode] = []
            for posting in voucher.postings where posting.side == .debit {
                guard try kind(of: posting.account) == .expenditure else { continue }
                total = try total.adding(posting.amount)
                accounts.append(posting.account)
            }
            if total.isPositive { result.append(SpendingVoucher(voucher: voucher, amount: total, accounts: accounts)) }
        }
        return result
    }

    /// True when `code` is the account of one of `roles` or one of its sub-accounts.
    public func code(_ code: AccountCode, isIn roles: [AccountRole]) -> Bool {
        roles.contains { role in
            guard let root = self.roles.codeIfPresent(role) else { return false }
            return code.isWithin(root)
        }
    }

    /// What `verify` finds in the store (hash chain, balances against postings, invariants), read once.
    public func verifyFindings() throws -> [VerifyFinding] {
        try cache.verified { try store.verify() }
    }

    // MARK: The policy

    /// The policy the books are kept under.
    public func policyDocument() throws -> PolicyDocument {
        try policy ?? BuiltinPolicies.fallback()
    }

    /// The `audit` section's entry in force on `date`.
    /// - Throws: `NotDeterminable` when the policy has no `audit` section or none in force that day.
    public func terms(on date: LocalDate) throws -> AuditTerms {
        let timeline = try policyDocument().section("audit", as: AuditTerms.self)
        guard let terms = try? timeline.entry(on: date) else {
            throw NotDeterminable("政策“\(try policyDocument().name)”没有 \(date) 适用的审计参数（audit 一节）",
                                  "the policy “\(try policyDocument().name)” has no audit terms in force on \(date)")
        }
        return terms
    }

    /// The audit terms in force at the end of `months`.
    public func terms(for months: ClosedRange<YearMonth>) throws -> AuditTerms {
        try terms(on: months.upperBound.lastDay)
    }

    /// The `vouchers` section's entry in force on `date`, nil when the policy has none then.
    public func voucherPolicy(on date: LocalDate) throws -> VoucherPolicy? {
        try? policyDocument().section("vouchers", as: VoucherPolicy.self).entry(on: date)
    }

    // MARK: Officers

    /// The organisation's terms of office.
    /// - Throws: `NotDeterminable` without the register.
    public func tenures() throws -> [Tenure] {
        guard let organisations = facts.organisations else {
            throw NotDeterminable("未提供组织登记（任职记录）", "no organisation register (terms of office) was given")
        }
        return try cache.tenures { try organisations.tenures(organisation: organisation.code) }
    }

    /// The chairs' terms; throws `NotDeterminable` when none is on record.
    public func chairTerms() throws -> [Tenure] {
        let chairs = try tenures().filter { $0.role == .chair }
        guard !chairs.isEmpty else {
            throw NotDeterminable("组织登记中没有 \(organisation.code) 的主席任职记录", "the register holds no chair's term for \(organisation.code)")
        }
        return chairs
    }

    /// Who was chair on `date`, if the terms say.
    public func chair(on date: LocalDate) throws -> String? {
        try chairTerms().last { $0.covers(date) }?.person
    }

    // MARK: Cache

    /// Reads kept for the life of one context. A class so the context stays a value; the lock makes
    /// it safe to share.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var voucherRanges: [ClosedRange<YearMonth>: [PostedVoucher]] = [:]
        private var accounts: [AccountCode: Account]?
        private var terms: [Tenure]?
        private var verify: [VerifyFinding]?

        func verified(read: () throws -> [VerifyFinding]) throws -> [VerifyFinding] {
            if let known = lock.withLock({ verify }) { return known }
            let read = try read()
            lock.withLock { verify = read }
            return read
        }

        func vouchers(_ range: ClosedRange<YearMonth>, read: () throws -> [PostedVoucher]) throws -> [PostedVoucher] {
            if let known = lock.withLock({ voucherRanges[range] }) { return known }
            let read = try read()
            lock.withLock { voucherRanges[range] = read }
            return read
        }

        func chart(read: () throws -> [AccountCode: Account]) throws -> [AccountCode: Account] {
            if let known = lock.withLock({ accounts }) { return known }
            let read = try read()
            lock.withLock { accounts = read }
            return read
        }

        func tenures(read: () throws -> [Tenure]) throws -> [Tenure] {
            if let known = lock.withLock({ terms }) { return known }
            let read = try read()
            lock.withLock { terms = read }
            return read
        }
    }
}

/// A voucher that spends: its total on expenditure accounts and which accounts.
public struct SpendingVoucher: Sendable, Hashable {
    public var voucher: PostedVoucher
    /// Σ of its debit lines on expenditure accounts.
    public var amount: Money
    public var accounts: [AccountCode]
}

extension ClosedRange where Bound == YearMonth {
    /// Each month of the range, in order.
    public var months: [YearMonth] {
        (lowerBound.ordinal...upperBound.ordinal).map(YearMonth.init(ordinal:))
    }

    /// `2026-01—2026-12` (or one month).
    public var label: String {
        lowerBound == upperBound ? lowerBound.description : "\(lowerBound)—\(upperBound)"
    }
}
