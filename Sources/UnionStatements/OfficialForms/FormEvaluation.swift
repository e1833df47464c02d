import LedgerCore

/// Fills the lines of an official form for one column: each line's formula over the column's
/// figures, lines that read other lines computed once (memoised), in exact fen.
///
/// A value is nil when the books do not keep what the line needs (a `unkept` line, or a named
/// sub-account the chart lacks while its account has a figure); lines that read it are nil too.
struct FormEvaluation {
    let form: StatementForm
    let figures: FormColumnFigures
    let creditNormalAssets: Set<AccountCode>
    /// Which of a line's per-column formulas this column reads (lines with one formula: always it).
    let column: Int
    /// Names of the chart's accounts, for `code/名称` terms.
    let accountNames: [AccountCode: String]
    private var values: [Int: Money?] = [:]

    init(form: StatementForm, figures: FormColumnFigures, creditNormalAssets: Set<AccountCode>, column: Int = 0,
         accountNames: [AccountCode: String] = [:]) {
        self.form = form
        self.figures = figures
        self.creditNormalAssets = creditNormalAssets
        self.column = column
        self.accountNames = accountNames
    }

    /// The value of line `number` (zero for a heading), nil when the books do not keep it.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    mutating func value(ofLine number: Int) throws(LedgerError) -> Money? {
        if let known = values[number] { return known }
        // Line files are checked at load: references point at other existing lines. A cycle would
        // be a broken shipped file; the depth bound turns it into zero rather than a crash.
        guard number >= 1, number <= form.lines.count, depth < form.lines.count else { return .zero }
        depth += 1
        defer { depth -= 1 }
        let formula = form.lines[number - 1].formula(forColumn: column)
        let value: Money? = try formula.map { formula throws(LedgerError) in try evaluate(formula) } ?? .zero
        values[number] = value
        return value
    }

    private var depth = 0

    mutating func evaluate(_ formula: FormFormula) throws(LedgerError) -> Money? {
        switch formula {
        case .balance(let code):
            return try FormColumnFigures.total(of: code, in: figures.balances, creditNormalAssets: creditNormalAssets)
        case .opening(let code):
            return try FormColumnFigures.total(of: code, in: figures.openings, creditNormalAssets: creditNormalAssets)
        case .activity(let code):
            return try FormColumnFigures.total(of: code, in: figures.activity, creditNormalAssets: creditNormalAssets)
        case .credit(let code):
            return try FormColumnFigures.total(of: code, in: figures.credits, creditNormalAssets: [])
        case .periodStart(let code):
            return try FormColumnFigures.total(of: code, in: figures.periodStarts, creditNormalAssets: creditNormalAssets)
        case .named(let figure, let code, let name):
            return try named(figure, of: code, name: name)
        case .unkept:
            return nil
        case .line(let number):
            return try value(ofLine: number)
        case .lineRange(let first, let last):
            var sum = Money.zero
            for number in first...last {
                guard let value = try value(ofLine: number) else { return nil }
                sum = try sum.adding(value)
            }
            return sum
        case .plus(let left, let right):
            guard let left = try evaluate(left), let right = try evaluate(right) else { return nil }
            return try left.adding(right)
        case .minus(let left, let right):
            guard let left = try evaluate(left), let right = try evaluate(right) else { return nil }
            return try left.subtracting(right)
        }
    }

    /// The figure of the sub-accounts of `code` named `name` (at any depth; one inside another
    /// counted once). Without such a sub-account the figure is zero when the account itself has
    /// none, and not kept otherwise: the books then cannot tell which part is meant.
    private func named(_ figure: FormFormula.Figure, of code: AccountCode, name: String) throws(LedgerError) -> Money? {
        let source = figures.figures(figure)
        let credits = figure == .credit ? [] : creditNormalAssets
        let matches = accountNames.filter { each, eachName in
            eachName == name && each != code && each.isWithin(code)
                && !accountNames.contains { other, otherName in otherName == name && other != each && other != code && other.isWithin(code) && each.isWithin(other) }
        }.keys
        guard !matches.isEmpty else {
            return try FormColumnFigures.total(of: code, in: source, creditNormalAssets: credits).isZero ? .zero : nil
        }
        var sum = Money.zero
        for match in matches.sorted() { sum = try sum.adding(FormColumnFigures.total(of: match, in: source, creditNormalAssets: credits)) }
        return sum
    }
}
