#!/usr/bin/env python3
"""The member register at size (issue 16: imports in flat memory, listings that stream), through
the CLI as a user runs it: `member import` of MEMBERS members (valid GB 11643 IDs, spread over 200
units) into a fresh SQLite file, then `member list --format csv` over it.

Anchors from the same run: `sqlite3 .import` of the same CSV into a plain table for the import; a
plain `SELECT … ORDER BY unit, number` over the member table (sqlite3, process start included as
for gonghui) for the listing. The listing's first row is timed from spawn to the first member row
seen on the pipe.

Usage: member-register.py GONGHUI MEMBERS [WORK_DIR] [LABEL]"""
import os, subprocess, sys, time
from benchlib import ENVIRONMENT, Report, timed

gonghui, count = sys.argv[1], int(sys.argv[2])
work = sys.argv[3] if len(sys.argv) > 3 else f"/tmp/gonghui-members-{os.getpid()}"
label = sys.argv[4] if len(sys.argv) > 4 else ""
os.makedirs(work, exist_ok=True)

# 1. The files: 200 units under XF, members with distinct valid IDs (birth date × sequence).
weights, checks = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], "10X98765432"
def national_id(index):
    birth = index % 15120
    base = f"150102{1960 + birth // 336}{1 + (birth // 28) % 12:02d}{1 + birth % 28:02d}{index // 15120:03d}"
    return base + checks[sum(int(d) * w for d, w in zip(base, weights)) % 11]
units, members = f"{work}/units.csv", f"{work}/members.csv"
with open(units, "w", encoding="utf-8") as f:
    f.write("code,name,kind,parent,channel\n")
    for unit in range(200):
        f.write(f"DW{unit:04d},单位{unit}工会,enterprise,XF,self\n")
with open(members, "w", encoding="utf-8") as f:
    f.write("会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数\n")
    for index in range(count):
        f.write(f"M{index:07d},会员{index},{national_id(index)},DW{index % 200:04d},部门{index % 7},20{10 + index % 15}-0{1 + index % 9}-01,"
                f"active,合同制,{5000 + index % 9000}.{index % 100:02d}\n")
print(f"{count} members, {os.path.getsize(members) / 1e6:.0f} MB", flush=True)

db = f"{work}/members.sqlite"
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)
timed([gonghui, "init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation", "--start", "2026-01", "--db", db])
timed([gonghui, "org", "import", units, "--db", db])
report = Report("MemberRegister", count, label, gonghui)

# 2. The import, beside sqlite3 .import of the same file.
imported = timed([gonghui, "member", "import", members, "--db", db])
anchor_db = f"{work}/anchor.sqlite"
if os.path.exists(anchor_db):
    os.remove(anchor_db)
anchor = timed(["sqlite3", anchor_db, ".mode csv", f".import {members} member_plain"])
report.add("member import", "sqlite", imported, "sqlite3 .import", anchor, rate=(count, "members"))

# 3. The listing: first row, whole run, peak RSS; beside a plain ordered SELECT.
start = time.monotonic()
child = subprocess.Popen([gonghui, "member", "list", "--format", "csv", "--db", db], stdout=subprocess.PIPE, env=ENVIRONMENT)
first = None
for line in child.stdout:
    if first is None and line.startswith(b"M"):
        first = time.monotonic() - start
_, status, usage = os.wait4(child.pid, 0)
listing = {"wall": time.monotonic() - start, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
           "server_cpu": None, "load": [0, 0], "exit": os.waitstatus_to_exitcode(status), "stderr": ""}
ordered = timed(["sqlite3", db, "SELECT o.code, m.member_no, m.name, m.id_masked FROM member m JOIN organisation o ON o.id = m.unit_id "
                                "ORDER BY o.code, m.member_no"], stdout_path="/dev/null")
report.add("member list (csv)", "sqlite", listing, "SELECT … ORDER BY", ordered, rate=(count, "members"),
           extra={"first_row_ms": None if first is None else round(first * 1000, 1)})
report.print_table()
print(f"member list: first row {'—' if first is None else f'{first * 1000:.0f} ms'}")
report.append()
