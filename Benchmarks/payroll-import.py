#!/usr/bin/env python3
"""Payroll import at three sizes (issue 16: memory flat in the rows), through the CLI as a user
runs it: `payroll import` of 100,000, 1,200,000 and 3,000,000 declarations into a fresh SQLite file
with the units registered (50,000 units for the first two, 125,000 for 3M: the date window stops
at December next year, so 24 months is the most a unit can declare here). Then the monthly case:
month 12 imported into a register that already holds months 1–11 of 50,000 units.

Anchor from the same run: `sqlite3 .import` of the same CSV into a plain table.

Usage: payroll-import.py GONGHUI [WORK_DIR] [LABEL]"""
import os, sys
from benchlib import Report, fmt, timed

gonghui = sys.argv[1]
work = sys.argv[2] if len(sys.argv) > 2 else f"/tmp/gonghui-payroll-{os.getpid()}"
label = sys.argv[3] if len(sys.argv) > 3 else ""
os.makedirs(work, exist_ok=True)


def months(count):
    return [f"{2026 + m // 12}-{m % 12 + 1:02d}" for m in range(count)]


def write_units(path, count):
    if os.path.exists(path):
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write("code,name,kind,parent,channel\n")
        for unit in range(count):
            f.write(f"U{unit},单位{unit}工会,enterprise,XF,self\n")


def write_payroll(path, units, month_list, first_unit=0, last_unit=None):
    if os.path.exists(path):
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write("unit_code,unit_name,month,headcount,wage_total\n")
        for month in month_list:
            for unit in range(first_unit, units if last_unit is None else last_unit):
                f.write(f"U{unit},,{month},{10 + unit % 50},{50000 + unit % 997}.{unit % 100:02d}\n")


def fresh_books(name, units_path):
    db = f"{work}/{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    timed([gonghui, "init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
           "--start", "2026-01", "--db", db])
    timed([gonghui, "org", "import", units_path, "--db", db])
    return db


def anchor(csv_path):
    db = f"{work}/anchor.sqlite"
    if os.path.exists(db):
        os.remove(db)
    return timed(["sqlite3", db, ".mode csv", f".import {csv_path} payroll_plain"])


units50, units125 = f"{work}/units-50000.csv", f"{work}/units-125000.csv"
write_units(units50, 50_000)
write_units(units125, 125_000)
report = Report("PayrollImport", 3_000_000, label, gonghui)
sizes = [("100k", 100_000, units50, 50_000, months(2)), ("1.2M", 1_200_000, units50, 50_000, months(24)),
         ("3M", 3_000_000, units125, 125_000, months(24))]
for name, rows, units_path, unit_count, month_list in sizes:
    csv_path = f"{work}/payroll-{name}.csv"
    write_payroll(csv_path, unit_count, month_list)
    db = fresh_books(f"payroll-{name}", units_path)
    imported = timed([gonghui, "payroll", "import", csv_path, "--db", db])
    report.add(f"payroll import {name}", "sqlite", imported, "sqlite3 .import", anchor(csv_path), rate=(rows, "declarations"))
    print(f"payroll import {name}: {fmt(imported['wall'])}, {imported['rss_mb']:.0f} MB", flush=True)

# The monthly case: month 12 into a register holding months 1–11.
eleven, twelfth = f"{work}/payroll-m1-11.csv", f"{work}/payroll-m12.csv"
write_payroll(eleven, 50_000, months(11))
write_payroll(twelfth, 50_000, months(12)[11:])
db = fresh_books("payroll-monthly", units50)
timed([gonghui, "payroll", "import", eleven, "--db", db])
monthly = timed([gonghui, "payroll", "import", twelfth, "--db", db])
report.add("payroll import month 12 after 11", "sqlite", monthly, "sqlite3 .import", anchor(twelfth), rate=(50_000, "declarations"))
report.print_table()
report.append()
