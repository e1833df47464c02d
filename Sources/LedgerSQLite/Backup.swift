import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

extension LedgerDatabase {
    /// A consistent copy of the live books (SQLite's online backup), created with mode 0600.
    /// - Throws: `StoreError.fileMustNotExist` when the destination exists.
    public func backup(to destination: String) throws {
        let descriptor = Foundation.open(destination, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw StoreError.fileMustNotExist(path: destination) }
            throw StoreError.storage(message: "\(destination): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        do {
            let target = try DatabaseQueue(path: destination)
            try queue.backup(to: target)
            try target.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError.wrap(error)
        }
    }
}
