#!/usr/bin/env python3
"""The federation year on PostgreSQL beside SQLite (issue 15), through the CLI as a user runs it:
`org import` of UNITS units, `payroll import` of UNITS × 12 declarations, `allocate --month` for
each of the 12 months, and `arrears show --as-of 2026-12-31 --aging` — into a SQLite file and into
a PostgreSQL book (a database made for the run and dropped after). The files have the shapes and
figures of FederationBench (units `code,name,kind,parent,channel` under XF, every channel; payroll
`unit_code,unit_name,month,headcount,wage_total`).

Anchors from the same run: `sqlite3 .import` / `psql \\copy` of the same CSV into a plain table for
the two imports; a plain `SELECT … GROUP BY` (sqlite3 / psql, process start included as for gonghui)
over the rows each step reads — the declarations by month and channel for allocate, the
allocations by unit for arrears. The two stores' arrears reports (JSON) must be identical.

Usage: federation-postgres.py GONGHUI UNITS SERVER_URL [WORK_DIR] [LABEL]
SERVER_URL `-`: the SQLite half alone (the federation year through the CLI, issue 16's target)."""
import json, os, subprocess, sys
from benchlib import Report, Server, fmt, summed, timed

gonghui, unit_count, server_url = sys.argv[1], int(sys.argv[2]), sys.argv[3]
work = sys.argv[4] if len(sys.argv) > 4 else f"/tmp/gonghui-federation-pg-{os.getpid()}"
label = sys.argv[5] if len(sys.argv) > 5 else ""
os.makedirs(work, exist_ok=True)
with_postgres = server_url != "-"
stores = ("sqlite", "postgres") if with_postgres else ("sqlite",)
server = Server(server_url) if with_postgres else None
database = f"gonghui_federation_{os.getpid()}"
book_url = server.url(database) if with_postgres else None

# 1. The files (as FederationBench writes them).
channels = ["self", "self", "self", "tax-40", "tax-full", "fiscal", "prep", "self"]
unit_file, payroll_file = f"{work}/units.csv", f"{work}/payroll.csv"
with open(unit_file, "w", encoding="utf-8") as f:
    f.write("code,name,kind,parent,channel\n")
    for index in range(unit_count):
        f.write(f"U{index},单位{index}工会,enterprise,XF,{channels[index % len(channels)]}\n")
with open(payroll_file, "w", encoding="utf-8") as f:
    f.write("unit_code,unit_name,month,headcount,wage_total\n")
    for month in range(1, 13):
        for index in range(unit_count):
            fen = 5_000_000 + (index * 7_919 + month * 104_729) % 90_000_000
            f.write(f"U{index},,2026-{month:02d},{10 + index % 500},{fen // 100}.{fen % 100:02d}\n")
declarations = unit_count * 12
print(f"{unit_count} units, {declarations} declarations", flush=True)

init = ["init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation", "--start", "2026-01"]
arrears = ["arrears", "show", "--as-of", "2026-12-31", "--aging", "--format", "json"]
by_month = ("SELECT d.month, o.channel, COUNT(*), SUM(d.wage_total_fen) FROM payroll_declaration d "
            "JOIN organisation o ON o.id = d.unit_id GROUP BY d.month, o.channel")
by_unit = "SELECT unit_id, SUM(receivable_fen) FROM allocation GROUP BY unit_id"
figures = {}


def year(store, db, database=None, anchor_import=None, anchor_query=None):
    """The four steps on one store, then their anchors."""
    subprocess.run([gonghui, *init, "--db", db], check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, GONGHUI_USER="bench"))
    figures[f"{store} org import"] = timed([gonghui, "org", "import", unit_file, "--db", db], database=database)
    print(f"{store} org import {fmt(figures[f'{store} org import']['wall'])}", flush=True)
    figures[f"{store} payroll import"] = timed([gonghui, "payroll", "import", payroll_file, "--db", db], database=database)
    print(f"{store} payroll import {fmt(figures[f'{store} payroll import']['wall'])}", flush=True)
    months = [timed([gonghui, "allocate", "--month", f"2026-{month:02d}", "--db", db], database=database) for month in range(1, 13)]
    figures[f"{store} allocate"] = summed(months)
    figures[f"{store} allocate months"] = [round(m["wall"], 2) for m in months]
    print(f"{store} allocate ×12 {fmt(figures[f'{store} allocate']['wall'])}: {figures[f'{store} allocate months']}", flush=True)
    figures[f"{store} arrears"] = timed([gonghui, *arrears, "--db", db], database=database, stdout_path=f"{work}/arrears-{store}.json")
    print(f"{store} arrears {fmt(figures[f'{store} arrears']['wall'])}", flush=True)
    figures[f"{store} anchor org import"], figures[f"{store} anchor payroll import"] = anchor_import()
    figures[f"{store} anchor allocate"] = anchor_query(by_month)
    figures[f"{store} anchor arrears"] = anchor_query(by_unit)


# 2. SQLite.
sqlite_path, raw_path = f"{work}/federation.sqlite", f"{work}/raw.sqlite"
for path in (sqlite_path, raw_path, sqlite_path + "-wal", sqlite_path + "-shm"):
    if os.path.exists(path): os.remove(path)
year("sqlite", sqlite_path,
     anchor_import=lambda: (timed(["sqlite3", raw_path, "-cmd", ".mode csv", f".import {unit_file} units"]),
                            timed(["sqlite3", raw_path, "-cmd", ".mode csv", f".import {payroll_file} payroll"])),
     anchor_query=lambda sql: timed(["sqlite3", sqlite_path, sql]))

# 3. PostgreSQL: the book in one database, the anchors' plain tables in another (same server).
def postgres_year():
    """The year on PostgreSQL; the register's figures straight from the store, for the agreement check."""
    raw_database = database + "_raw"
    server.create(database, raw_database)
    try:
        def postgres_anchor_import():
            subprocess.run(server.psql(raw_database) + ["-c", "CREATE TABLE units(code text, name text, kind text, parent text, channel text)",
                                                        "-c", "CREATE TABLE payroll(unit_code text, unit_name text, month text, headcount text, wage_total text)"],
                           check=True)
            return (timed(server.psql(raw_database) + ["-c", f"\\copy units FROM '{unit_file}' WITH (FORMAT csv, HEADER)"], database=raw_database),
                    timed(server.psql(raw_database) + ["-c", f"\\copy payroll FROM '{payroll_file}' WITH (FORMAT csv, HEADER)"], database=raw_database))
        year("postgres", book_url, database=database, anchor_import=postgres_anchor_import,
             anchor_query=lambda sql: timed(server.psql(database) + ["-c", sql], database=database))
        return subprocess.run(server.psql(database) + ["-c", "SELECT COUNT(*), SUM(due_fen), SUM(receivable_fen) FROM allocation"],
                              capture_output=True, text=True, check=True).stdout.strip()
    finally:
        server.drop_all()
postgres_totals = postgres_year() if with_postgres else None
sqlite_totals = subprocess.run(["sqlite3", "-separator", "|", sqlite_path, "SELECT COUNT(*), SUM(due_fen), SUM(receivable_fen) FROM allocation"],
                               capture_output=True, text=True, check=True).stdout.strip()

# 4. Do the stores agree? The arrears reports as JSON, less the journal stamp (SQLite's is the file's
# change journal, PostgreSQL's the voucher chain: they differ by design), and the register's sums.
def without_journal(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    document.pop("journal", None)
    return document
sqlite_arrears = without_journal(f"{work}/arrears-sqlite.json")
postgres_arrears = without_journal(f"{work}/arrears-postgres.json") if with_postgres else None
same_arrears = sqlite_arrears == postgres_arrears
if with_postgres:
    print(f"arrears reports identical on both stores (less the journal stamp): {same_arrears}; "
          f"totals SQLite {sqlite_arrears.get('totals')}, PostgreSQL {postgres_arrears.get('totals')}")
    print(f"allocation register (count, due, receivable): SQLite {sqlite_totals}, PostgreSQL {postgres_totals}, "
          f"same: {sqlite_totals == postgres_totals}")

# 5. The table and the JSON line.
report = Report("FederationPostgresBesideSQLite" if with_postgres else "FederationCLI", unit_count, label, gonghui)
steps = (("org import", "org import", unit_count, {"sqlite": "sqlite3 .import", "postgres": "psql \\copy"}),
         ("payroll import", "payroll import", declarations, {"sqlite": "sqlite3 .import", "postgres": "psql \\copy"}),
         ("allocate", "allocate ×12", declarations, {"sqlite": "sqlite3 SELECT … declarations GROUP BY month, channel",
                                                     "postgres": "psql SELECT … declarations GROUP BY month, channel"}),
         ("arrears", "arrears at year end", None, {"sqlite": "sqlite3 SELECT … allocation GROUP BY unit_id",
                                                   "postgres": "psql SELECT … allocation GROUP BY unit_id"}))
for key, name, count, anchor_name in steps:
    for store in stores:
        extra = {"months_seconds": figures[f"{store} allocate months"]} if key == "allocate" else None
        report.add(name, store, figures[f"{store} {key}"], anchor_name[store], figures[f"{store} anchor {key}"],
                   rate=(count, "units" if key == "org import" else "declarations") if count else None, extra=extra)
for store in stores:
    report.add("the year: org + payroll import, allocate ×12, arrears", store,
               summed([figures[f"{store} {key}"] for key, *_ in steps]), "the anchors above, summed",
               summed([figures[f"{store} anchor {key}"] for key, *_ in steps]))
report.print_table()
report.append({"declarations": declarations, "stores_agree": (same_arrears and sqlite_totals == postgres_totals) if with_postgres else None,
               "allocation_totals": {"sqlite": sqlite_totals, "postgres": postgres_totals},
               "arrears_totals": {"sqlite": sqlite_arrears.get("totals"), "postgres": postgres_arrears.get("totals") if with_postgres else None}})
