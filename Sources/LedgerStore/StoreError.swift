
import LedgerCore

/// Failures of storage rather than of the books: the file is missing, not ours, or SQLite failed.
public enum StoreError: Error, Equatable, Sendable {
    case fileMustExist(path: String)
    case fileMustNotExist(path: String)
    case fileMustBeGonghuiBooks(path: String)
    case storage(message: String)

    public func message(in language: Language) -> String {
        switch self {
        case .fileMustExist(let path):
            language.pick("账套文件不存在：\(path)（先运行 gonghui init）", "no books at \(path) (run gonghui init first)")
        case .fileMustNotExist(let path):
            language.pick("账套文件已存在：\(path)", "books already exist at \(path)")
        case .fileMustBeGonghuiBooks(let path):
            language.pick("不是工会账套文件：\(path)", "not a Gonghui books file: \(path)")
        case .storage(let message):
            language.pick("存储错误：\(message)", "storage error: \(message)")
        }
    }
}
