
import LedgerCore

/// Failures of storage rather than of the books: the file is missing, not ours, or SQLite failed.
public enum StoreError: Error, Equatable, Sendable {
    case fileMustExist(path: String)
    case fileMustNotExist(path: String)
    case fileMustBeGonghuiBooks(path: String)
    case storage(message: String)
    /// Another process held the write lock for longer than the wait allowed.
    case booksMustNotBeBusy(path: String, seconds: Int)

    public func message(in language: Language) -> String {
        switch self {
        case .fileMustExist(let path):
            language.pick("账套文件不存在：\(path)（先运行 gonghui init）", "no books at \(path) (run gonghui init first)")
        case .fileMustNotExist(let path):
            language.pick("账套文件已存在：\(path)", "books already exist at \(path)")
        case .fileMustBeGonghuiBooks(let path):
            language.pick("不是工会账套文件：\(path)", "not a Gonghui books file: \(path)")
        case .booksMustNotBeBusy(let path, let seconds):
            language.pick("另一个 gonghui 正在写入此账簿：\(path)（已等待 \(seconds) 秒）。请待其完成后重试，或用 GONGHUI_BUSY_TIMEOUT=秒数 延长等待",
                          "another gonghui is writing to this book: \(path) (waited \(seconds) s). Retry when it has finished, or wait longer with GONGHUI_BUSY_TIMEOUT=SECONDS")
        case .storage(let message):
            language.pick("存储错误：\(message)", "storage error: \(message)")
        }
    }
}
