import GRDB
import LedgerSQLite
import LedgerStore
