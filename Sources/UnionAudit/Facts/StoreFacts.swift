import LedgerCore
import LedgerStore
import UnionAllocation
import UnionCore
import UnionMembers

/// Payroll declarations and allocations, read from the allocation store.
public struct AllocationPayrollFacts: PayrollFacts {
    public let store: any AllocationStore

    public init(store: any AllocationStore) {
        self.store = store
    }

    public func declaredPayroll(unit: String, months: ClosedRange<YearMonth>) throws -> [DeclaredPayrollMonth] {
        try store.read { reads in
            guard let unitID = try reads.organisationID(code: unit) else { return [] }
            let latest = try reads.latestDeclarations()
            var result: [DeclaredPayrollMonth] = []
            for month in months.months {
                guard let declared = latest[DeclarationKey(unit: unitID, month: month.ordinal)] else { continue }
                let posted = try reads.allocations(month: month).filter { $0.unitID == unitID }
                let allocated = posted.isEmpty ? nil : try Money.sum(posted.map(\.split.due))
                result.append(DeclaredPayrollMonth(month: month, headcount: declared.figures.headcount,
                                                   wageTotal: declared.figures.wageTotal, allocated: allocated))
            }
            return result
        }
    }

    public func allocationRate(for month: YearMonth) throws -> Rate {
        try store.policy().allocationTerms(for: month).rate
    }
}

/// Dues assessed and paid, read from the dues store.
public struct StoreDuesFacts: DuesFacts {
    public let store: any DuesStore

    public init(store: any DuesStore) {
        self.store = store
    }

    public func dues(books: Organisation, months: ClosedRange<YearMonth>) throws -> [DuesMonthFact] {
        try months.months.compactMap { month in
            let lines = try store.duesLines(books: books, month: month).filter { !$0.exempt }
            guard !lines.isEmpty else { return nil }
            return DuesMonthFact(month: month, members: lines.count, assessed: try Money.sum(lines.map(\.amount)),
                                 paid: try Money.sum(lines.map(\.paid)))
        }
    }
}

/// Members in good standing, read from the member register.
public struct RegisterMemberFacts: MemberFacts {
    public let store: any MemberStore

    public init(store: any MemberStore) {
        self.store = store
    }

    public func activeMembers(unit: String, on date: LocalDate) throws -> Int? {
        let members = try store.members(in: date.yearMonth).filter { $0.unit == unit }
        return members.isEmpty ? nil : members.filter { $0.status == .active }.count
    }
}
