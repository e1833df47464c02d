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
    /// The open books file or one of SQLite's companions (`-wal`, `-shm`, `-journal`).
    case outputMustNotBeBooks(path: String)
    case outputMustNotBeReadOnly(path: String)
    case outputMustNotBeSymbolicLink(path: String)
    /// A folder for notices that is a file.
    case outputFolderMustBeFolder(path: String)
    /// The text cannot be written in the encoding asked for (the platform lacks the converter).
    case textMustBeEncodable(encoding: String)

    /// The case's name, as tests and the error catalogue use it.
    public var rule: String { String(String(describing: self).prefix { $0 != "(" }) }

    public static let rules = [
        "formatMustBeText", "binaryOutputMustNotGoToTerminal", "outputMustNotBeFolder", "outputFolderMustExist",
        "outputMustBeWritable", "textMustBeEncodable", "outputMustNotBeBooks", "outputMustNotBeReadOnly",
        "outputMustNotBeSymbolicLink", "outputFolderMustBeFolder",
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
        case .outputMustNotBeBooks(let path):
            language.pick("不能把输出写到账套文件（或其 -wal/-shm/-journal 伴随文件）上：\(path)，请另选文件名",
                          "the output must not overwrite the books file (or its -wal/-shm/-journal companion): \(path); choose another file name")
        case .outputMustNotBeReadOnly(let path):
            language.pick("输出文件是只读的，不覆盖：\(path)", "the output file is read-only and will not be replaced: \(path)")
        case .outputMustNotBeSymbolicLink(let path):
            language.pick("输出路径是符号链接，不经链接写入：\(path)（请给出实际文件的路径）",
                          "the output path is a symbolic link and will not be written through: \(path) (name the real file)")
        case .outputFolderMustBeFolder(let path):
            language.pick("输出文件夹的位置已有同名文件，不是文件夹：\(path)", "the output folder is a file, not a folder: \(path)")
        case .textMustBeEncodable(let encoding):
            language.pick("报表文本无法以 \(encoding) 编码写出", "the report's text cannot be written in \(encoding)")
        }
    }
}
