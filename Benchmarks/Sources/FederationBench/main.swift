import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore
import UnionSQLite

// Usage: FederationBench UNITS [WORK_DIR]
// A county federation with UNITS units (all channels) and 12 months of payroll declarations:
// times org import, payroll import, allocate for each month, and arrears as of year end, in process.
let arguments = CommandLine.arguments
guard arguments.count >= 2, let unitCount = Int(arguments[1]), unitCount > 0 else {
    print("usage: FederationBench UNITS [WORK_DIR]")
    exit(2)
}
let work = arguments.count > 2 ? arguments[2] : NSTemporaryDirectory() + "gonghui-federation-bench"
try? FileManager.default.removeItem(atPath: work)
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

func seconds(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
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
_ = try UnitImport(store: stores.allocation, user: "bench").importFile(
    path: unitFile, displayName: "units.csv", channels: try policy.channelTerms(on: try LocalDate(year: 2026, month: 1, day: 1)))
let unitSeconds = seconds(started)

started = ContinuousClock.now
_ = try PayrollRegister(store: stores.allocation, user: "bench").importFile(path: payrollFile, displayName: "payroll.csv")
let payrollSeconds = seconds(started)

started = ContinuousClock.now
var vouchers = 0
let allocator = PayrollAllocator(store: stores.allocation, user: "bench", policy: policy)
var monthSeconds: [String] = []
for month in 1...12 {
    let monthStart = ContinuousClock.now
    vouchers += try allocator.allocate(month: try YearMonth(year: 2026, month: month)).vouchers.values.reduce(0, +)
    monthSeconds.append(String(format: "%.2f", seconds(monthStart)))
}
let allocateSeconds = seconds(started)

started = ContinuousClock.now
let summary = try ArrearsLedger(store: stores.allocation, user: "bench", policy: policy).arrears(asOf: try LocalDate(year: 2026, month: 12, day: 31))
let arrearsSeconds = seconds(started)
let totalSeconds = seconds(total)

print("units \(unitCount), declarations \(unitCount * 12), vouchers \(vouchers)")
print(String(format: "org import     %.2f s", unitSeconds))
print(String(format: "payroll import %.2f s", payrollSeconds))
print(String(format: "allocate ×12   %.2f s", allocateSeconds) + " (by month: \(monthSeconds.joined(separator: " ")))")
print(String(format: "arrears        %.2f s (%d units, outstanding %@)", arrearsSeconds, summary.units.count, summary.outstanding.formatted()))
print(String(format: "total          %.2f s (target ≤ 10 s for payroll import + allocate + arrears: %.2f s)",
             totalSeconds, payrollSeconds + allocateSeconds + arrearsSeconds))
