#include <sqlite3.h>
#include "SQLiteSettings.h"

int gonghui_sqlite_statement_journal_in_memory_up_to(int bytes) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, bytes);
}

int gonghui_sqlite_memory_statistics_off(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
