import GRDB
import LedgerSQLite
