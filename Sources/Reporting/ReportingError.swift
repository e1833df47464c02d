import LedgerCore

/// Every way writing a report out is refused, one case per rule. All are malformed input (exit 2):
/// the user asked for somewhere or something the report cannot go.
public enum ReportingError: RuleError, Hashable, Sendable {
    /// A binary format (XLSX) asked for as text.
    case formatMustBeText(format: String)
    /// A binary format with no `--output` while standard output is a terminal.
    case binaryOutputMustNotGoToTerminal(format: String)
    case outputMustNotBeFolder(path: String)
    case outputFolderMustExist(path: String)
    case outputMustBeWritable(path: String, reason: String)
    /// The text cannot be written in the encoding asked for (the platform lacks the converter).
    case textMustBeEncodable(encoding: String)

    /// The case's name, as tests and the error catalogue use it.
    public var rule: String { String(String(describing: self).prefix { $0 != "(" }) }

    public static let rules = [
        "formatMustBeText", "binaryOutputMustNotGoToTerminal", "outputMustNotBeFolder", "outputFolderMustExist",
        "outputMustBeWritable", "textMustBeEncodable",
    ]

    public var isMalformedInput: Bool { true }

    public func message(in language: Language) -> String {
        switch self {
        case .formatMustBeText(let format):
            language.pick("\(format) 是二进制格式，不能作为文本输出", "\(format) is a binary format, not text")
        case .binaryOutputMustNotGoToTerminal(let format):
            language.pick("\(format) 是二进制文件，不能输出到终端：请用 --output 文件名.\(format)（或重定向到文件）",
                          "\(format) is a binary file and will not be written to a terminal: use --output FILE.\(format) (or redirect to a file)")
        case .outputMustNotBeFolder(let path):
            language.pick("--output 指向的是文件夹：\(path)", "--output names a folder: \(path)")
        case .outputFolderMustExist(let path):
            language.pick("--output 所在的文件夹不存在：\(path)", "the folder for --output does not exist: \(path)")
        case .outputMustBeWritable(let path, let reason):
            language.pick("无法写入 \(path)：\(reason)", "cannot write \(path): \(reason)")
        case .textMustBeEncodable(let encoding):
            language.pick("报表文本无法以 \(encoding) 编码写出", "the report's text cannot be written in \(encoding)")
        }
    }
}
