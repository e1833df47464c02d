import InputFiles
import LedgerCore
import LedgerStore
import UnionCore

/// One organisation's budgets: drafting a version from a file, the approval chain, the sheet,
/// the history and the execution. Rules here, storage behind `BudgetStore`, figures from the books.
public struct BudgetBook: Sendable {
    public let store: any BudgetStore
    public let books: any Books

    public init(store: any BudgetStore, books: any Books) {
        self.store = store
        self.books = books
    }

    // MARK: Drafting

    /// Stores the lines of `rows` as the year's original budget (`reason` nil) or as an
    /// adjustment (预算调整, with its reason), as a draft awaiting the approval chain.
    ///
    /// A draft nobody has approved yet is replaced by a new import; once a step is recorded it
    /// cannot change. An adjustment needs an approved budget, and the policy's limit per year.
    /// - Throws: `RowsRejected` (line rules), `BudgetError.budgetMustBalance`,
    ///   `.stabilisationDrawMustCoverShortfall`, `.originalBudgetMustBeUnique`, `.draftMustBeOpenToChange`,
    ///   `.approvedBudgetMustExist`, `.adjustmentsMustNotExceedLimit`, `.adjustmentMustGiveReason`.
    public func draft(rows: [BudgetFile.Row], file: String, year: Int, reason: String?, policy: BudgetPolicy) throws -> BudgetSheet {
        if let reason, reason.trimmingSpaces().isEmpty || reason.hasControlCharacters { throw BudgetError.adjustmentMustGiveReason }
        let chart = try books.accounts().map(\.account)
        let lines = try BudgetRules.checkLines(rows, chart: chart, file: file)
        let roles = ChartRoles(organisation: books.organisation.code, accounts: chart)
        let carried = try carriedForward(year: year)
        _ = try BudgetRules.checkBalance(lines: lines, carriedForward: carried, roles: roles, policy: policy)
        let version = try store.withBudgetTransaction(books: books.organisation, user: books.user) { transaction in
            let existing = try transaction.versions(year: year)
            var version = BudgetVersion(organisation: books.organisation.code, year: year, number: 0, lines: lines,
                                        carriedForward: carried, reason: reason?.trimmingSpaces() ?? "", source: file,
                                        createdBy: books.user, createdAt: books.clock.now())
            let latest = existing.last
            if reason == nil {
                guard let original = existing.first else {
                    try transaction.insertVersion(version)
                    try transaction.recordEvent(action: "budget.draft", detail: "\(year) v0 \(file)")
                    return version
                }
                guard original.status == .draft, existing.count == 1 else { throw BudgetError.originalBudgetMustBeUnique(year: year) }
                guard original.approvals.isEmpty else { throw BudgetError.draftMustBeOpenToChange(year: year, version: 0) }
                try transaction.replaceDraft(version)
                try transaction.recordEvent(action: "budget.redraft", detail: "\(year) v0 \(file)")
                return version
            }
            guard let latest, existing.contains(where: { $0.status == .approved }) else { throw BudgetError.approvedBudgetMustExist(year: year) }
            if latest.status == .draft {
                guard latest.approvals.isEmpty else { throw BudgetError.draftMustBeOpenToChange(year: year, version: latest.number) }
                version.number = latest.number
                try transaction.replaceDraft(version)
                try transaction.recordEvent(action: "budget.redraft", detail: "\(year) v\(version.number) \(file)")
                return version
            }
            version.number = latest.number + 1
            // 预算调整原则上每年一次 (Anhui 2025): the policy's limit.
            guard version.number <= policy.adjustmentsPerYear else {
                throw BudgetError.adjustmentsMustNotExceedLimit(year: year, limit: policy.adjustmentsPerYear)
            }
            try transaction.insertVersion(version)
            try transaction.recordEvent(action: "budget.adjust", detail: "\(year) v\(version.number) \(file): \(version.reason)")
            return version
        }
        return try sheet(for: version, chart: chart, policy: policy)
    }

    // MARK: Approval

    /// Records the next step of the chain for the year's pending budget version (or its
    /// final accounts), and locks it when the step is the last.
    /// - Returns: the version (or revision) number and whether it is now approved.
    /// - Throws: `BudgetError.approvalMustNameSignerAndMeeting`, `.approvalStepMustBeNext`,
    ///   `.approvalDateMustNotPrecedePrevious`, `.budgetMustExist`, `.finalAccountsMustBePrepared`.
    public func approve(year: Int, subject: ApprovalSubject, step: ApprovalStep, date: LocalDate, signer: String,
                        meeting: String, opinion: String, policy: BudgetPolicy) throws -> (number: Int, approved: Bool) {
        for (field, text) in [("signer", signer), ("meeting", meeting)] where text.trimmingSpaces().isEmpty || text.hasControlCharacters {
            throw BudgetError.approvalMustNameSignerAndMeeting(field: field)
        }
        guard !opinion.hasControlCharacters else { throw LedgerError.textMustNotHoldControlCharacters(field: "opinion") }
        return try store.withBudgetTransaction(books: books.organisation, user: books.user) { transaction in
            let (number, approvals): (Int, [BudgetApproval])
            switch subject {
            case .budget:
                guard let latest = try transaction.versions(year: year).last else { throw BudgetError.budgetMustExist(year: year, version: nil) }
                (number, approvals) = (latest.number, latest.approvals)
            case .finalAccounts:
                guard let latest = try transaction.finalAccounts(year: year).last else { throw BudgetError.finalAccountsMustBePrepared(year: year) }
                (number, approvals) = (latest.revision, latest.approvals)
            }
            // The chain in the policy's order, each step once.
            guard approvals.count < policy.approvalChain.count else {
                throw BudgetError.approvalStepMustBeNext(step: step.rawValue, expected: "")
            }
            let expected = policy.approvalChain[approvals.count]
            guard step == expected else { throw BudgetError.approvalStepMustBeNext(step: step.rawValue, expected: expected.rawValue) }
            if let previous = approvals.last, date < previous.date {
                throw BudgetError.approvalDateMustNotPrecedePrevious(date: date.description, previous: previous.date.description)
            }
            let approval = BudgetApproval(step: step, date: date, signer: signer.trimmingSpaces(), meeting: meeting.trimmingSpaces(),
                                          opinion: opinion.trimmingSpaces(), mode: step == .higherUnion ? policy.higherUnionMode : nil,
                                          recordedBy: books.user, recordedAt: books.clock.now())
            try transaction.recordApproval(year: year, subject: subject, number: number, approval)
            let complete = approvals.count + 1 == policy.approvalChain.count
            if complete { try transaction.markApproved(year: year, subject: subject, number: number) }
            try transaction.recordEvent(action: "\(subject.rawValue).approve", detail: "\(year) #\(number) \(step.rawValue) \(date) \(signer)")
            return (number, complete)
        }
    }

    // MARK: Reading

    /// The year's versions, by number.
    public func versions(year: Int) throws -> [BudgetVersion] {
        try store.versions(books: books.organisation, year: year)
    }

    /// A version as its form prints it; `number` nil gives the latest.
    /// - Throws: `BudgetError.budgetMustExist`.
    public func sheet(year: Int, number: Int?, policy: BudgetPolicy) throws -> BudgetSheet {
        let versions = try versions(year: year)
        guard let version = number.map({ number in versions.first { $0.number == number } }) ?? versions.last else {
            throw BudgetError.budgetMustExist(year: year, version: number)
        }
        return try sheet(for: version, chart: try books.accounts().map(\.account), policy: policy, versions: versions)
    }

    func sheet(for version: BudgetVersion, chart: [Account], policy: BudgetPolicy, versions: [BudgetVersion]? = nil) throws -> BudgetSheet {
        let roles = ChartRoles(organisation: books.organisation.code, accounts: chart)
        let names = Dictionary(chart.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        // A stored version is shown as it is: an imbalance the policy let through is a warning here.
        var lenient = policy
        lenient.balanceRule = .warn
        let balance = try BudgetRules.checkBalance(lines: version.lines, carriedForward: version.carriedForward, roles: roles,
                                                   policy: lenient)
        // 上年决算数: last year's revenue and spending charged to these lines.
        let lastYear = version.year - 1
        let actuals = try store.actuals(books: books.organisation, from: YearMonth(ordinal: lastYear * 12), to: YearMonth(ordinal: lastYear * 12 + 11))
        let charging = BudgetCharging(lines: version.lines, roles: roles)
        var charged: [BudgetLine.Key: Money] = [:]
        for actual in actuals {
            guard case .line(let key)? = charging.target(account: actual.account, kind: actual.kind, project: actual.project) else { continue }
            charged[key] = try (charged[key] ?? .zero).adding(actual.amount())
        }
        let all = try versions ?? self.versions(year: version.year)
        let original = version.isAdjustment ? all.first { $0.number == 0 } : nil
        let lines = version.lines.map { line in
            BudgetSheet.Line(line: line, name: names[line.account] ?? "", lastYear: charged[line.key] ?? .zero,
                             original: original.map { $0.line(line.key)?.amount ?? .zero })
        }
        return BudgetSheet(organisationName: books.organisation.name, version: version, lines: lines, balance: balance)
    }

    /// Execution from January through `month`, against the version in force at its end.
    public func execution(through month: YearMonth, policy: BudgetPolicy, language: Language) throws -> BudgetExecution {
        let chart = try books.accounts().map(\.account)
        let actuals = try store.actuals(books: books.organisation, from: YearMonth(ordinal: month.year * 12), to: month)
        return try BudgetExecution(year: month.year, through: month, versions: try versions(year: month.year), actuals: actuals,
                                   roles: ChartRoles(organisation: books.organisation.code, accounts: chart),
                                   names: Dictionary(chart.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first }),
                                   policy: policy, language: language)
    }

    /// 上年结转结余 at the start of `year` (`FundsBalance.atStart`).
    public func carriedForward(year: Int) throws -> Money {
        try FundsBalance.atStart(of: year, in: books)
    }
}
