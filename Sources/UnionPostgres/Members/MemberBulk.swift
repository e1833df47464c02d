import LedgerPostgres

/// Many rows in few statements: the member and dues writes queue their rows and send them as
/// `VALUES` lists, at most ~30,000 parameters a statement (the protocol allows 65,535), so an
/// import of 20,000 members is a handful of round trips, not 20,000.
enum MemberBulk {
    static let parametersPerStatement = 30_000

    /// Runs `statement(values)` once per chunk of `rows`, `values` being the chunk as a `VALUES`
    /// list whose placeholders carry `types` (`text`, `bigint`, `bytea`: a parameter in `VALUES`
    /// has no column to take its type from). Returns the rows every chunk returned.
    @discardableResult
    static func run(_ session: PostgresSession, rows: [[PostgresValue]], types: [String],
                    _ statement: (_ values: String) -> String) throws -> [PostgresRowValues] {
        guard !rows.isEmpty else { return [] }
        let perStatement = max(1, parametersPerStatement / max(1, types.count))
        var returned: [PostgresRowValues] = []
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var values: [PostgresValue] = []
            values.reserveCapacity(chunk.count * types.count)
            var list = "VALUES "
            for (rowIndex, row) in chunk.enumerated() {
                list += rowIndex == 0 ? "(" : ",("
                for (index, value) in row.enumerated() {
                    values.append(value)
                    list += (index == 0 ? "$" : ",$") + String(values.count) + "::" + types[index]
                }
                list += ")"
            }
            returned += try session.query(statement(list), values)
            start += chunk.count
        }
        return returned
    }
}
