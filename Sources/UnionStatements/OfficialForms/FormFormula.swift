import LedgerCore

/// How a line of an official report form is filled (`ledgers/statements/README.md`): balances,
/// opening balances, period activity and credit activity of accounts (each with its
/// sub-accounts), other lines of the form, `+` and `-`.
///
///     expr    := term (("+" | "-") term)*
///     term    := fn "(" account ")" | Ln | sum(La..Lb) | unkept
///     fn      := bal | open | amt | cr | beg
///     account := code | code "/" 明细科目名称
///
/// Parsed once from the shipped line files; evaluation is pure (`FormColumnFigures`).
public indirect enum FormFormula: Sendable, Hashable {
    /// Balance at the column's date, sub-accounts included (资产负债表 期末/年末, 年初 for 年初余额).
    case balance(AccountCode)
    /// Balance at the start of the year (收入支出表 年初资金结转结余).
    case opening(AccountCode)
    /// Activity over the column's period, closing (结转) entries left out.
    case activity(AccountCode)
    /// Credit activity (本期贷方发生额) over the column's period, closing and opening entries left
    /// out, on the account's normal side for credit-normal accounts (成本费用表 折旧及摊销费用).
    case credit(AccountCode)
    /// Balance at the start of the column's period (成本费用表 调整事项: 库存物品 期初余额).
    case periodStart(AccountCode)
    /// A figure of the sub-accounts of `code` named `name` (e.g. `101/国有资产`, a 明细科目 the
    /// text requires but the shipped chart cannot number): not kept when the chart has no such
    /// sub-account while the account itself has a figure.
    case named(Figure, AccountCode, String)
    /// A line the books cannot fill (printed, marked not kept).
    case unkept
    /// Another line of the same form, same column.
    case line(Int)
    /// Lines a through b inclusive.
    case lineRange(Int, Int)
    case plus(FormFormula, FormFormula)
    case minus(FormFormula, FormFormula)

    /// Parses a formula.
    /// - Returns: nil for an empty formula (a heading line, not filled).
    /// - Throws: `FormFormula.ParseError` naming what was expected where.
    public static func parse(_ text: String) throws(ParseError) -> FormFormula? {
        var parser = Parser(Array(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
        if parser.atEnd { return nil }
        let formula = try parser.expression()
        guard parser.atEnd else { throw ParseError(text: text, position: parser.position, expected: "+ or - or end") }
        return formula
    }

    /// Which figure of an account a term reads.
    public enum Figure: String, Sendable, Hashable, CaseIterable {
        case balance = "bal", opening = "open", activity = "amt", credit = "cr", periodStart = "beg"
    }

    public struct ParseError: Error, Sendable, Hashable {
        public var text: String
        public var position: Int
        public var expected: String
    }

    /// Every account code the formula reads.
    public var accountCodes: [AccountCode] {
        switch self {
        case .balance(let code), .opening(let code), .activity(let code), .credit(let code), .periodStart(let code),
             .named(_, let code, _): [code]
        case .line, .lineRange, .unkept: []
        case .plus(let left, let right), .minus(let left, let right): left.accountCodes + right.accountCodes
        }
    }

    /// Every line the formula reads.
    public var lineReferences: [Int] {
        switch self {
        case .balance, .opening, .activity, .credit, .periodStart, .named, .unkept: []
        case .line(let line): [line]
        case .lineRange(let first, let last): first <= last ? Array(first...last) : []
        case .plus(let left, let right), .minus(let left, let right): left.lineReferences + right.lineReferences
        }
    }

    /// The single account a line shows, when the formula is just one account's figure: its
    /// sub-accounts can then be listed under it (`--detail`).
    public var singleAccount: AccountCode? {
        switch self {
        case .balance(let code), .opening(let code), .activity(let code): code
        default: nil
        }
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0
        let source: String

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            source = String(text)
        }

        var atEnd: Bool { position >= scalars.count }

        mutating func expression() throws(ParseError) -> FormFormula {
            var result = try term()
            while !atEnd {
                let symbol = scalars[position]
                guard symbol == "+" || symbol == "-" else { break }
                position += 1
                let next = try term()
                result = symbol == "+" ? .plus(result, next) : .minus(result, next)
            }
            return result
        }

        mutating func term() throws(ParseError) -> FormFormula {
            for figure in Figure.allCases where take(figure.rawValue + "(") {
                let (code, name) = try account()
                if let name { return .named(figure, code, name) }
                return switch figure {
                case .balance: .balance(code)
                case .opening: .opening(code)
                case .activity: .activity(code)
                case .credit: .credit(code)
                case .periodStart: .periodStart(code)
                }
            }
            if take("unkept") { return .unkept }
            if take("sum(") {
                guard take("L") else { throw failure("L<line>") }
                let first = try number()
                guard take("..L") else { throw failure("..L<line>") }
                let last = try number()
                guard take(")") else { throw failure(")") }
                guard first <= last else { throw failure("a range from a lower to a higher line") }
                return .lineRange(first, last)
            }
            if take("L") { return .line(try number()) }
            throw failure("bal(, open(, amt(, cr(, beg(, sum(, unkept or L<line>")
        }

        /// `code` or `code/名称` (the sub-accounts of `code` with that name), then `)`.
        mutating func account() throws(ParseError) -> (AccountCode, String?) {
            let start = position
            while !atEnd, scalars[position] != ")" { position += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<position])
            let parts = String(text).split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard take(")"), let code = try? AccountCode(parts[0]) else { throw failure("an account code and )") }
            guard parts.count == 2 else { return (code, nil) }
            guard !parts[1].isEmpty else { throw failure("a sub-account name after /") }
            return (code, parts[1])
        }

        mutating func number() throws(ParseError) -> Int {
            var value = 0, digits = 0
            while !atEnd, let digit = scalars[position].properties.numericType == .decimal ? Int(String(scalars[position])) : nil {
                value = value * 10 + digit
                digits += 1
                position += 1
                guard digits <= 4 else { throw failure("a line number") }
            }
            guard digits > 0 else { throw failure("a line number") }
            return value
        }

        mutating func take(_ word: String) -> Bool {
            let wanted = Array(word.unicodeScalars)
            guard position + wanted.count <= scalars.count, Array(scalars[position..<position + wanted.count]) == wanted else { return false }
            position += wanted.count
            return true
        }

        func failure(_ expected: String) -> ParseError {
            ParseError(text: source, position: position, expected: expected)
        }
    }
}
