import LedgerCore
import UnionCore

/// The policy terms the allocation, remittance and arrears rules read, each section a list of
/// dated entries (a mid-year change is a second entry, in force from its date).
///
/// Built from UnionCore's `PolicyDocument`, the one reader of a policy file: the document checks
/// the shape every section shares (entries with ascending `effective_from`), and this type decodes
/// the five sections the allocation owns (JSON keys in `ledgers/policies/*.json`, documented in its
/// README): `allocation`, `channels`, `due`, `late_fee`, `preparatory_fund`.
public struct AllocationPolicy: Sendable {
    public var allocation: [DatedTerms<AllocationTerms>]
    public var channels: [DatedTerms<ChannelTerms>]
    public var due: [DatedTerms<DueTerms>]
    public var lateFee: [DatedTerms<LateFeeTerms>]
    public var preparatoryFund: [DatedTerms<PreparatoryFundTerms>]

    public init(allocation: [DatedTerms<AllocationTerms>], channels: [DatedTerms<ChannelTerms>], due: [DatedTerms<DueTerms>],
                lateFee: [DatedTerms<LateFeeTerms>], preparatoryFund: [DatedTerms<PreparatoryFundTerms>]) {
        self.allocation = allocation
        self.channels = channels
        self.due = due
        self.lateFee = lateFee
        self.preparatoryFund = preparatoryFund
    }

    /// Decodes the allocation's sections of a policy document (other sections are other rules').
    /// - Throws: `UnionFundsError.policyMustBeValid` naming the entry and field that is wrong.
    public init(document: PolicyDocument) throws(UnionFundsError) {
        func dated<Terms: Decodable & Sendable>(_ key: String, _ type: Terms.Type) throws(UnionFundsError) -> [DatedTerms<Terms>] {
            try document.section(key, as: Terms.self).entries.map { DatedTerms($0.effectiveFrom, $0.entry) }
        }
        self.init(allocation: try dated("allocation", AllocationTerms.self), channels: try dated("channels", ChannelTerms.self),
                  due: try dated("due", DueTerms.self), lateFee: try dated("late_fee", LateFeeTerms.self),
                  preparatoryFund: try dated("preparatory_fund", PreparatoryFundTerms.self))
    }

    /// The built-in `default` policy's terms (ledgers/policies/default.json).
    /// - Throws: `UnionFundsError.policyMustBeValid` (only if the build lacks its own default).
    public static var builtinDefault: AllocationPolicy {
        get throws(UnionFundsError) {
            guard let document = BuiltinPolicies.document(named: "default") else {
                throw .policyMustBeValid(source: "built-in:default", path: "", detail: "missing from this build")
            }
            return try AllocationPolicy(document: document)
        }
    }

    /// The terms in force on `date`: the last entry starting on or before it.
    /// - Throws: `UnionFundsError.policyMustCoverDate` when the section has no entry by then.
    public static func terms<T>(_ entries: [DatedTerms<T>], on date: LocalDate, section: String) throws(UnionFundsError) -> T {
        guard let entry = entries.last(where: { $0.effectiveFrom <= date }) else {
            throw .policyMustCoverDate(section: section, date: date.description)
        }
        return entry.terms
    }

    public func allocationTerms(for month: YearMonth) throws(UnionFundsError) -> AllocationTerms {
        try Self.terms(allocation, on: month.firstDay, section: "allocation")
    }
    public func channelTerms(on date: LocalDate) throws(UnionFundsError) -> ChannelTerms {
        try Self.terms(channels, on: date, section: "channels")
    }
    public func dueTerms(for month: YearMonth) throws(UnionFundsError) -> DueTerms {
        try Self.terms(due, on: month.firstDay, section: "due")
    }
    public func preparatoryTerms(for month: YearMonth) throws(UnionFundsError) -> PreparatoryFundTerms {
        try Self.terms(preparatoryFund, on: month.firstDay, section: "preparatory_fund")
    }
    public func lateFeeTerms(on date: LocalDate) throws(UnionFundsError) -> LateFeeTerms {
        try Self.terms(lateFee, on: date, section: "late_fee")
    }

    /// The day a payroll month's 2% falls due: by default the 15th of the next month.
    public func dueDate(for month: YearMonth) throws -> LocalDate {
        let terms = try dueTerms(for: month)
        let dueMonth = YearMonth(ordinal: month.ordinal + terms.monthsAfter)
        return try LocalDate(year: dueMonth.year, month: dueMonth.month, day: min(terms.day, dueMonth.dayCount))
    }
}

/// One dated entry of a policy section.
public struct DatedTerms<Terms: Sendable>: Sendable {
    public var effectiveFrom: LocalDate
    public var terms: Terms
    public init(_ effectiveFrom: LocalDate, _ terms: Terms) {
        self.effectiveFrom = effectiveFrom
        self.terms = terms
    }
}

extension YearMonth {
    /// The month's first day, where a month's terms are looked up.
    var firstDay: LocalDate { (try? LocalDate(year: year, month: month, day: 1)) ?? LocalDate.epochFallback }
}

extension LocalDate {
    /// Only reached if a valid month had no first day, which cannot happen.
    static var epochFallback: LocalDate {
        (try? LocalDate(year: 1970, month: 1, day: 1)) ?? { preconditionFailure("1970-01-01 is a valid date") }()
    }
}
