#ifndef GONGHUI_SQLITE_SETTINGS_H
#define GONGHUI_SQLITE_SETTINGS_H

/// SQLite's process-wide settings, made in C because `sqlite3_config` is variadic (Swift cannot
/// call it). They take effect only before SQLite is first used in the process.

/// Keeps each statement's rollback journal in memory up to `bytes` (SQLite's default: 64 KiB,
/// then a temporary file). A bulk insert of 64 rows touches a leaf page of each index per row,
/// so its statement journal passed 64 KiB and every batch wrote it to disk. Keep `bytes` under
/// 128 KiB: the spill writes the held journal in one write, which the unix VFS cuts at 128 KiB
/// (a larger setting made every statement that spilled fail with SQLITE_FULL).
/// Returns SQLite's result code: SQLITE_OK, or SQLITE_MISUSE when SQLite was already in use.
int gonghui_sqlite_statement_journal_in_memory_up_to(int bytes);

/// Stops SQLite's count of the memory it holds (`sqlite3_memory_used` and the soft heap limit,
/// neither used here). With the count on, every allocation and free of SQLite's takes a
/// process-wide lock to keep it: a bound text copied for a statement costs both, so a unit
/// register import of 50,000 rows spent 5% of its instructions there.
/// Returns SQLite's result code, as above.
int gonghui_sqlite_memory_statistics_off(void);

#endif
