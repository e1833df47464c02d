#!/usr/bin/env python3
"""Consolidated statements on PostgreSQL beside SQLite (issue 15): a federation FED with UNITS
grassroots unions whose books are all in the store, built through the CLI as a user builds it —
`init` of FED (the 2021 county chart), `init --add-org` of each unit (the 2021 grassroots chart),
`org set --parent FED` for each, one `voucher import` into FED's books and one into each unit's —
then `gonghui report consolidated --org FED --year 2026` timed on each store.

The vouchers hold the flows the statements eliminate, as the tour's small case does
(Sources/GonghuiTour/TourConsolidation.swift): for each unit FED books 应收下级经费 (132, with the
unit as counterparty) against 拨缴经费收入, a part of it received, and a grant 补助下级支出 (50801);
the unit books 应付上级经费 (211), pays the part, and books the grant as 上级补助收入 (40301) —
except every tenth unit, which has not booked it yet (a difference on the schedule, as GH102 in the
tour) — and one expense of its own. FED opens with a fiscal appropriation so its bank stays positive.

Anchor from the same run: a plain `SELECT … GROUP BY` over the rows the statements read — every
book's balances by organisation and account through the year, and every posting by organisation,
account and counterparty (sqlite3 / psql, process start included as for gonghui). The setup's
commands are timed too, summed per kind. The two stores' consolidated JSON must be identical
(less the journal stamp, which is the change journal on SQLite and the voucher chain on PostgreSQL).

Usage: consolidated-postgres.py GONGHUI UNITS SERVER_URL [WORK_DIR] [LABEL]
  GONGHUI_BENCH_SETUP=copy: build only the SQLite file through the CLI and give PostgreSQL a whole
  copy of it (`gonghui copy --to postgres://…`, timed) instead of 3 × UNITS more commands."""
import json, os, subprocess, sys, time
from benchlib import Report, Server, fmt, summed, timed

gonghui, unit_count, server_url = sys.argv[1], int(sys.argv[2]), sys.argv[3]
work = sys.argv[4] if len(sys.argv) > 4 else f"/tmp/gonghui-consolidated-pg-{os.getpid()}"
label = sys.argv[5] if len(sys.argv) > 5 else ""
os.makedirs(work, exist_ok=True)
server = Server(server_url)
database = f"gonghui_consolidated_{os.getpid()}"
book_url = server.url(database)
codes = [f"U{index:04d}" for index in range(1, unit_count + 1)]


def yuan(fen):
    return f"{fen // 100}.{fen % 100:02d}"


# 1. The voucher files: FED's one, and one per unit.
header = "date,voucher,account,debit,credit,summary,counterparty\n"
remitted = {code: 4_000_000 + index * 1_237 for index, code in enumerate(codes)}   # the unit's upward share, fen
paid = {code: remitted[code] * 3 // 4 for code in codes}
grant = {code: 1_000_000 + index * 311 for index, code in enumerate(codes)}
# Rows with the same key form one voucher, so a file's keys are distinct: FED's are numbered within
# each month (all of January, then March, then June), a unit's 记-1…记-4.
with open(f"{work}/FED.csv", "w", encoding="utf-8") as f:
    f.write(header)
    f.write(f"2026-01-02,记-1,102,{yuan(10 ** 12)},,财政拨款,\n2026-01-02,记-1,40401,,{yuan(10 ** 12)},财政拨款,\n")
    for n, code in enumerate(codes, start=2):
        f.write(f"2026-01-20,记-{n},132,{yuan(remitted[code])},,应收{code}上解经费,{code}\n"
                f"2026-01-20,记-{n},402,,{yuan(remitted[code])},应收{code}上解经费,{code}\n")
    for n, code in enumerate(codes, start=1):
        f.write(f"2026-03-10,记-{n},102,{yuan(paid[code])},,收到{code}上解经费,{code}\n"
                f"2026-03-10,记-{n},132,,{yuan(paid[code])},收到{code}上解经费,{code}\n")
    for n, code in enumerate(codes, start=1):
        f.write(f"2026-06-15,记-{n},50801,{yuan(grant[code])},,拨付{code}补助,{code}\n"
                f"2026-06-15,记-{n},102,,{yuan(grant[code])},拨付{code}补助,{code}\n")
for index, code in enumerate(codes):
    income = remitted[code] * 5 // 2
    with open(f"{work}/{code}.csv", "w", encoding="utf-8") as f:
        f.write(header)
        f.write(f"2026-01-15,记-1,102,{yuan(income)},,收到行政拨缴经费,\n"
                f"2026-01-15,记-1,402,,{yuan(income - remitted[code])},收到行政拨缴经费,\n"
                f"2026-01-15,记-1,211,,{yuan(remitted[code])},应上解县总工会,FED\n")
        f.write(f"2026-03-10,记-2,211,{yuan(paid[code])},,上解县总工会,FED\n2026-03-10,记-2,102,,{yuan(paid[code])},上解县总工会,FED\n")
        if index % 10 != 9:
            f.write(f"2026-06-15,记-3,102,{yuan(grant[code])},,收到县总工会补助,FED\n"
                    f"2026-06-15,记-3,40301,,{yuan(grant[code])},收到县总工会补助,FED\n")
        f.write(f"2026-09-20,记-4,50102,{yuan(income // 10)},,文体活动,\n2026-09-20,记-4,102,,{yuan(income // 10)},文体活动,\n")
print(f"FED and {unit_count} units; {3 * unit_count + 1} vouchers in FED's books, {4 * unit_count - unit_count // 10} in the units'", flush=True)

consolidated = ["report", "consolidated", "--org", "FED", "--year", "2026", "--format", "json"]
anchor_sql = ("SELECT org_id, account_id, SUM(debit_fen), SUM(credit_fen) FROM balance WHERE ordinal <= 24323 GROUP BY org_id, account_id; "
              "SELECT org_id, account_id, counterparty, side, SUM(amount_fen) FROM posting GROUP BY org_id, account_id, counterparty, side")
figures = {}


def build_and_report(store, db, database=None, anchor=None):
    """The setup through the CLI, each kind of command summed; then the statements and the anchor."""
    started = time.monotonic()
    steps = {"init": [timed([gonghui, "init", "--org-code", "FED", "--org-name", "示例市总工会", "--kind", "county-federation",
                             "--start", "2026-01", "--db", db], database=database)]}
    steps["init --add-org"] = [timed([gonghui, "init", "--add-org", "--org-code", code, "--org-name", f"示例{code}工会",
                                      "--kind", "enterprise", "--start", "2026-01", "--db", db], database=database) for code in codes]
    print(f"{store} init --add-org ×{unit_count} {fmt(summed(steps['init --add-org'])['wall'])}", flush=True)
    steps["org set --parent"] = [timed([gonghui, "org", "set", "--code", code, "--parent", "FED", "--db", db], database=database)
                                 for code in codes]
    print(f"{store} org set ×{unit_count} {fmt(summed(steps['org set --parent'])['wall'])}", flush=True)
    steps["voucher import"] = [timed([gonghui, "voucher", "import", f"{work}/FED.csv", "--org", "FED", "--db", db], database=database)]
    steps["voucher import"] += [timed([gonghui, "voucher", "import", f"{work}/{code}.csv", "--org", code, "--db", db], database=database)
                                for code in codes]
    print(f"{store} voucher import ×{unit_count + 1} {fmt(summed(steps['voucher import'])['wall'])}; setup "
          f"{time.monotonic() - started:.1f} s", flush=True)
    for name, results in steps.items():
        figures[f"{store} setup {name}"] = summed(results)
    figures[f"{store} consolidated"] = timed([gonghui, *consolidated, "--db", db], database=database,
                                             stdout_path=f"{work}/consolidated-{store}.json", check=False)
    result = figures[f"{store} consolidated"]
    print(f"{store} consolidated {fmt(result['wall'])} exit {result['exit']} {result['stderr'][-500:]}", flush=True)
    figures[f"{store} anchor"] = anchor()


# 2. SQLite.
sqlite_path = f"{work}/consolidated.sqlite"
for path in (sqlite_path, sqlite_path + "-wal", sqlite_path + "-shm"):
    if os.path.exists(path): os.remove(path)
build_and_report("sqlite", sqlite_path, anchor=lambda: timed(["sqlite3", sqlite_path, anchor_sql]))

# 3. PostgreSQL: built the same way, or (GONGHUI_BENCH_SETUP=copy, when 3 × UNITS commands on the
# server take too long) the SQLite file copied whole with `gonghui copy --to postgres://…`.
server.create(database)
try:
    postgres_anchor = lambda: timed(server.psql(database) + ["-c", anchor_sql], database=database)
    if os.environ.get("GONGHUI_BENCH_SETUP") == "copy":
        figures["postgres setup copy"] = timed([gonghui, "copy", "--to", book_url, "--db", sqlite_path], database=database)
        print(f"postgres copy --to {fmt(figures['postgres setup copy']['wall'])}", flush=True)
        figures["postgres consolidated"] = timed([gonghui, *consolidated, "--db", book_url], database=database,
                                                 stdout_path=f"{work}/consolidated-postgres.json", check=False)
        figures["postgres anchor"] = postgres_anchor()
    else:
        build_and_report("postgres", book_url, database=database, anchor=postgres_anchor)
finally:
    server.drop_all()


# 4. Do the stores agree? The consolidated statements as JSON, less the journal stamp.
def document(store):
    with open(f"{work}/consolidated-{store}.json", encoding="utf-8") as f:
        text = f.read()
    try:
        parsed = json.loads(text)
    except ValueError:
        return {"unreadable": text[:200]}
    parsed.pop("journal", None)
    return parsed


sqlite_document, postgres_document = document("sqlite"), document("postgres")
same = sqlite_document == postgres_document


def lines(statement, numbers):
    return {row.get("line"): row.get("values") for row in (statement or {}).get("lines", []) if row.get("line") in numbers}


headline = {store: {"balanced": doc.get("balanced"),
                    "organisations": len(doc.get("organisations", [])),
                    "eliminations": len(doc.get("eliminations", [])),
                    "findings": len(doc.get("findings", [])),
                    "income lines 8 (上级补助收入), 23 (补助下级支出)": lines(doc.get("incomeExpenditure"), {8, 23})}
            for store, doc in (("sqlite", sqlite_document), ("postgres", postgres_document))}
print(f"consolidated statements identical on both stores (less the journal stamp): {same}")
print(json.dumps(headline, ensure_ascii=False))

# 5. The table and the JSON line.
report = Report("ConsolidatedPostgresBesideSQLite", unit_count, label, gonghui)
anchor_name = {"sqlite": "sqlite3 SELECT … balance GROUP BY org, account; posting GROUP BY org, account, counterparty",
               "postgres": "psql SELECT … balance GROUP BY org, account; posting GROUP BY org, account, counterparty"}
for store in ("sqlite", "postgres"):
    report.add(f"report consolidated ({unit_count + 1} books)", store, figures[f"{store} consolidated"], anchor_name[store],
               figures[f"{store} anchor"], extra={"exit": figures[f"{store} consolidated"]["exit"]})
for name, count in (("init", 1), ("init --add-org", unit_count), ("org set --parent", unit_count), ("voucher import", unit_count + 1)):
    for store in ("sqlite", "postgres"):
        if f"{store} setup {name}" in figures:
            report.add(f"setup: {name} ×{count} (summed)", store, figures[f"{store} setup {name}"])
if "postgres setup copy" in figures:
    report.add("setup: copy --to postgres:// of the SQLite file", "postgres", figures["postgres setup copy"])
report.print_table()
report.append({"stores_agree": same, "headline": headline, "setup": os.environ.get("GONGHUI_BENCH_SETUP", "cli")})
