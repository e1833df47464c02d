#!/usr/bin/env python3
"""Unit register import at a county federation's sizes and past them (issue 16: memory flat in the
rows), through the CLI as a user runs it: `org import` of 50,000, 125,000 and 250,000 units, every
one under the federation, each into fresh books. Every row is checked (code, kind, channel, a code
twice, parents registered or in the file, loops) and registered with the change journal.

Anchor from the same run: `sqlite3 .import` of the same CSV into a plain table.

Usage: org-import.py GONGHUI [WORK_DIR] [LABEL]"""
import os, sys
from benchlib import Report, fmt, timed

gonghui = sys.argv[1]
work = sys.argv[2] if len(sys.argv) > 2 else f"/tmp/gonghui-org-{os.getpid()}"
label = sys.argv[3] if len(sys.argv) > 3 else ""
os.makedirs(work, exist_ok=True)
SIZES = [50_000, 125_000, 250_000]

report = Report("OrgImport", SIZES[-1], label, gonghui)
for units in SIZES:
    csv_path = f"{work}/units-{units}.csv"
    if not os.path.exists(csv_path):
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write("code,name,kind,parent,channel\n")
            for unit in range(units):
                f.write(f"U{unit},单位{unit}工会,enterprise,XF,self\n")
    db = f"{work}/org-{units}.sqlite"
    for path in (db, f"{work}/anchor.sqlite"):
        if os.path.exists(path):
            os.remove(path)
    timed([gonghui, "init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
           "--start", "2026-01", "--db", db])
    imported = timed([gonghui, "org", "import", csv_path, "--db", db])
    anchor = timed(["sqlite3", f"{work}/anchor.sqlite", ".mode csv", f".import {csv_path} units_plain"])
    report.add(f"org import {units // 1000}k", "sqlite", imported, "sqlite3 .import", anchor, rate=(units, "units"))
    print(f"org import {units}: {fmt(imported['wall'])}, {imported['rss_mb']:.0f} MB", flush=True)
    os.remove(db)
report.print_table()
report.append()
