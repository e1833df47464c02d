import Foundation
import GRDB
import UnionSQLite

/// New, empty union books in a folder of their own, read with a plain GRDB queue (for tests of the
/// schema itself: tables, columns, query plans); the folder is removed afterwards.
enum FreshUnionBooks {
    static func read<T>(_ body: (Database) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fresh-books-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("books.sqlite").path
        _ = try UnionSchema.createBooks(at: path)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read(body)
    }
}
