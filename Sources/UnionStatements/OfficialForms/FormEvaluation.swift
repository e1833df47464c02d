import LedgerCore

/// Fills the lines of an official form for one column: each line's formula over the column's
/// figures, lines that read other lines computed once (memoised), in exact fen.
struct FormEvaluation {
    let form: StatementForm
    let figures: FormColumnFigures
    let creditNormalAssets: Set<AccountCode>
    private var values: [Int: Money] = [:]

    init(form: StatementForm, figures: FormColumnFigures, creditNormalAssets: Set<AccountCode>) {
        self.form = form
        self.figures = figures
        self.creditNormalAssets = creditNormalAssets
    }

    /// The value of line `number` (zero for a heading).
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    mutating func value(ofLine number: Int) throws(LedgerError) -> Money {
        if let known = values[number] { return known }
        // Line files are checked at load: references point at other existing lines. A cycle would
        // be a broken shipped file; the depth bound turns it into zero rather than a crash.
        guard number >= 1, number <= form.lines.count, depth < form.lines.count else { return .zero }
        depth += 1
        defer { depth -= 1 }
        let value = try form.lines[number - 1].formula.map { formula throws(LedgerError) in try evaluate(formula) } ?? .zero
        values[number] = value
        return value
    }

    private var depth = 0

    mutating func evaluate(_ formula: FormFormula) throws(LedgerError) -> Money {
        switch formula {
        case .balance(let code):
            return try FormColumnFigures.total(of: code, in: figures.balances, creditNormalAssets: creditNormalAssets)
        case .opening(let code):
            return try FormColumnFigures.total(of: code, in: figures.openings, creditNormalAssets: creditNormalAssets)
        case .activity(let code):
            return try FormColumnFigures.total(of: code, in: figures.activity, creditNormalAssets: creditNormalAssets)
        case .line(let number):
            return try value(ofLine: number)
        case .lineRange(let first, let last):
            var sum = Money.zero
            for number in first...last { sum = try sum.adding(value(ofLine: number)) }
            return sum
        case .plus(let left, let right):
            return try evaluate(left).adding(evaluate(right))
        case .minus(let left, let right):
            return try evaluate(left).subtracting(evaluate(right))
        }
    }
}
