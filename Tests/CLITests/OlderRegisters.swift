/// Registers as older versions of the books left them, for the upgrade tests.
enum OlderRegisters {
    /// The declaration register as 0017 made it (keyed unit first, before 0022), its rows kept:
    /// rebuilt under the same name, without the change journal's triggers (opening the books puts
    /// them back). Run with foreign keys off, as SQLite's procedure for changing a table asks.
    static let declarationsKeyedByUnit = """
        CREATE TABLE payroll_declaration_0017(
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES organisation(id),
            month INTEGER NOT NULL CHECK(month > 0),
            revision INTEGER NOT NULL CHECK(revision >= 1),
            headcount INTEGER NOT NULL CHECK(headcount >= 0),
            wage_total_fen INTEGER NOT NULL CHECK(wage_total_fen >= 0),
            channel TEXT NOT NULL
                CHECK(channel = 'self' OR channel = 'tax-40' OR channel = 'tax-full' OR channel = 'fiscal' OR channel = 'prep'),
            import_id INTEGER NOT NULL REFERENCES register_import(id),
            line INTEGER NOT NULL,
            UNIQUE(unit_id, month, revision)
        ) STRICT;
        INSERT INTO payroll_declaration_0017 SELECT * FROM payroll_declaration;
        DROP TABLE payroll_declaration;
        ALTER TABLE payroll_declaration_0017 RENAME TO payroll_declaration;
        """
}
