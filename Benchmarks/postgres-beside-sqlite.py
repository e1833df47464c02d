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
import json, os, re, subprocess, sys, threading, time, urllib.parse, datetime

gonghui, vouchers, server = sys.argv[1], int(sys.argv[2]), sys.argv[3]
work = sys.argv[4] if len(sys.argv) > 4 else f"/tmp/gonghui-pg-bench-{os.getpid()}"
label = sys.argv[5] if len(sys.argv) > 5 else ""
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
os.makedirs(work, exist_ok=True)
ticks = os.sysconf("SC_CLK_TCK")
environment = dict(os.environ, GONGHUI_USER="bench")

parsed = urllib.parse.urlparse(server)
query = urllib.parse.parse_qs(parsed.query)
socket_dir, port, user = query.get("host", ["/tmp"])[0], query.get("port", ["5432"])[0], parsed.username or "postgres"
database = f"gonghui_bench_{os.getpid()}"
book_url = f"postgres://{user}@localhost/{database}?host={socket_dir}&port={port}"

def psql_args(db):
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", f"host={socket_dir} port={port} user={user} dbname={db}"]

def load():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]

class BackendCPU:
    """CPU seconds of the server processes serving `db`, sampled while a step runs."""
    def __init__(self, db):
        self.db, self.seen, self.running = db.encode(), {}, True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self):
        while self.running:
            for pid in os.listdir("/proc"):
                if not pid.isdigit(): continue
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f: command = f.read()
                    if not command.startswith(b"postgres: ") or self.db not in command: continue
                    with open(f"/proc/{pid}/stat") as f: fields = f.read().rsplit(")", 1)[1].split()
                    self.seen[pid] = (int(fields[11]) + int(fields[12])) / ticks
                except OSError:
                    pass
            time.sleep(0.02)

    def stop(self):
        self.running = False
        self.thread.join()
        return sum(self.seen.values())

def run(arguments, db=None, stdin=None):
    """Wall time, child CPU, peak RSS (MB), the server's CPU for `db`, exit status, load before/after."""
    before = load()
    monitor = BackendCPU(db) if db else None
    start = time.monotonic()
    child = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.PIPE if stdin else None,
                             env=environment)
    _, errors = child.communicate(stdin.encode() if stdin else None)
    wall = time.monotonic() - start
    server_cpu = monitor.stop() if monitor else None
    if child.returncode != 0:
        sys.exit(f"{' '.join(arguments[:4])}… failed ({child.returncode}): {errors.decode()[-2000:]}")
    return {"wall": wall, "server_cpu": server_cpu, "load": [before[0], load()[0]]}

def timed(arguments, db=None, stdin=None):
    """`run` with the child's own CPU and peak RSS (resource usage of children, before and after)."""
    import resource
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run(arguments, db, stdin)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["cpu"] = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    result["rss_mb"] = r1.ru_maxrss / 1024
    return result

# 1. The file.
csv_path = f"{work}/vouchers.csv"
subprocess.run([sys.executable, f"{here}/generate-voucher-csv.py", str(vouchers * 134 / 1e6), csv_path], check=True)
rows = sum(1 for _ in open(csv_path, encoding="utf-8")) - 1
per_month = (max(12, vouchers) + 11) // 12
generated = per_month * 12
print(f"{generated} vouchers, {rows} rows, {os.path.getsize(csv_path) / 1e6:.1f} MB")

# 2. SQLite.
sqlite_path = f"{work}/bench.sqlite"
raw_path = f"{work}/raw.sqlite"
for path in (sqlite_path, raw_path):
    if os.path.exists(path): os.remove(path)
init = ["init", "--org-code", "BENCH", "--org-name", "基准测试工会", "--kind", "enterprise", "--start", "2026-01", "--chart", "basic"]
subprocess.run([gonghui, *init, "--db", sqlite_path], check=True, stdout=subprocess.DEVNULL, env=environment)
figures = {}
figures["sqlite import"] = timed([gonghui, "voucher", "import", csv_path, "--db", sqlite_path])
figures["sqlite anchor import"] = timed(["sqlite3", raw_path, "-cmd", ".mode csv", f".import {csv_path} t"])
figures["sqlite verify"] = timed([gonghui, "verify", "--db", sqlite_path])
figures["sqlite anchor verify"] = timed(["sqlite3", sqlite_path, "SELECT voucher_id, COUNT(*), SUM(amount_fen) FROM posting GROUP BY voucher_id"])
figures["sqlite trial balance"] = timed([gonghui, "report", "trial-balance", "--db", sqlite_path, "--from", "2026-01", "--to", "2026-12"])
figures["sqlite anchor trial balance"] = timed(["sqlite3", sqlite_path, "SELECT account_id, SUM(debit_fen), SUM(credit_fen) FROM balance "
                                                "WHERE ordinal BETWEEN 24312 AND 24323 GROUP BY account_id"])

# 3. PostgreSQL: the book in one database, the anchor's plain table in another (same server).
raw_database = database + "_raw"
subprocess.run(psql_args("postgres") + ["-c", f"CREATE DATABASE {database}", "-c", f"CREATE DATABASE {raw_database}"], check=True)
try:
    subprocess.run([gonghui, *init, "--db", book_url], check=True, stdout=subprocess.DEVNULL, env=environment)
    figures["postgres import"] = timed([gonghui, "voucher", "import", csv_path, "--db", book_url], db=database)
    subprocess.run(psql_args(raw_database) + ["-c", "CREATE TABLE t(date text, voucher text, account text, debit text, credit text, summary text)"],
                   check=True)
    figures["postgres anchor import"] = timed(psql_args(raw_database) + ["-c", f"\\copy t FROM '{csv_path}' WITH (FORMAT csv, HEADER)"],
                                              db=raw_database)
    figures["postgres verify"] = timed([gonghui, "verify", "--db", book_url], db=database)
    figures["postgres anchor verify"] = timed(psql_args(database) + ["-c", "SELECT voucher_id, COUNT(*), SUM(amount_fen) FROM posting GROUP BY voucher_id"],
                                              db=database)
    figures["postgres trial balance"] = timed([gonghui, "report", "trial-balance", "--db", book_url, "--from", "2026-01", "--to", "2026-12"],
                                              db=database)
    figures["postgres anchor trial balance"] = timed(psql_args(database) + ["-c", "SELECT account_id, SUM(debit_fen), SUM(credit_fen) FROM balance "
                                                     "WHERE ordinal BETWEEN 24312 AND 24323 GROUP BY account_id"], db=database)
finally:
    subprocess.run(psql_args("postgres") + ["-c", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)",
                                            "-c", f"DROP DATABASE IF EXISTS {raw_database} WITH (FORCE)"])

# 4. The table and the JSON line.
def fmt(seconds):
    return "—" if seconds is None else (f"{seconds * 1000:.0f} ms" if seconds < 0.1 else f"{seconds:.2f} s")

print(f"\n| step | store | wall | CPU (gonghui) | server CPU | anchor (same run): wall, CPU, server CPU | ratio (wall) | load before→after |")
print("|---|---|---|---|---|---|---|---|")
records = []
for step, anchor_name in (("import", {"sqlite": "sqlite3 .import", "postgres": "psql \\copy"}),
                          ("verify", {"sqlite": "sqlite3 SELECT … GROUP BY voucher_id", "postgres": "psql SELECT … GROUP BY voucher_id"}),
                          ("trial balance", {"sqlite": "sqlite3 SELECT … balance GROUP BY", "postgres": "psql SELECT … balance GROUP BY"})):
    for store in ("sqlite", "postgres"):
        figure, anchor = figures[f"{store} {step}"], figures[f"{store} anchor {step}"]
        ratio = figure["wall"] / anchor["wall"]
        print(f"| {step} | {store} | {fmt(figure['wall'])} | {fmt(figure['cpu'])} | {fmt(figure['server_cpu'])} | "
              f"{anchor_name[store]} {fmt(anchor['wall'])}, {fmt(anchor['cpu'])}, {fmt(anchor['server_cpu'])} | {ratio:.2f}× | "
              f"{figure['load'][0]:.2f}→{figure['load'][1]:.2f} |")
        entry = {"name": f"{step} ({store})", "seconds": round(figure["wall"], 4), "cpu_seconds": round(figure["cpu"], 4),
                 "anchor": anchor_name[store], "anchor_seconds": round(anchor["wall"], 4), "anchor_cpu_seconds": round(anchor["cpu"], 4),
                 "ratio": round(ratio, 4), "target": "beside SQLite (issue 15)", "load1_before": figure["load"][0], "load1_after": figure["load"][1]}
        if figure["server_cpu"] is not None: entry["server_cpu_seconds"] = round(figure["server_cpu"], 4)
        if anchor["server_cpu"] is not None: entry["anchor_server_cpu_seconds"] = round(anchor["server_cpu"], 4)
        if step == "import":
            entry["per_second"] = round(generated / figure["wall"])
            entry["unit"] = "vouchers"
            entry["peak_rss_mb"] = round(figure["rss_mb"])
        records.append(entry)
print(f"load average at the end: {load()}")
if not os.environ.get("GONGHUI_BENCH_NO_RESULTS"):
    commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    line = {"benchmark": "PostgresBesideSQLite", "commit": commit, "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "figures": records, "label": label, "load1": load()[0], "postings": rows, "size": str(generated), "binary": gonghui}
    with open(f"{here}/results/results.jsonl", "a") as f:
        f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"appended to {here}/results/results.jsonl")
