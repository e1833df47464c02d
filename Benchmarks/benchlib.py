"""Shared pieces of the PostgreSQL-beside-SQLite benchmarks (issue 15): one child process timed
(wall, its own CPU and peak RSS from os.wait4, the PostgreSQL backends' CPU sampled from /proc,
the load average before and after), the server's URL taken apart for psql, a scratch database
made and dropped, the table and the JSON line in BenchReport's layout.

Used by postgres-beside-sqlite.py, federation-postgres.py and consolidated-postgres.py."""
import datetime, json, os, subprocess, sys, threading, time, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TICKS = os.sysconf("SC_CLK_TCK")
ENVIRONMENT = dict(os.environ, GONGHUI_USER="bench")


def load():
    """The 1-, 5- and 15-minute load averages."""
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


class Server:
    """The PostgreSQL server of SERVER_URL (postgres://USER@localhost/DB?host=SOCKET_DIR&port=PORT,
    as .build/pg-url has it), and the databases a run makes on it."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        query = urllib.parse.parse_qs(parsed.query)
        self.socket_dir = query.get("host", ["/tmp"])[0]
        self.port = query.get("port", ["5432"])[0]
        self.user = parsed.username or "postgres"
        self.made = []

    def url(self, database):
        return f"postgres://{self.user}@localhost/{database}?host={self.socket_dir}&port={self.port}"

    def psql(self, database):
        """psql's arguments for `database`: quiet, unaligned, stops at the first error."""
        return ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                f"host={self.socket_dir} port={self.port} user={self.user} dbname={database}"]

    def create(self, *databases):
        for database in databases:
            subprocess.run(self.psql("postgres") + ["-c", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)",
                                                    "-c", f"CREATE DATABASE {database}"], check=True)
            self.made.append(database)

    def drop_all(self):
        for database in self.made:
            subprocess.run(self.psql("postgres") + ["-c", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"])
        self.made = []


class BackendCPU:
    """CPU seconds of the server processes serving `database`, sampled every 20 ms while a step
    runs (utime + stime of each backend at its last sample; a backend's last < 20 ms may be missed)."""

    def __init__(self, database):
        self.database, self.seen, self.running = database.encode(), {}, True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self):
        while self.running:
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        command = f.read()
                    # "postgres: USER DB [local] idle": the database is a whole word.
                    if not command.startswith(b"postgres: ") or self.database not in command.split():
                        continue
                    with open(f"/proc/{pid}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    self.seen[pid] = (int(fields[11]) + int(fields[12])) / TICKS
                except OSError:
                    pass
            time.sleep(0.02)

    def stop(self):
        self.running = False
        self.thread.join()
        return sum(self.seen.values())


def timed(arguments, database=None, stdin_path=None, stdout_path=None, check=True):
    """Runs one child and returns wall seconds, the child's CPU (user + system) and peak RSS (MB)
    from os.wait4 — this child only —, the CPU of the backends serving `database`, the load
    average before and after, and the exit status. Exits the benchmark on failure when `check`."""
    before = load()
    monitor = BackendCPU(database) if database else None
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    errors_path = f"/tmp/benchlib-stderr-{os.getpid()}"
    with open(errors_path, "wb") as errors:
        start = time.monotonic()
        child = subprocess.Popen(arguments, stdin=stdin, stdout=stdout, stderr=errors, env=ENVIRONMENT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    for handle in (stdin, stdout):
        if handle is not subprocess.DEVNULL:
            handle.close()
    server_cpu = monitor.stop() if monitor else None
    with open(errors_path, "rb") as f:
        message = f.read().decode(errors="replace")
    os.remove(errors_path)
    result = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
              "server_cpu": server_cpu, "load": [before[0], load()[0]], "exit": child.returncode, "stderr": message}
    if check and child.returncode != 0:
        sys.exit(f"{' '.join(arguments[:5])}… failed ({child.returncode}): {message[-2000:]}")
    return result


def summed(results):
    """Several timed children as one figure: walls, CPUs and server CPUs added, the peak RSS the
    largest, the load before the first and after the last."""
    servers = [r["server_cpu"] for r in results if r["server_cpu"] is not None]
    return {"wall": sum(r["wall"] for r in results), "cpu": sum(r["cpu"] for r in results),
            "rss_mb": max(r["rss_mb"] for r in results), "server_cpu": sum(servers) if servers else None,
            "load": [results[0]["load"][0], results[-1]["load"][1]], "exit": max(r["exit"] for r in results),
            "stderr": ""}


def fmt(seconds):
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 0.1 else f"{seconds:.2f} s"


def total_cpu(figure):
    return figure["cpu"] + (figure["server_cpu"] or 0)


class Report:
    """The rows of one run: each figure beside its anchor, printed as a table and appended as one
    JSON line to results/results.jsonl (benchmark, commit, date, figures, label, load1, size)."""

    def __init__(self, benchmark, size, label, binary):
        self.benchmark, self.size, self.label, self.binary = benchmark, size, label, binary
        self.records, self.lines = [], []

    def add(self, step, store, figure, anchor_name=None, anchor=None, rate=None, extra=None):
        ratio = figure["wall"] / anchor["wall"] if anchor else None
        cpu_ratio = total_cpu(figure) / total_cpu(anchor) if anchor and total_cpu(anchor) > 0 else None
        anchor_text = f"{anchor_name} {fmt(anchor['wall'])}, {fmt(anchor['cpu'])}, {fmt(anchor['server_cpu'])}" if anchor else "—"
        self.lines.append(f"| {step} | {store} | {fmt(figure['wall'])} | {fmt(figure['cpu'])} | {fmt(figure['server_cpu'])} | "
                          f"{figure['rss_mb']:.0f} MB | {anchor_text} | {f'{ratio:.2f}×' if ratio else '—'} | "
                          f"{f'{cpu_ratio:.2f}×' if cpu_ratio else '—'} | {figure['load'][0]:.2f}→{figure['load'][1]:.2f} |")
        entry = {"name": f"{step} ({store})", "seconds": round(figure["wall"], 4), "cpu_seconds": round(figure["cpu"], 4),
                 "peak_rss_mb": round(figure["rss_mb"]), "target": "beside SQLite (issue 15)",
                 "load1_before": figure["load"][0], "load1_after": figure["load"][1]}
        if figure["server_cpu"] is not None:
            entry["server_cpu_seconds"] = round(figure["server_cpu"], 4)
        if anchor:
            entry.update({"anchor": anchor_name, "anchor_seconds": round(anchor["wall"], 4),
                          "anchor_cpu_seconds": round(anchor["cpu"], 4), "ratio": round(ratio, 4)})
            if cpu_ratio:
                entry["cpu_ratio"] = round(cpu_ratio, 4)
            if anchor["server_cpu"] is not None:
                entry["anchor_server_cpu_seconds"] = round(anchor["server_cpu"], 4)
        if rate:
            count, unit = rate
            entry["per_second"] = round(count / figure["wall"])
            entry["unit"] = unit
        if extra:
            entry.update(extra)
        self.records.append(entry)

    def print_table(self):
        print("\n| step | store | wall | CPU (gonghui) | server CPU | peak RSS | anchor (same run): wall, CPU, server CPU "
              "| ratio (wall) | ratio (CPU, client + server) | load before→after |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for line in self.lines:
            print(line)
        print(f"load average at the end: {load()}")

    def append(self, extra=None):
        if os.environ.get("GONGHUI_BENCH_NO_RESULTS"):
            return
        commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        line = {"benchmark": self.benchmark, "commit": commit,
                "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "figures": self.records, "label": self.label, "load1": load()[0], "size": str(self.size), "binary": self.binary}
        if extra:
            line.update(extra)
        with open(f"{HERE}/results/results.jsonl", "a") as f:
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"appended to {HERE}/results/results.jsonl")
