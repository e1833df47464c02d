import Foundation
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore

// Usage: LedgerBench VOUCHERS GONGHUI_BINARY REPO_ROOT [WORK_DIR]
// Generates VOUCHERS vouchers (≈2.88 postings each) as the import CSV, then times:
//   - `gonghui voucher import` (the release binary, end to end, with its peak memory),
//   - `sqlite3 .import` of the same file, for the ratio,
//   - the trial balance over the year, in process (no process start),
//   - `verify`, in process.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let voucherCount = Int(arguments[1]) else {
    print("usage: LedgerBench VOUCHERS GONGHUI_BINARY REPO_ROOT [WORK_DIR]")
    exit(2)
}
let gonghui = arguments[2]
let root = arguments[3]
let work = arguments.count > 4 ? arguments[4] : NSTemporaryDirectory() + "gonghui-bench"
try? FileManager.default.removeItem(atPath: work)
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
let csvPath = work + "/vouchers.csv"
let databasePath = work + "/bench.sqlite"

func seconds(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

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
func run(_ executable: String, _ args: [String], environment: [String: String] = [:]) throws -> (seconds: Double, status: Int32, maxRSSKB: Int) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = args
    process.standardOutput = FileHandle.nullDevice
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let start = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    let elapsed = seconds(start)
    // The largest child so far: run the command to be measured before any larger one.
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return (elapsed, process.terminationStatus, usage.ru_maxrss)
}
// Opening balances large enough that the random postings never take 库存现金 or 银行存款 below
// zero, which the posting path refuses (CashBalanceCheck); the check still runs on every voucher.
let openingPath = work + "/opening.csv"
try Data("科目编码,期末余额\n101,100000000000.00\n102,100000000000.00\n331,200000000000.00\n".utf8)
    .write(to: URL(fileURLWithPath: openingPath))
_ = try run(gonghui, ["init", "--db", databasePath, "--org-code", "BENCH", "--org-name", "基准测试工会", "--kind", "enterprise",
                      "--start", "2026-01", "--chart", root + "/ledgers/charts/grassroots-basic.csv", "--opening", openingPath])

let importRun = try run(gonghui, ["voucher", "import", csvPath, "--db", databasePath])
print(String(format: "gonghui voucher import: %.2f s, %.0f vouchers/s, %.0f postings/s, peak RSS %d MB, exit %d",
             importRun.seconds, Double(voucherCount) / importRun.seconds, Double(postingCount) / importRun.seconds,
             importRun.maxRSSKB / 1024, importRun.status))

// 3. The same file through sqlite3's own CSV import (no checks, no chain): the floor.
let rawPath = work + "/raw.sqlite"
let rawRun = try run("/usr/bin/sqlite3", [rawPath, "-cmd", ".mode csv", ".import \(csvPath) t"])
print(String(format: "sqlite3 .import: %.2f s → ratio %.2f×", rawRun.seconds, importRun.seconds / rawRun.seconds))

// 4. Trial balance in process, from the maintained balances.
let database = try LedgerDatabase.open(at: databasePath)
let books = try database.books(for: "BENCH", user: "bench")
let january = try YearMonth(year: 2026, month: 1), december = try YearMonth(year: 2026, month: 12)
var timings: [Double] = []
var balanced = true
for _ in 0..<50 {
    let start = ContinuousClock.now
    let balance = try books.trialBalance(from: january, to: december)
    timings.append(seconds(start))
    balanced = balanced && balance.isBalanced
}
timings.sort()
print(String(format: "trial balance (in process): median %.2f ms, max %.2f ms, balanced %@",
             timings[timings.count / 2] * 1000, timings.last! * 1000, balanced ? "yes" : "NO"))
let cliBalance = try run(gonghui, ["report", "trial-balance", "--db", databasePath, "--from", "2026-01", "--to", "2026-12"])
print(String(format: "gonghui report trial-balance (with process start): %.0f ms", cliBalance.seconds * 1000))

// 5. verify: every hash and balance recomputed.
let verifyStart = ContinuousClock.now
let findings = try database.verify()
print(String(format: "verify: %.2f s, %d findings", seconds(verifyStart), findings.count))
