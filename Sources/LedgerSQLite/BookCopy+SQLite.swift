import Foundation
import GRDB
import LedgerStore

extension LedgerDatabase: BookCopySource {
    /// Every one of `tables`, in pages, from one read transaction.
    public func readBook(tables: [BookCopy.Table], _ body: (BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> [String] {
        try read { db in
            for table in tables {
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT \(table.columns.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(Self.readable(table.name)) ORDER BY \(table.key.map { "\"\($0)\"" }.joined(separator: ", "))
                    """)
                var page: [[BookCopy.Cell]] = []
                while let row = try cursor.next() {
                    page.append(table.columns.indices.map { index in Self.cell(row[index], isHash: table.hashColumns.contains(table.columns[index])) })
                    if page.count == BookCopy.pageSize {
                        try body(table, page)
                        page.removeAll(keepingCapacity: true)
                    }
                }
                if !page.isEmpty { try body(table, page) }
            }
            // Tables beyond the ledger's (the union registers, the change journal) that hold rows.
            let covered = Set(tables.map(\.name))
            return try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
                .filter { !covered.contains($0) && !$0.hasPrefix("change") }
                .filter { try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM \"\($0)\")") ?? false }
        }
    }

    /// Where a table's rows are read whole: vouchers through `voucher_as_posted`, their texts
    /// put back together (a copy holds them in full, whatever the store).
    private static func readable(_ table: String) -> String {
        table == "voucher" ? "voucher_as_posted" : table
    }

    private static func cell(_ value: DatabaseValue, isHash: Bool) -> BookCopy.Cell {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .string(let text): return .text(text)
        case .blob(let data): return isHash ? .text(JournalChain.hex(Array(data))) : .bytes(Array(data))
        case .double(let number): return .text(String(number))
        }
    }

    /// Writes a copied book into this (new, empty) file in one transaction: the rows as they were,
    /// not through the posting path (their hash chain comes with them and `verify` checks it).
    package func writeBook(_ pages: ((BookCopy.Table, [[BookCopy.Cell]]) throws -> Void) throws -> Void) throws {
        try write { db in
            // References are checked at commit: an organisation may name a parent registered after it.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            try pages { table, rows in
                let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                let statement = try db.makeStatement(sql: """
                    INSERT INTO \(table.name)(\(table.columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(marks))
                    """)
                for row in rows {
                    let values: [(any DatabaseValueConvertible)?] = zip(table.columns, row).map { column, cell in
                        switch cell {
                        case .null: return nil
                        case .integer(let number): return number
                        case .text(let text):
                            if table.hashColumns.contains(column), let bytes = Self.bytes(hex: text) { return Data(bytes) }
                            return text
                        case .bytes(let bytes): return Data(bytes)
                        }
                    }
                    try statement.execute(arguments: StatementArguments(values))
                }
            }
        }
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
            index += 2
        }
        return bytes
    }
}
