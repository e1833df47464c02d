import LedgerCore

/// How a line of an official report form is filled (`ledgers/statements/README.md`): balances,
/// opening balances and period activity of accounts (each with its sub-accounts), other lines of
/// the form, `+` and `-`.
///
///     expr := term (("+" | "-") term)*
///     term := bal(code) | open(code) | amt(code) | Ln | sum(La..Lb)
///
/// Parsed once from the shipped line files; evaluation is pure (`FormColumnFigures`).
public indirect enum FormFormula: Sendable, Hashable {
    /// Balance at the column's date, sub-accounts included (资产负债表 期末/年末, 年初 for 年初余额).
    case balance(AccountCode)
    /// Balance at the start of the year (收入支出表 年初资金结转结余).
    case opening(AccountCode)
    /// Activity over the column's period, closing (结转) entries left out.
    case activity(AccountCode)
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

    public struct ParseError: Error, Sendable, Hashable {
        public var text: String
        public var position: Int
        public var expected: String
    }

    /// Every account code the formula reads.
    public var accountCodes: [AccountCode] {
        switch self {
        case .balance(let code), .opening(let code), .activity(let code): [code]
        case .line, .lineRange: []
        case .plus(let left, let right), .minus(let left, let right): left.accountCodes + right.accountCodes
        }
    }

    /// Every line the formula reads.
    public var lineReferences: [Int] {
        switch self {
        case .balance, .opening, .activity: []
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
            if take("bal(") { return .balance(try code()) }
            if take("open(") { return .opening(try code()) }
            if take("amt(") { return .activity(try code()) }
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
            throw failure("bal(, open(, amt(, sum( or L<line>")
        }

        mutating func code() throws(ParseError) -> AccountCode {
            let start = position
            while !atEnd, scalars[position] != ")" { position += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<position])
            guard take(")"), let code = try? AccountCode(String(text)) else { throw failure("an account code and )") }
            return code
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
