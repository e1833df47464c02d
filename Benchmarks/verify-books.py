#!/usr/bin/env python3
"""`gonghui verify` of big books through the CLI as a user runs it (issue 16: verify of 1M vouchers
≤ 2 s), each binary given run in turn ROUNDS times so two builds are compared in the same window.

Anchor from the same run: sqlite3 reading every posting once, grouped by voucher (what any check
of the postings cannot go below).

Books: `gonghui init` + `voucher import` of a file from generate-voucher-csv.py (134 MB ≈ 1M
vouchers), or any books.

Usage: verify-books.py BOOKS.sqlite LABEL ROUNDS GONGHUI [GONGHUI …]"""
import os, sys
from benchlib import Report, fmt, timed

books, label, rounds, binaries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
vouchers = int(os.popen(f"sqlite3 {books} 'SELECT COUNT(*) FROM voucher'").read().strip() or 0)
anchor_sql = "SELECT voucher_id, COUNT(*), SUM(amount_fen) FROM posting GROUP BY voucher_id"
report = Report("VerifyBooks", vouchers, label, " ".join(binaries))
best = {binary: None for binary in binaries}
anchor = None
for round in range(1, rounds + 1):
    for binary in binaries:
        figure = timed([binary, "verify", "--db", books], stdout_path="/dev/null")
        if best[binary] is None or figure["wall"] < best[binary]["wall"]:
            best[binary] = figure
        print(f"round {round}: {binary}: {fmt(figure['wall'])} wall, {fmt(figure['cpu'])} CPU, {figure['rss_mb']:.0f} MB, "
              f"load {figure['load'][0]:.2f}", flush=True)
    figure = timed(["sqlite3", books, anchor_sql], stdout_path="/dev/null")
    if anchor is None or figure["wall"] < anchor["wall"]:
        anchor = figure
for binary in binaries:
    report.add(f"verify {vouchers} vouchers, best of {rounds}: {os.path.basename(binary)}", "sqlite", best[binary],
               "SELECT … FROM posting GROUP BY voucher_id", anchor, rate=(vouchers, "vouchers"),
               extra={"target": "≤ 2 s per 1M vouchers"})
report.print_table()
report.append()
