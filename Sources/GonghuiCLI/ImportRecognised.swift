import LedgerStore
import LedgerCore

extension GlobalOptions {
    /// An import whose content was taken before: what was recognised, and that nothing was written.
    func sayRecognised(_ previous: ImportedContent) {
        say("该文件内容已于 \(LocalTime.shown(previous.importedAt)) 导入（\(previous.fileName)，\(previous.rows) 行），本次未做任何改动",
            "This file's content was imported at \(LocalTime.shown(previous.importedAt)) (\(previous.fileName), \(previous.rows) rows); nothing was done")
    }
}
