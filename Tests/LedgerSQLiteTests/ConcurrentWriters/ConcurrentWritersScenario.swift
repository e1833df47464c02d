import Foundation
import LedgerCore
import LedgerStore

/// Several clerks writing the same books at once, through nothing but the `BooksStore`/`Books`
/// protocols, so any backend can run it: the SQLite tests give it a factory that opens the file
/// again for each writer (its own connection, as another process would); a PostgreSQL test can
/// give one that connects to the server.
///
/// Each writer posts `vouchersPerWriter` vouchers, alternating between the organisations and the
/// months so that every (organisation, month) has writers racing for its next number, and mixing
/// the three ways in: a direct post, enter → review (by a second person) → post, and a small
/// import file of two vouchers.
struct ConcurrentWritersScenario: Sendable {
    var writers = 4
    var vouchersPerWriter = 500
    /// Organisation codes already in the store, each with the basic chart.
    var organisations = ["GH001", "GH002"]
    var months = ["2026-01", "2026-02"]
    /// Where the writers put their import files.
    var folder: URL

    static let rules = ApprovalRules(singleOperatorAllowed: false, signoffRequiredForExpenditure: true,
                                     collectiveDecisionThreshold: nil)

    /// What the writers were told: every voucher they wrote, and every error they met.
    struct Outcome: Sendable {
        var written: [Written] = []
        var errors: [String] = []
    }

    /// One voucher a writer was told is in the books: posted ones by id and number, imported ones
    /// by their key in the file (the import reports only counts).
    struct Written: Sendable {
        var organisation: String
        var id: Int64?
        var number: Int?
        var externalReference: String?
        var summary: String

        init(_ voucher: PostedVoucher) {
            organisation = voucher.organisation
            id = voucher.id
            number = voucher.number
            summary = voucher.summary
        }

        init(organisation: String, imported reference: String) {
            self.organisation = organisation
            externalReference = reference
            summary = "导入 \(reference)"
        }
    }

    /// Runs the writers, one thread each, all started together; returns once all have finished.
    /// - Parameter openStore: a new store (its own connection) for writer `index`.
    func run(openStore: @escaping @Sendable (_ index: Int) throws -> any BooksStore) -> Outcome {
        let collected = Collected()
        let start = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        for index in 0..<writers {
            group.enter()
            // Threads, not tasks: each writer blocks on the file's lock, and the cooperative pool
            // has only as many threads as cores.
            let thread = Thread {
                defer { group.leave() }
                start.wait()
                do {
                    let store = try openStore(index)
                    collected.add(try write(as: index, into: store))
                } catch {
                    collected.fail("writer \(index): \(error)")
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        for _ in 0..<writers { start.signal() }
        group.wait()
        return collected.outcome
    }

    /// One writer's work, in order; stops at the first error (the test then fails on it).
    func write(as index: Int, into store: any BooksStore) throws -> [Written] {
        let clerk = "clerk\(index)", reviewer = "reviewer\(index)"
        var posted: [Written] = []
        var step = 0
        while posted.count < vouchersPerWriter {
            let organisation = organisations[(index + step) % organisations.count]
            let month = months[(step / organisations.count) % months.count]
            let books = try store.books(for: organisation, user: clerk)
            let day = "\(month)-\(String(format: "%02d", 1 + (index * 7 + step) % 28))"
            let summary = "并发写入 w\(index) s\(step)"
            switch step % 3 {
            case 0:
                posted.append(Written(try books.post(try Self.income(day, summary: summary))))
            case 1:
                let entered = try books.enterVoucher(try Self.income(day, summary: summary), rules: Self.rules)
                _ = try store.books(for: organisation, user: reviewer).review(draftIDs: [entered.id], rules: Self.rules)
                posted += try books.postDrafts(ids: [entered.id], month: nil, rules: Self.rules).map(Written.init)
            default:
                let count = min(2, vouchersPerWriter - posted.count)
                let name = "w\(index)-s\(step).csv"
                let path = folder.appendingPathComponent(name).path
                try Data(Self.importFile(day: day, reference: "w\(index)s\(step)", count: count).utf8)
                    .write(to: URL(fileURLWithPath: path))
                guard case .imported(let vouchers, _) = try books.importVouchers(path: path, displayName: name), vouchers == count else {
                    throw ScenarioFailure(message: "\(name) did not import \(count) vouchers")
                }
                posted += (1...count).map { Written(organisation: organisation, imported: "w\(index)s\(step)-\($0)") }
            }
            step += 1
        }
        return posted
    }

    /// What the books must hold afterwards: per organisation and month the numbers 1…n with no gap
    /// or duplicate, every voucher a writer was told about among them, the total right, and
    /// `verify` clean. Returns the problems found (empty: all well).
    func problems(in store: any BooksStore, outcome: Outcome) throws -> [String] {
        var problems = outcome.errors
        var byID: [Int64: PostedVoucher] = [:]
        var byReference: [String: PostedVoucher] = [:]
        for organisation in organisations {
            let books = try store.books(for: organisation, user: "auditor")
            let vouchers = try books.vouchers(from: nil, to: nil)
            for month in months {
                let numbers = vouchers.filter { $0.date.description.hasPrefix(month) }.map(\.number).sorted()
                if numbers != Array(1...max(1, numbers.count)) || numbers.isEmpty {
                    problems.append("\(organisation) \(month): numbers are not 1…\(numbers.count): \(Self.gaps(numbers))")
                }
            }
            for voucher in vouchers {
                byID[voucher.id] = voucher
                if !voucher.externalReference.isEmpty { byReference["\(organisation)/\(voucher.externalReference)"] = voucher }
            }
        }
        let expected = writers * vouchersPerWriter
        if byID.count != expected { problems.append("\(byID.count) vouchers stored, \(expected) written") }
        if outcome.written.count != expected { problems.append("writers were told of \(outcome.written.count) vouchers, not \(expected)") }
        var seen = Set<Int64>()
        for voucher in outcome.written {
            let kept = voucher.id.flatMap { byID[$0] } ?? voucher.externalReference.flatMap { byReference["\(voucher.organisation)/\($0)"] }
            guard let kept, kept.organisation == voucher.organisation, kept.summary == voucher.summary else {
                problems.append("lost: \(voucher.organisation) \(voucher.summary)")
                continue
            }
            if !seen.insert(kept.id).inserted { problems.append("voucher \(kept.id) was given to two writers") }
            if let number = voucher.number, number != kept.number {
                problems.append("voucher \(kept.id) was told number \(number), holds \(kept.number)")
            }
        }
        let findings = try store.verify()
        if !findings.isEmpty { problems.append("verify: \(findings)") }
        return problems
    }

    /// 借 银行存款 贷 会费收入: revenue, so no sign-off is needed and no balance can go negative.
    static func income(_ day: String, summary: String, amount: Int64 = 1_000) throws -> VoucherDraft {
        VoucherDraft(date: try LocalDate(parsing: day), summary: summary, postings: [
            Posting(account: try AccountCode("102"), side: .debit, amount: Money(fen: amount)),
            Posting(account: try AccountCode("401"), side: .credit, amount: Money(fen: amount)),
        ])
    }

    /// A voucher file of `count` two-line vouchers, keyed `reference-N` so no two files share a key.
    static func importFile(day: String, reference: String, count: Int) -> String {
        var text = "日期,凭证号,科目编码,借方金额,贷方金额,摘要\n"
        for index in 1...count {
            text += "\(day),\(reference)-\(index),102,10.00,,导入 \(reference)-\(index)\n"
            text += "\(day),\(reference)-\(index),401,,10.00,导入 \(reference)-\(index)\n"
        }
        return text
    }

    /// The first few places where `numbers` departs from 1, 2, 3, …
    static func gaps(_ numbers: [Int]) -> String {
        var found: [String] = []
        for (index, number) in numbers.enumerated() where number != index + 1 {
            found.append("#\(index + 1) is \(number)")
            if found.count == 5 { break }
        }
        return found.joined(separator: ", ")
    }

    struct ScenarioFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The writers' results, gathered under a lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var collected = Outcome()
        func add(_ written: [Written]) { lock.withLock { collected.written += written } }
        func fail(_ message: String) { lock.withLock { collected.errors.append(message) } }
        var outcome: Outcome { lock.withLock { collected } }
    }
}
