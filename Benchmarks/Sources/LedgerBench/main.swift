import BenchReport
import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore

// Usage: LedgerBench VOUCHERS GONGHUI_BINARY REPO_ROOT [WORK_DIR] [ROUNDS]
// Generates VOUCHERS vouchers (≈2.88 postings each) as the import CSV, then times, each beside its
// anchor from the same run (BenchReport prints the table and appends a JSON line to results/):
//   - `gonghui voucher import` (the release binary, end to end, with its peak memory) against
//     `sqlite3 .import` of the same file, interleaved ROUNDS times (default 2), best of each,
//   - the trial balance over the year, in process (no process start), against a plain
//     `SELECT … GROUP BY` of the same balance rows,
//   - `verify`, in process, against a plain `SELECT … GROUP BY voucher_id` over every posting.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let voucherCount = Int(arguments[1]) else {
    print("usage: LedgerBench VOUCHERS GONGHUI_BINARY REPO_ROOT [WORK_DIR]")
    exit(2)
}
let gonghui = arguments[2]
let root = arguments[3]
let work = arguments.count > 4 ? arguments[4] : NSTemporaryDirectory() + "gonghui-bench"
let rounds = arguments.count > 5 ? max(Int(arguments[5]) ?? 2, 1) : 2
try? FileManager.default.removeItem(atPath: work)
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
let csvPath = work + "/vouchers.csv"
let databasePath = work + "/bench.sqlite"

func seconds(_ start: ContinuousClock.Instant) -> Double { seconds(since: start) }

// 1. Generate the file: vouchers spread over 2026, two to four postings each.
let chartText = try String(contentsOfFile: root + "/ledgers/charts/grassroots-basic.csv", encoding: .utf8)
let chart = try ChartFile.parse(chartText, fileName: "grassroots-basic.csv")
let leaves = chart.filter { account in !chart.contains { $0.code.parent == account.code } }.map(\.code.rawValue)
var generated = ContinuousClock.now
var postingCount = 0
do {
    guard let handle = FileHandle(forWritingAtPath: { FileManager.default.createFile(atPath: csvPath, contents: nil); return csvPath }()) else {
        fatalError("cannot write \(csvPath)")
    }
    var buffer = "date,voucher,account,debit,credit,summary\n"
    var random = SystemRandomNumberGenerator()
    let perMonth = (voucherCount + 11) / 12
    var written = 0
    for month in 1...12 {
        let inMonth = min(perMonth, voucherCount - written)
        for index in 0..<max(inMonth, 0) {
            let day = 1 + index * 28 / max(inMonth, 1)
            let date = "2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            let key = "记-\(index + 1)"
            let roll = Int.random(in: 0..<100, using: &random)
            let lines = roll < 40 ? 2 : roll < 72 ? 3 : 4
            let amount = Int64.random(in: 100...10_000_000, using: &random)
            let parts = try Money(fen: amount).allocated(by: Array(repeating: 1, count: lines - 1))
            let debitAccount = leaves[Int.random(in: 0..<leaves.count, using: &random)]
            buffer += "\(date),\(key),\(debitAccount),\(Money(fen: amount).plainString),,发生额 \(index)\n"
            for part in parts {
                let account = leaves[Int.random(in: 0..<leaves.count, using: &random)]
                buffer += "\(date),\(key),\(account),,\(part.plainString),发生额 \(index)\n"
            }
            postingCount += lines
            if buffer.utf8.count > 1 << 20 { handle.write(Data(buffer.utf8)); buffer = "" }
        }
        written += max(inMonth, 0)
    }
    handle.write(Data(buffer.utf8))
    try handle.close()
}
let fileSize = (try FileManager.default.attributesOfItem(atPath: csvPath)[.size] as? Int) ?? 0
print("generated \(voucherCount) vouchers, \(postingCount) postings, \(fileSize / 1_000_000) MB in \(String(format: "%.1f", seconds(generated))) s")

// 2. Books with the built-in chart, through the CLI.
/// Wall time, exit status, peak RSS and CPU time (user + system) of one child process. On a
/// shared machine the CPU time is the steadier figure: wall time there mostly measures the queue.
func run(_ executable: String, _ args: [String]) throws -> (seconds: Double, status: Int32, maxRSSKB: Int, cpu: Double) {
    func childCPU() -> (Double, Int) {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return (cpu, usage.ru_maxrss)
    }
    let before = childCPU().0
    let (elapsed, status) = try runProgram(executable, args)
    // The largest child so far: run the command to be measured before any larger one.
    let (after, maxRSS) = childCPU()
    return (elapsed, status, maxRSS, after - before)
}
// Opening balances large enough that the random postings never take 库存现金 or 银行存款 below
// zero, which the posting path refuses (CashBalanceCheck); the check still runs on every voucher.
let openingPath = work + "/opening.csv"
try Data("科目编码,期末余额\n101,100000000000.00\n102,100000000000.00\n331,200000000000.00\n".utf8)
    .write(to: URL(fileURLWithPath: openingPath))
var report = BenchReport(benchmark: "LedgerBench", size: String(voucherCount), root: root)

// 3. The import and its anchor, interleaved: fresh books and a fresh raw file each round.
var importTimes: [Double] = [], rawTimes: [Double] = [], importCPU: [Double] = [], rawCPU: [Double] = []
var importRun = (seconds: 0.0, status: Int32(0), maxRSSKB: 0, cpu: 0.0)
let rawPath = work + "/raw.sqlite"
for round in 1...rounds {
    try? FileManager.default.removeItem(atPath: databasePath)
    try? FileManager.default.removeItem(atPath: rawPath)
    _ = try run(gonghui, ["init", "--db", databasePath, "--org-code", "BENCH", "--org-name", "基准测试工会", "--kind", "enterprise",
                          "--start", "2026-01", "--chart", root + "/ledgers/charts/grassroots-basic.csv", "--opening", openingPath])
    importRun = try run(gonghui, ["voucher", "import", csvPath, "--db", databasePath])
    importTimes.append(importRun.seconds)
    importCPU.append(importRun.cpu)
    // The same file through sqlite3's own CSV import (no checks, no chain, no indexes): the floor.
    let rawRun = try run("/usr/bin/sqlite3", [rawPath, "-cmd", ".mode csv", ".import \(csvPath) t"])
    rawTimes.append(rawRun.seconds)
    rawCPU.append(rawRun.cpu)
    print(String(format: "round %d: gonghui voucher import %.2f s (CPU %.2f s, exit %d, peak RSS %d MB), sqlite3 .import %.2f s (CPU %.2f s) → %.2f× wall, %.2f× CPU",
                 round, importRun.seconds, importRun.cpu, importRun.status, importRun.maxRSSKB / 1024, rawRun.seconds, rawRun.cpu,
                 importRun.seconds / rawRun.seconds, importRun.cpu / rawRun.cpu))
}
let importBest = importTimes.min() ?? 0, rawBest = rawTimes.min() ?? 0
report.add("voucher import (best of \(rounds))", seconds: importBest, rate: (Double(voucherCount) / importBest, "vouchers"),
           anchor: ("sqlite3 .import", rawBest), target: "≤ 1.5× anchor, ≥ 250,000 vouchers/s",
           met: importBest <= 1.5 * rawBest && Double(voucherCount) / importBest >= 250_000)
let importCPUBest = importCPU.min() ?? 0, rawCPUBest = rawCPU.min() ?? 0
report.add("voucher import, CPU time (best of \(rounds))", seconds: importCPUBest, rate: (Double(voucherCount) / importCPUBest, "vouchers"),
           anchor: ("sqlite3 .import CPU time", rawCPUBest), target: "≤ 1.5× anchor", met: importCPUBest <= 1.5 * rawCPUBest)
report.extra["postings"] = postingCount
report.extra["peak_rss_mb"] = importRun.maxRSSKB / 1024
report.extra["import_exit"] = Int(importRun.status)
report.extra["import_rounds_s"] = importTimes
report.extra["sqlite3_import_rounds_s"] = rawTimes
report.extra["import_rounds_cpu_s"] = importCPU
report.extra["sqlite3_import_rounds_cpu_s"] = rawCPU

// 4. Trial balance in process, from the maintained balances; the anchor sums the same balance
// rows with one plain GROUP BY (what the report cannot go below).
let database = try LedgerDatabase.open(at: databasePath)
let books = try database.books(for: "BENCH", user: "bench")
let january = try YearMonth(year: 2026, month: 1), december = try YearMonth(year: 2026, month: 12)
func median(_ body: () throws -> Void) rethrows -> Double {
    var timings: [Double] = []
    for _ in 0..<50 {
        let start = ContinuousClock.now
        try body()
        timings.append(seconds(start))
    }
    return timings.sorted()[timings.count / 2]
}
var balanced = true
let trialBalance = try median { balanced = try books.trialBalance(from: january, to: december).isBalanced && balanced }
let plain = try DatabaseQueue(path: databasePath)
let groupBy = try plain.read { db in
    try median {
        _ = try Row.fetchAll(db, sql: """
            SELECT account_id, SUM(debit_fen), SUM(credit_fen) FROM balance
            WHERE ordinal BETWEEN ? AND ? GROUP BY account_id
            """, arguments: [january.ordinal, december.ordinal])
    }
}
report.add("trial balance in process (median of 50)\(balanced ? "" : " NOT BALANCED")", seconds: trialBalance,
           anchor: ("SELECT … FROM balance GROUP BY account_id", groupBy), target: "≤ 10 ms", met: trialBalance <= 0.010 && balanced)
let cliBalance = try run(gonghui, ["report", "trial-balance", "--db", databasePath, "--from", "2026-01", "--to", "2026-12"])
print(String(format: "gonghui report trial-balance (with process start): %.0f ms", cliBalance.seconds * 1000))

// 5. verify: every hash and balance recomputed; the anchor reads every posting once, grouped by voucher.
let verifyStart = ContinuousClock.now, verifyCPUStart = processCPUSeconds()
let findings = try database.verify()
let verifySeconds = seconds(verifyStart), verifyCPU = processCPUSeconds() - verifyCPUStart
let scanStart = ContinuousClock.now
_ = try plain.read { db in
    try Row.fetchCursor(db, sql: "SELECT voucher_id, COUNT(*), SUM(amount_fen) FROM posting GROUP BY voucher_id").forEach { _ in }
}
let scanSeconds = seconds(scanStart)
let verifyTarget = 2.0 * Double(voucherCount) / 1_000_000
report.add("verify in process (\(findings.count) findings)", seconds: verifySeconds, rate: (Double(voucherCount) / verifySeconds, "vouchers"),
           anchor: ("SELECT … FROM posting GROUP BY voucher_id", scanSeconds),
           target: String(format: "≤ %.2f s (2 s per 1M vouchers)", verifyTarget), met: verifySeconds <= verifyTarget && findings.isEmpty,
           cpu: verifyCPU)
report.printTable()
report.append()
