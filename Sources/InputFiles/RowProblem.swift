import LedgerCore

/// One bad row of an input file, under any module's rule.
public struct RowProblem: Sendable {
    public var file: String
    public var line: Int
    public var field: String
    public var value: String
    /// A `RuleError` or a `LedgerError`.
    public var error: any Error

    public init(file: String, line: Int, field: String, value: String, error: any Error) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.error = error
    }

    public func message(in language: Language) -> String {
        "\(file):\(line): \(field): \(value): \(RowProblem.text(of: error, in: language))"
    }

    public static func text(of error: any Error, in language: Language) -> String {
        switch error {
        case let error as LedgerError: error.message(in: language)
        case let error as any RuleError: error.message(in: language)
        default: "\(error)"
        }
    }
}

/// An input file with bad rows: every problem found (up to `problemsMax`), nothing written. Exit 2.
public struct RowsRejected: RuleError, Sendable {
    public var problems: [RowProblem]
    public var truncated: Bool

    public static let problemsMax = 1_000

    public init(problems: [RowProblem], truncated: Bool = false) {
        self.problems = problems
        self.truncated = truncated
    }

    public var rule: String { "rowsRejected" }
    public var isMalformedInput: Bool { true }

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

/// Collects row problems for one file, bounded.
public struct ProblemList {
    public let file: String
    public private(set) var problems: [RowProblem] = []
    public private(set) var truncated = false

    public init(file: String) { self.file = file }

    public mutating func add(line: Int, field: String, value: String, _ error: any Error) {
        guard problems.count < RowsRejected.problemsMax else { truncated = true; return }
        problems.append(RowProblem(file: file, line: line, field: field, value: value, error: error))
    }

    public func throwIfAny() throws {
        if !problems.isEmpty { throw RowsRejected(problems: problems, truncated: truncated) }
    }
}

/// An input file with bad rows: every problem found, nothing written.
public struct ImportRejected: Error, Sendable {
    public var problems: [InputProblem]
    /// More problems were found than are listed.
    public var truncated: Bool = false

    public init(problems: [InputProblem], truncated: Bool = false) {
        self.problems = problems
        self.truncated = truncated
    }
}
