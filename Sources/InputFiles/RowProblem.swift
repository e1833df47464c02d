import LedgerCore

/// One bad row (or field) of an input file, under any module's rule: where it is, what it held,
/// and the rule it broke. The one row-problem type of every import.
///
/// Printed as `FILE:LINE: FIELD: VALUE: reason`.
public struct RowProblem: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var field: String
    public var value: String
    /// A `LedgerError` or another module's `RuleError`.
    public var error: any Error

    public init(file: String, line: Int, field: String, value: String, error: any Error) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.error = error
    }

    /// A problem under one of the ledger's rules (so `error: .dateMustBeValid(value: …)` reads).
    public init(file: String, line: Int, field: String, value: String, error: LedgerError) {
        self.init(file: file, line: line, field: field, value: value, error: error as any Error)
    }

    public func message(in language: Language) -> String {
        // Escaped: a value holding NUL or a line break must not break the one-line-per-problem listing.
        "\(file.visiblyEscaped):\(line): \(field.visiblyEscaped): \(value.visiblyEscaped): \(RowProblem.text(of: error, in: language).visiblyEscaped)"
    }

    /// The rule the problem broke, by name (`dateMustBeValid`), as the error catalogue lists it.
    public var rule: String {
        switch error {
        case let error as LedgerError: error.rule.rawValue
        case let error as any RuleError: error.rule
        default: String(describing: type(of: error))
        }
    }

    public static func text(of error: any Error, in language: Language) -> String {
        switch error {
        case let error as LedgerError: error.message(in: language)
        case let error as any RuleError: error.message(in: language)
        default: "\(error)"
        }
    }

    /// Same place, same value, same error (a `LedgerError` compared as a value; any other error
    /// by its type and its text in both languages).
    public static func == (lhs: RowProblem, rhs: RowProblem) -> Bool {
        guard lhs.file == rhs.file, lhs.line == rhs.line, lhs.field == rhs.field, lhs.value == rhs.value else { return false }
        if let left = lhs.error as? LedgerError, let right = rhs.error as? LedgerError { return left == right }
        return type(of: lhs.error) == type(of: rhs.error)
            && Language.allCases.allSatisfy { text(of: lhs.error, in: $0) == text(of: rhs.error, in: $0) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(field)
        hasher.combine(value)
    }
}

/// An input file with bad rows: every problem found (up to `problemsMax`), nothing written. Exit 2.
///
/// The one "rows rejected" error of every import (vouchers, charts, changeover balances, payroll).
public struct RowsRejected: RuleError, Sendable {
    public var problems: [RowProblem]
    /// More problems were found than are listed.
    public var truncated: Bool

    public static let problemsMax = 1_000

    public init(problems: [RowProblem], truncated: Bool = false) {
        self.problems = problems
        self.truncated = truncated
    }

    public var rule: String { "rowsRejected" }
    public var isMalformedInput: Bool { true }

    /// Every problem on its own line, then the summary (and a note when the list was cut short).
    public func message(in language: Language) -> String {
        var lines = problems.map { $0.message(in: language) }
        if truncated {
            lines.append(language.pick("……错误过多，仅列出前 \(problems.count) 条", "… too many problems; the first \(problems.count) are listed"))
        }
        lines.append(language.pick("导入失败：\(problems.count) 处错误，未写入任何数据",
                                   "import failed: \(problems.count) problems; nothing was written"))
        return lines.joined(separator: "\n")
    }
}

/// Collects row problems for one file, bounded by `RowsRejected.problemsMax`.
public struct ProblemList: Sendable {
    public let file: String
    public private(set) var problems: [RowProblem] = []
    public private(set) var truncated = false

    public init(file: String) { self.file = file }

    public var isEmpty: Bool { problems.isEmpty }

    public mutating func add(line: Int, field: String, value: String, _ error: any Error) {
        guard problems.count < RowsRejected.problemsMax else { truncated = true; return }
        problems.append(RowProblem(file: file, line: line, field: field, value: value, error: error))
    }

    public func throwIfAny() throws(RowsRejected) {
        if !problems.isEmpty { throw RowsRejected(problems: problems, truncated: truncated) }
    }
}

// The names the modules used before the row-problem types were merged. Transitional: new code
// says `RowProblem` and `RowsRejected`.

/// A rejected row or field in an input file (now `RowProblem`).
public typealias InputProblem = RowProblem
/// An imported file with bad rows (now `RowsRejected`).
public typealias ImportRejected = RowsRejected
/// A chart or changeover file with bad lines (now `RowsRejected`).
public typealias ChartFileRejected = RowsRejected
