import BenchReport
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore
import UnionSQLite

// Usage: FederationBench UNITS [WORK_DIR] [REPO_ROOT]
// A county federation with UNITS units (all channels) and 12 months of payroll declarations:
// times org import, payroll import, allocate for each month, and arrears as of year end, in process,
// each beside its anchor from the same run: `sqlite3 .import` of the same file for the imports, a
// plain `SELECT … GROUP BY` over the rows the step reads for allocate and arrears. With REPO_ROOT
// (default `..` from Benchmarks/), a JSON line is appended to results/results.jsonl.
let arguments = CommandLine.arguments
guard arguments.count >= 2, let unitCount = Int(arguments[1]), unitCount > 0 else {
    print("usage: FederationBench UNITS [WORK_DIR]")
    exit(2)
}
let work = arguments.count > 2 ? arguments[2] : NSTemporaryDirectory() + "gonghui-federation-bench"
let root = arguments.count > 3 ? arguments[3] : ".."
try? FileManager.default.removeItem(atPath: work)
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

func seconds(_ start: ContinuousClock.Instant) -> Double { seconds(since: start) }
func write(_ name: String, _ lines: (inout String) -> Void) throws -> String {
    var text = ""
    lines(&text)
    let path = work + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

let channels = ["self", "self", "self", "tax-40", "tax-full", "fiscal", "prep", "self"]
let unitFile = try write("units.csv") { text in
    text.reserveCapacity(unitCount * 48)
    text += "code,name,kind,parent,channel\n"
    for index in 0..<unitCount { text += "U\(index),单位\(index)工会,enterprise,XF,\(channels[index % channels.count])\n" }
}
let payrollFile = try write("payroll.csv") { text in
    text.reserveCapacity(unitCount * 12 * 40)
    text += "unit_code,unit_name,month,headcount,wage_total\n"
    for month in 1...12 {
        let monthText = month < 10 ? "2026-0\(month)" : "2026-\(month)"
        for index in 0..<unitCount {
            let fen = 5_000_000 + (index * 7_919 + month * 104_729) % 90_000_000
            text += "U\(index),,\(monthText),\(10 + index % 500),\(fen / 100).\(fen % 100 < 10 ? "0" : "")\(fen % 100)\n"
        }
    }
}

let database = try UnionSchema.createBooks(at: work + "/federation.sqlite", clock: .system)
let stores = UnionSQLiteStores(database: database)
_ = try stores.addOrganisation(NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation",
                                                 firstPeriod: try YearMonth(year: 2026, month: 1)),
                                 chart: try ChartProfile(.federation2021).accounts, user: "bench", policy: nil)
let policy = try AllocationPolicy.builtinDefault
let total = ContinuousClock.now

var started = ContinuousClock.now
var cpuStarted = processCPUSeconds()
_ = try UnitImport(store: stores.allocation, user: "bench").importFile(
    path: unitFile, displayName: "units.csv", channels: try policy.channelTerms(on: try LocalDate(year: 2026, month: 1, day: 1)))
let unitSeconds = seconds(started)
let unitCPU = processCPUSeconds() - cpuStarted

started = ContinuousClock.now
cpuStarted = processCPUSeconds()
_ = try PayrollRegister(store: stores.allocation, user: "bench").importFile(path: payrollFile, displayName: "payroll.csv")
let payrollSeconds = seconds(started)
let payrollCPU = processCPUSeconds() - cpuStarted

started = ContinuousClock.now
cpuStarted = processCPUSeconds()
var vouchers = 0
let allocator = PayrollAllocator(store: stores.allocation, user: "bench", policy: policy)
var monthSeconds: [String] = []
for month in 1...12 {
    let monthStart = ContinuousClock.now
    vouchers += try allocator.allocate(month: try YearMonth(year: 2026, month: month)).vouchers.values.reduce(0, +)
    monthSeconds.append(String(format: "%.2f", seconds(monthStart)))
}
let allocateSeconds = seconds(started)
let allocateCPU = processCPUSeconds() - cpuStarted

started = ContinuousClock.now
cpuStarted = processCPUSeconds()
let summary = try ArrearsLedger(store: stores.allocation, user: "bench", policy: policy).arrears(asOf: try LocalDate(year: 2026, month: 12, day: 31))
let arrearsSeconds = seconds(started)
let arrearsCPU = processCPUSeconds() - cpuStarted
let totalSeconds = seconds(total)

print("units \(unitCount), declarations \(unitCount * 12), vouchers \(vouchers)")
print("allocate by month: \(monthSeconds.joined(separator: " ")) s")
print(String(format: "arrears: %d units, outstanding %@", summary.units.count, summary.outstanding.formatted()))

// The anchors, after the timed steps (so they do not warm the caches for them).
let rawPath = work + "/raw.sqlite"
let rawUnits = try runProgram("/usr/bin/sqlite3", [rawPath, "-cmd", ".mode csv", ".import \(unitFile) units"]).seconds
let rawPayroll = try runProgram("/usr/bin/sqlite3", [rawPath, "-cmd", ".mode csv", ".import \(payrollFile) payroll"]).seconds
let plain = try DatabaseQueue(path: work + "/federation.sqlite")
func timed(_ sql: String) throws -> Double {
    let start = ContinuousClock.now
    try plain.read { db in try Row.fetchCursor(db, sql: sql).forEach { _ in } }
    return seconds(start)
}
let declarationsByMonth = try timed("""
    SELECT d.month, o.channel, COUNT(*), SUM(d.wage_total_fen) FROM payroll_declaration d
    JOIN organisation o ON o.id = d.unit_id GROUP BY d.month, o.channel
    """)
let allocationsByUnit = try timed("SELECT unit_id, SUM(receivable_fen) FROM allocation GROUP BY unit_id")
let declarations = Double(unitCount * 12)
let year = payrollSeconds + allocateSeconds + arrearsSeconds + unitSeconds
var report = BenchReport(benchmark: "FederationBench", size: String(unitCount), root: root)
report.add("org import (\(unitCount) units)", seconds: unitSeconds, rate: (Double(unitCount) / unitSeconds, "units"),
           anchor: ("sqlite3 .import", rawUnits), target: "(within the year)", cpu: unitCPU)
report.add("payroll import", seconds: payrollSeconds, rate: (declarations / payrollSeconds, "declarations"),
           anchor: ("sqlite3 .import", rawPayroll), target: "≥ 600,000 declarations/s", met: declarations / payrollSeconds >= 600_000, cpu: payrollCPU)
report.add("allocate ×12", seconds: allocateSeconds, rate: (declarations / allocateSeconds, "declarations"),
           anchor: ("SELECT … declarations GROUP BY month, channel", declarationsByMonth), target: "(within the year)", cpu: allocateCPU)
report.add("arrears at year end", seconds: arrearsSeconds, anchor: ("SELECT … allocation GROUP BY unit_id", allocationsByUnit),
           target: "(within the year)", cpu: arrearsCPU)
report.add("the year: org + payroll import, allocate ×12, arrears", seconds: year,
           anchor: ("the anchors above, summed", rawUnits + rawPayroll + declarationsByMonth + allocationsByUnit),
           target: "≤ 3 s at 50,000 units", met: unitCount >= 50_000 ? year <= 3 : nil,
           cpu: unitCPU + payrollCPU + allocateCPU + arrearsCPU)
report.printTable()
if arguments.count > 3 { report.append() }
