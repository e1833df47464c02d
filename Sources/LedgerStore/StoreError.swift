
import LedgerCore

/// Failures of storage rather than of the books: the file is missing, not ours, or SQLite failed.
public enum StoreError: Error, Equatable, Sendable {
    case fileMustExist(path: String)
    case fileMustNotExist(path: String)
    case fileMustBeGonghuiBooks(path: String)
    case storage(message: String)
    /// Another process held the write lock for longer than the wait allowed.
    case booksMustNotBeBusy(path: String, seconds: Int)
    /// A PostgreSQL transaction kept colliding with other writers (serialization failure or
    /// deadlock) and was retried `attempts` times; nothing of it was written.
    case writersMustNotKeepConflicting(location: String, attempts: Int)
    /// The server could not be reached or refused the connection.
    case serverMustBeReachable(location: String, reason: String)
    /// The command needs tables only the SQLite store keeps so far (the union registers).
    case commandMustSupportStore(command: String, location: String)

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
        case .writersMustNotKeepConflicting(let location, let attempts):
            language.pick("其他用户同时写入此账簿，本次写入已重试 \(attempts) 次仍冲突，未做任何改动：\(location)。请稍后重试",
                          "other clerks kept writing to these books at the same time; retried \(attempts) times, nothing was written: \(location). Try again shortly")
        case .serverMustBeReachable(let location, let reason):
            language.pick("无法连接 PostgreSQL 服务器：\(location)（\(reason)）", "cannot reach the PostgreSQL server: \(location) (\(reason))")
        case .commandMustSupportStore(let command, let location):
            language.pick("此命令暂不支持 PostgreSQL 账簿（\(command)）：\(location)。可用的命令见 README「Pointing gonghui at a PostgreSQL server」，或用 gonghui copy 复制到 SQLite 文件后再运行",
                          "this command does not support PostgreSQL books yet (\(command)): \(location). See the README section \"Pointing gonghui at a PostgreSQL server\" for the commands that do, or copy the book to a SQLite file with gonghui copy")
        case .storage(let message):
            language.pick("存储错误：\(message)", "storage error: \(message)")
        }
    }
}

extension StoreError {
    /// The command being run, as its words (`gonghui dues collect` → "dues collect"), for
    /// `commandMustSupportStore`: the command line's leading words, at most two.
    public static var currentCommand: String {
        // Global options may come first; their values are not command words.
        let valued: Set<String> = ["--db", "--org", "--user", "--format", "--lang", "--output", "--encoding", "--sheet"]
        var words: [String] = []
        var skipNext = false
        for argument in CommandLine.arguments.dropFirst() {
            if skipNext { skipNext = false; continue }
            if argument.hasPrefix("-") {
                skipNext = valued.contains(argument)
                if words.isEmpty { continue } else { break }
            }
            words.append(argument)
            if words.count == 2 { break }
        }
        return words.isEmpty ? "gonghui" : words.joined(separator: " ")
    }
}
