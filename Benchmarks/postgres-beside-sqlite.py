#!/usr/bin/env python3
"""PostgreSQL beside SQLite (issue 15): the same generated voucher CSV imported into each store by
`gonghui voucher import`, then `verify` and the year's trial balance on each, every figure beside
its anchor from the same run: `sqlite3 .import` / `psql \\copy` of the same CSV into a plain table
for the import, a plain `SELECT … GROUP BY` (sqlite3 / psql, process start included as for gonghui)
for verify and the trial balance. A benchmark, not a test: it prints a table and appends one JSON
line to Benchmarks/results/results.jsonl in BenchReport's layout.

Usage: postgres-beside-sqlite.py GONGHUI VOUCHERS SERVER_URL [WORK_DIR] [LABEL]
  GONGHUI     the binary to measure;
  VOUCHERS    how many vouchers (generate-voucher-csv.py, ≈134 bytes and 2.8 postings each);
  SERVER_URL  postgres://USER@localhost/DB?host=SOCKET_DIR&port=PORT (as .build/pg-url has it): a
              database gonghui_bench_PID is created there and dropped at the end.

Wall time, the child's CPU (user + system, os.wait4) and, for PostgreSQL, the server's CPU: the
backend processes serving the step's database, sampled from /proc every 20 ms (utime + stime of
each backend at its last sample; a backend's last < 20 ms may be missed). The load average is
read before and after each step."""
import filecmp, os, subprocess, sys
from benchlib import Report, Server, fmt, load, timed

gonghui, vouchers, server_url = sys.argv[1], int(sys.argv[2]), sys.argv[3]
work = sys.argv[4] if len(sys.argv) > 4 else f"/tmp/gonghui-pg-bench-{os.getpid()}"
label = sys.argv[5] if len(sys.argv) > 5 else ""
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(work, exist_ok=True)
server = Server(server_url)
database = f"gonghui_bench_{os.getpid()}"
book_url = server.url(database)

# 1. The file.
csv_path = f"{work}/vouchers-{vouchers}.csv"   # kept for a rerun of the same size
if not os.path.exists(csv_path) or os.environ.get("GONGHUI_BENCH_REGENERATE"):
    subprocess.run([sys.executable, f"{here}/generate-voucher-csv.py", str(vouchers * 134 / 1e6), csv_path], check=True)
rows = sum(1 for _ in open(csv_path, encoding="utf-8")) - 1
per_month = (max(12, vouchers) + 11) // 12
generated = per_month * 12
print(f"{generated} vouchers, {rows} rows, {os.path.getsize(csv_path) / 1e6:.1f} MB", flush=True)

init = ["init", "--org-code", "BENCH", "--org-name", "基准测试工会", "--kind", "enterprise", "--start", "2026-01", "--chart", "basic"]
trial_balance = ["report", "trial-balance", "--from", "2026-01", "--to", "2026-12", "--format", "csv"]
group_by_voucher = "SELECT voucher_id, COUNT(*), SUM(amount_fen) FROM posting GROUP BY voucher_id"
group_by_account = "SELECT account_id, SUM(debit_fen), SUM(credit_fen) FROM balance WHERE ordinal BETWEEN 24312 AND 24323 GROUP BY account_id"
figures = {}

# 2. SQLite.
sqlite_path = f"{work}/bench.sqlite"
raw_path = f"{work}/raw.sqlite"
for path in (sqlite_path, raw_path, sqlite_path + "-wal", sqlite_path + "-shm"):
    if os.path.exists(path): os.remove(path)
subprocess.run([gonghui, *init, "--db", sqlite_path], check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, GONGHUI_USER="bench"))
figures["sqlite import"] = timed([gonghui, "voucher", "import", csv_path, "--db", sqlite_path])
print(f"sqlite import {fmt(figures['sqlite import']['wall'])}", flush=True)
figures["sqlite anchor import"] = timed(["sqlite3", raw_path, "-cmd", ".mode csv", f".import {csv_path} t"])
figures["sqlite verify"] = timed([gonghui, "verify", "--db", sqlite_path])
figures["sqlite anchor verify"] = timed(["sqlite3", sqlite_path, group_by_voucher])
figures["sqlite trial balance"] = timed([gonghui, *trial_balance, "--db", sqlite_path], stdout_path=f"{work}/tb-sqlite.csv")
figures["sqlite anchor trial balance"] = timed(["sqlite3", sqlite_path, group_by_account])

# 3. PostgreSQL: the book in one database, the anchor's plain table in another (same server).
raw_database = database + "_raw"
server.create(database, raw_database)
try:
    subprocess.run([gonghui, *init, "--db", book_url], check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, GONGHUI_USER="bench"))
    figures["postgres import"] = timed([gonghui, "voucher", "import", csv_path, "--db", book_url], database=database)
    print(f"postgres import {fmt(figures['postgres import']['wall'])}", flush=True)
    subprocess.run(server.psql(raw_database) + ["-c", "CREATE TABLE t(date text, voucher text, account text, debit text, credit text, summary text)"],
                   check=True)
    figures["postgres anchor import"] = timed(server.psql(raw_database) + ["-c", f"\\copy t FROM '{csv_path}' WITH (FORMAT csv, HEADER)"],
                                              database=raw_database)
    figures["postgres verify"] = timed([gonghui, "verify", "--db", book_url], database=database)
    figures["postgres anchor verify"] = timed(server.psql(database) + ["-c", group_by_voucher], database=database)
    figures["postgres trial balance"] = timed([gonghui, *trial_balance, "--db", book_url], database=database,
                                              stdout_path=f"{work}/tb-postgres.csv")
    figures["postgres anchor trial balance"] = timed(server.psql(database) + ["-c", group_by_account], database=database)
finally:
    server.drop_all()

# 4. Do the stores agree? The trial balances byte for byte.
same = filecmp.cmp(f"{work}/tb-sqlite.csv", f"{work}/tb-postgres.csv", shallow=False)
print(f"trial balances identical on both stores: {same}")

# 5. The table and the JSON line.
report = Report("PostgresBesideSQLite", generated, label, gonghui)
for step, anchor_name in (("import", {"sqlite": "sqlite3 .import", "postgres": "psql \\copy"}),
                          ("verify", {"sqlite": "sqlite3 SELECT … GROUP BY voucher_id", "postgres": "psql SELECT … GROUP BY voucher_id"}),
                          ("trial balance", {"sqlite": "sqlite3 SELECT … balance GROUP BY", "postgres": "psql SELECT … balance GROUP BY"})):
    for store in ("sqlite", "postgres"):
        report.add(step, store, figures[f"{store} {step}"], anchor_name[store], figures[f"{store} anchor {step}"],
                   rate=(generated, "vouchers") if step == "import" else None)
report.print_table()
report.append({"postings": rows, "stores_agree": same})
