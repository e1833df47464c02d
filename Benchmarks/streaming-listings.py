#!/usr/bin/env python3
"""First-row latency and peak RSS of `gonghui voucher list` over big books, in every format
(issue 16: listings stream; target first row ≤ 50 ms, memory flat for 1M rows). A benchmark, not a
test: it prints a table and appends a JSON line to Benchmarks/results/streaming-listings.jsonl.

Usage: streaming-listings.py GONGHUI BOOKS.sqlite [LABEL] [FORMATS] [LISTING]
  GONGHUI  the binary to measure (compare two builds by running it once for each);
  BOOKS    books made with `gonghui init` + `voucher import` (generate-voucher-csv.py makes the file);
  FORMATS  comma-separated, default table,csv,json,md,html,xlsx;
  LISTING  `voucher` (default: `voucher list`), `member` (`member list`, books with a member register)
           or `ledger:CODE` (`report ledger --account CODE`: its first row is the opening balance,
           so the first posting line, the second row, is timed), or `arrears:ORDER` (`arrears show
           --as-of 2027-01-31 --order ORDER`, ORDER amount or register: a federation's books with a
           year allocated).

The first row is the first body row of the listing seen on the pipe (the line after the rule in
the table, the second CSV line, the first row object in JSON, the third Markdown table line, the
first <td> row in HTML). XLSX is zipped when the rows are written, so only its time to the whole
file and its RSS are meaningful. Peak RSS is the child's ru_maxrss (wait4)."""
import json, os, subprocess, sys, time

binary, books = sys.argv[1], sys.argv[2]
label = sys.argv[3] if len(sys.argv) > 3 else os.path.basename(binary)
formats = (sys.argv[4] if len(sys.argv) > 4 else "table,csv,json,md,html,xlsx").split(",")
listing = sys.argv[5] if len(sys.argv) > 5 else "voucher"
kind, _, account = listing.partition(":")
json_row_key = {"voucher": b'"amount"', "member": b'"member_no"', "ledger": b'"summary"', "arrears": b'"oldest_unpaid"'}[kind]
rows_before_timed = 1 if kind == "ledger" else 0
environment = dict(os.environ, GONGHUI_USER="bench", GONGHUI_NOW="2026-12-31T10:00:00+08:00")

def is_row(format, line, seen):
    if format == "table": return seen.get("rule", False)
    if format == "csv": return seen["lines"] >= 2
    if format == "json": return json_row_key in line
    if format == "md": return line.startswith(b"|") and seen.get("md_rule", False)
    if format == "html": return line.startswith(b"<tr><td")
    return False

def measure(format):
    output = f"/tmp/streaming-listing-{os.getpid()}.xlsx"
    command = (["report", "ledger", "--account", account] if kind == "ledger"
               else ["arrears", "show", "--as-of", "2027-01-31", "--order", account] if kind == "arrears" else [listing, "list"])
    arguments = [binary, "--db", books, *command, "--format", format]
    if format == "xlsx": arguments += ["--output", output]
    start = time.monotonic()
    child = subprocess.Popen(arguments, stdout=subprocess.PIPE, env=environment)
    first, total, seen, rows = None, 0, {"lines": 0}, 0
    for line in child.stdout:
        total += len(line)
        seen["lines"] += 1
        if first is None and is_row(format, line, seen):
            rows += 1
            if rows > rows_before_timed: first = time.monotonic() - start
        if line.startswith(b"--"): seen["rule"] = True
        if line.startswith(b"|:") or line.startswith(b"|-"): seen["md_rule"] = True
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.monotonic() - start
    if format == "xlsx" and os.path.exists(output):
        total = os.path.getsize(output)
        os.remove(output)
    return {"format": format, "first_row_ms": None if first is None else round(first * 1000, 1),
            "whole_s": round(elapsed, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "bytes": total,
            "exit": os.waitstatus_to_exitcode(status)}

rows = [measure(format) for format in formats]
print(f"{label}: {listing} list over {books}")
print("format  first row  whole    peak RSS  output")
for row in rows:
    first = "—" if row["first_row_ms"] is None else f"{row['first_row_ms']:.0f} ms"
    print(f"{row['format']:<7} {first:>9}  {row['whole_s']:>6.1f} s  {row['peak_rss_mb']:>5.0f} MB  {row['bytes'] / 1e6:.0f} MB (exit {row['exit']})")
results = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "streaming-listings.jsonl")
if os.environ.get("GONGHUI_BENCH_NO_RESULTS"): sys.exit(0)
with open(results, "a") as f:
    f.write(json.dumps({"benchmark": "streaming-listings", "label": label, "listing": listing, "books": os.path.basename(books),
                        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "rows": rows}) + "\n")
