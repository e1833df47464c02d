import LedgerCore

// Storage protocols live here; the SQLite implementation is in LedgerSQLite.
