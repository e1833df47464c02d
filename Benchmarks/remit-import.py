#!/usr/bin/env python3
"""Receipts import at the federation's sizes (issue 16: memory flat in the rows), through the CLI
as a user runs it: a county federation of 50,000 units with a year of payroll allocated, then
`remit import` of one month's bank receipts (50,000 rows) and of the whole year's (600,000) into
copies of those books. Every receipt is booked: a voucher at the federation, the unit's position
read and matched, tax-full shares passed down.

Anchor from the same run: `sqlite3 .import` of the same CSV into a plain table.

Usage: remit-import.py GONGHUI [WORK_DIR] [LABEL]"""
import os, shutil, sys
from benchlib import Report, fmt, timed

gonghui = sys.argv[1]
work = sys.argv[2] if len(sys.argv) > 2 else f"/tmp/gonghui-remit-{os.getpid()}"
label = sys.argv[3] if len(sys.argv) > 3 else ""
os.makedirs(work, exist_ok=True)
UNITS = 50_000


def write(path, header, rows):
    if os.path.exists(path):
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(row + "\n")


def receipts(month_list):
    for month in month_list:
        for unit in range(UNITS):
            paid_in = f"2026-{month + 1:02d}-{10 + unit % 15:02d}" if month < 12 else f"2027-01-{10 + unit % 15:02d}"
            yield f"U{unit},{paid_in},{400 + (unit * 37) % 900}.{unit % 100:02d},2026-{month:02d},R{month}-{unit}"


units_csv, payroll_csv = f"{work}/units.csv", f"{work}/payroll.csv"
write(units_csv, "code,name,kind,parent,channel", (f"U{u},单位{u}工会,enterprise,XF,self" for u in range(UNITS)))
write(payroll_csv, "unit_code,unit_name,month,headcount,wage_total",
      (f"U{u},,2026-{m:02d},{10 + u % 50},{50000 + u % 997}.{u % 100:02d}" for m in range(1, 13) for u in range(UNITS)))
base = f"{work}/federation.sqlite"
if not os.path.exists(base):
    timed([gonghui, "init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
           "--start", "2026-01", "--db", base])
    timed([gonghui, "org", "import", units_csv, "--db", base])
    timed([gonghui, "payroll", "import", payroll_csv, "--db", base])
    for month in range(1, 13):
        timed([gonghui, "allocate", "--month", f"2026-{month:02d}", "--db", base])


def anchor(csv_path):
    db = f"{work}/anchor.sqlite"
    if os.path.exists(db):
        os.remove(db)
    return timed(["sqlite3", db, ".mode csv", f".import {csv_path} receipts_plain"])


report = Report("RemitImport", 600_000, label, gonghui)
for name, rows, month_list in [("50k", 50_000, [1]), ("600k", 600_000, range(1, 13))]:
    csv_path = f"{work}/receipts-{name}.csv"
    write(csv_path, "unit_code,date,amount,month,ref", receipts(month_list))
    db = f"{work}/remit-{name}.sqlite"
    shutil.copyfile(base, db)
    imported = timed([gonghui, "remit", "import", csv_path, "--db", db])
    report.add(f"remit import {name}", "sqlite", imported, "sqlite3 .import", anchor(csv_path), rate=(rows, "receipts"))
    print(f"remit import {name}: {fmt(imported['wall'])}, {imported['rss_mb']:.0f} MB", flush=True)
    os.remove(db)
report.print_table()
report.append()
