import Foundation
import Testing

/// Issue 15, item 2 on SQLite, end to end: four `gonghui` processes at a time writing the same
/// file (voucher add → review → post, and small imports), for two organisations and two months.
/// Every (organisation, month) ends with vouchers numbered 1…n, none lost, and `verify` clean.
///
/// 4 writers × 50 vouchers here (about 270 processes); the library test
/// (`ConcurrentWritersTests`, LedgerSQLiteTests) runs 4 × 500 on threads.
@Suite("several gonghui processes writing one book")
struct ConcurrentWritersCLITests {
    static let writers = 4
    static let vouchersPerWriter = 50
    static let organisations = ["GH001", "GH002"]
    static let months = ["2026-01", "2026-02"]

    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks(code: "GH001")
        try sandbox.initBooks(code: "GH002", name: "第二测试工会")
    }

    @Test("4 processes at a time × 50 vouchers: numbers 1…n per organisation and month, total right, verify clean")
    func fourProcesses() throws {
        let failures = Failures()
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        let folder = sandbox.url   // Sandbox is not Sendable; the writers need only its folder
        for index in 0..<Self.writers {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                start.wait()
                do {
                    try Self.write(as: index, in: folder)
                } catch {
                    failures.add("writer \(index): \(error)")
                }
            }
            thread.start()
        }
        for _ in 0..<Self.writers { start.signal() }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all.prefix(5))")

        var total = 0
        for organisation in Self.organisations {
            let listed = try sandbox.onBooks("voucher", "list", "--org", organisation, "--format", "csv")
            listed.expectSuccess()
            for month in Self.months {
                let numbers = Self.numbers(in: listed.stdout, month: month)
                #expect(!numbers.isEmpty && numbers == Array(1...max(1, numbers.count)),
                        "\(organisation) \(month): \(numbers)")
                total += numbers.count
            }
        }
        #expect(total == Self.writers * Self.vouchersPerWriter)
        let verified = try sandbox.onBooks("verify")
        #expect(verified.exitCode == 0, "\(verified)")
    }

    /// One clerk's commands, one after another; the other clerks run theirs at the same time.
    static func write(as index: Int, in folder: URL) throws {
        func run(_ arguments: [String], environment: [String: String]) throws -> CLIResult {
            try CLI.run(arguments, in: folder, environment: environment)
        }
        var written = 0, step = 0
        let clerk = ["GONGHUI_USER": "clerk\(index)"]
        while written < vouchersPerWriter {
            let organisation = organisations[(index + step) % organisations.count]
            let month = months[(step / organisations.count) % months.count]
            let day = "\(month)-\(String(format: "%02d", 1 + (index * 7 + step) % 28))"
            if step % 2 == 0 {
                let added = try run(["voucher", "add", "--date", day, "--summary", "并发 w\(index) s\(step)",
                                             "--line", "102:借:10.00", "--line", "401:贷:10.00",
                                             "--org", organisation, "--db", Sandbox.books], environment: clerk)
                guard added.exitCode == 0, let draft = draftNumber(in: added.stdout) else { throw Refused(step: "add", result: added) }
                let reviewed = try run(["voucher", "review", draft, "--org", organisation, "--db", Sandbox.books],
                                               environment: ["GONGHUI_USER": "reviewer\(index)"])
                guard reviewed.exitCode == 0 else { throw Refused(step: "review", result: reviewed) }
                let posted = try run(["voucher", "post", draft, "--org", organisation, "--db", Sandbox.books], environment: clerk)
                guard posted.exitCode == 0, posted.stdout.contains("已记账") else { throw Refused(step: "post", result: posted) }
                written += 1
            } else {
                let count = min(2, vouchersPerWriter - written)
                let name = "w\(index)-s\(step).csv"
                var text = "日期,凭证号,科目编码,借方金额,贷方金额,摘要\n"
                for voucher in 1...count {
                    text += "\(day),w\(index)s\(step)-\(voucher),102,5.00,,导入\n\(day),w\(index)s\(step)-\(voucher),401,,5.00,导入\n"
                }
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
                let imported = try run(["voucher", "import", name, "--org", organisation, "--db", Sandbox.books], environment: clerk)
                guard imported.exitCode == 0 else { throw Refused(step: "import", result: imported) }
                written += count
            }
            step += 1
        }
    }

    /// "已填制：草稿 12，…" → "12".
    static func draftNumber(in output: String) -> String? {
        guard let range = output.range(of: #"草稿 (\d+)"#, options: .regularExpression) else { return nil }
        return String(output[range].dropFirst(3))
    }

    /// The numbers of the labels 记-YYYY-MM-NNN of one month in a voucher listing, in order.
    static func numbers(in listing: String, month: String) -> [Int] {
        let prefix = "记-\(month)-"
        // CSV lines end in CRLF, one Character in Swift: split on any line break.
        return listing.split(whereSeparator: \.isNewline).compactMap { line -> Int? in
            guard let range = line.range(of: prefix) else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }.sorted()
    }

    struct Refused: Error, CustomStringConvertible {
        var step: String
        var result: CLIResult
        var description: String { "\(step): \(result)" }
    }

    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func add(_ message: String) { lock.withLock { messages.append(message) } }
        var all: [String] { lock.withLock { messages } }
    }
}
