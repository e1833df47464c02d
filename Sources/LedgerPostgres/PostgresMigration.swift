/// A numbered schema step an upper layer adds to a PostgreSQL book (the union registers'
/// tables): applied once, in identifier order with the ledger's own steps, and recorded in
/// `schema_migrations`. Identifiers share one sequence with the SQLite file's migrations.
public struct PostgresMigration: Sendable {
    public var identifier: String
    public var statements: [String]

    public init(_ identifier: String, statements: [String]) {
        self.identifier = identifier
        self.statements = statements
    }
}
