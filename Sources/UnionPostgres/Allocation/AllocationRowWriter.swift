import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAllocation

/// Multi-row INSERTs for the allocation registers: as many rows per statement as fit in 30,000
/// parameters (the server takes 65,535), so 50,000 units or declarations go in a few round trips.
enum AllocationRowWriter {
    static let parametersMax = 30_000

    /// Inserts `rows` (each one value per column); with `returning`, the rows the server gives back.
    @discardableResult
    static func insert(_ session: PostgresSession, table: String, columns: [String], rows: [[PostgresValue]],
                       returning: String? = nil) throws -> [PostgresRowValues] {
        guard !rows.isEmpty else { return [] }
        let perStatement = max(1, parametersMax / columns.count)
        var returned: [PostgresRowValues] = []
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var sql = "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
            var values: [PostgresValue] = []
            values.reserveCapacity(chunk.count * columns.count)
            for (rowIndex, row) in chunk.enumerated() {
                sql += rowIndex == 0 ? "(" : ",("
                for (index, value) in row.enumerated() {
                    values.append(value)
                    sql += (index == 0 ? "$" : ",$") + String(values.count)
                }
                sql += ")"
            }
            if let returning { sql += " RETURNING " + returning }
            returned += try session.query(sql, values)
            start += chunk.count
        }
        return returned
    }
}

/// Registers units without books (`org import`), as `SQLiteAllocationTransaction.registerUnits`
/// leaves them, in a few statements: registered parents looked up in one query, the units in
/// multi-row INSERTs, and parents that are themselves in the file set in one UPDATE per chunk.
enum AllocationUnitWriter {
    static func register(_ units: [NewUnit], firstPeriod: YearMonth, in transaction: PostgresAllocationTransaction) throws {
        // The file check names the row; this guards every other way in.
        for unit in units { try OrganisationCode.check(unit.code) }
        let session = transaction.session
        let inFile = Set(units.map(\.code))
        let registered = try registeredIDs(Set(units.map(\.parent)).subtracting(inFile).subtracting([""]), session)
        // A parent neither registered nor in the file: refused as SQLite refuses it, naming the first such unit.
        if let orphan = units.first(where: { !$0.parent.isEmpty && registered[$0.parent] == nil && !inFile.contains($0.parent) }) {
            throw StoreError.storage(message: "organisation \(orphan.code): parent \(orphan.parent) is not registered")
        }
        let now = PostgresValue.text(transaction.clock.now())
        let rows: [[PostgresValue]] = units.map { unit in
            [.text(unit.code), .text(unit.name), .text(unit.kind), .int(firstPeriod.ordinal), now, .text(transaction.user),
             .text(unit.bankName), .text(unit.bankAccount), .text(unit.channel.rawValue), .optional(registered[unit.parent])]
        }
        var ids: [String: Int64] = [:]
        ids.reserveCapacity(units.count)
        for row in try AllocationRowWriter.insert(session, table: "organisation", columns: [
            "code", "name", "kind", "first_period", "created_at", "created_by", "bank_name", "bank_account", "channel", "parent_id",
        ], rows: rows, returning: "id, code") {
            ids[try row.text("code")] = try row.int("id")
        }
        // Parents in the file: known only now that they are in.
        var links: [PostgresValue] = []
        for unit in units where inFile.contains(unit.parent) {
            guard let id = ids[unit.code], let parentID = ids[unit.parent] else {
                throw StoreError.storage(message: "organisation \(unit.code): parent \(unit.parent) is not registered")
            }
            links += [.integer(id), .integer(parentID)]
        }
        try setParents(links, session)
    }

    /// The ids of the organisations registered under `codes`, in one query.
    private static func registeredIDs(_ codes: Set<String>, _ session: PostgresSession) throws -> [String: Int64] {
        guard !codes.isEmpty else { return [:] }
        // Codes never hold a control character (`OrganisationCode`), so U+001F separates them safely.
        let separator = "\u{1F}"
        var ids: [String: Int64] = [:]
        for row in try session.query("SELECT code, id FROM organisation WHERE code = ANY(string_to_array($1, $2))",
                                     [.text(codes.sorted().joined(separator: separator)), .text(separator)]) {
            ids[try row.text("code")] = try row.int("id")
        }
        // A code written in another Unicode form than its row (one code to the file check, which
        // compares as Swift does): matched the same way, from the register read once.
        if codes.contains(where: { ids[$0] == nil }) {
            for row in try session.query("SELECT code, id FROM organisation ORDER BY id") {
                let code = try row.text("code")
                if codes.contains(code), ids[code] == nil { ids[code] = try row.int("id") }
            }
        }
        return ids
    }

    /// Sets `parent_id` for (id, parent id) pairs, flattened, a chunk of pairs per statement.
    private static func setParents(_ pairs: [PostgresValue], _ session: PostgresSession) throws {
        var start = 0
        while start < pairs.count {
            let chunk = Array(pairs[start..<min(pairs.count, start + AllocationRowWriter.parametersMax)])
            let tuples = stride(from: 1, to: chunk.count, by: 2).map { "($\($0)::BIGINT, $\($0 + 1)::BIGINT)" }
            try session.query("""
                UPDATE organisation o SET parent_id = v.parent_id FROM (VALUES \(tuples.joined(separator: ", "))) AS v(id, parent_id)
                WHERE o.id = v.id
                """, chunk)
            start += chunk.count
        }
    }
}
