import Foundation

/// Output of the same command on a SQLite file and on PostgreSQL, without what names the store:
/// the book's path or URL, the footer's journal head, the SQLite file's change-journal line in
/// `verify` (the change journal of register rows is the file's own, ARCHITECTURE.md), and init's
/// "文件/数据库" word.
enum StoreOutput {
    static func comparable(_ text: String, db: String) -> String {
        text.replacingOccurrences(of: db, with: "BOOKS")
            .replacingOccurrences(of: "数据库 BOOKS", with: "文件 BOOKS")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("日记账末端") && !$0.contains("凭证链末端") && !$0.contains("Journal head") }
            .filter { !$0.contains("变更日记账") }
            .joined(separator: "\n")
            .replacingOccurrences(of: #""journal" ?: ?\{[^}]*\},?\s*"#, with: "", options: .regularExpression)
    }
}
