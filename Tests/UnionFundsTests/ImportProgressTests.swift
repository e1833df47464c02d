import Foundation
import LedgerCore
import LedgerStore
import Synchronization
import Testing
@testable import UnionMembers

/// Long imports that make no vouchers still tell the watcher how far they have got, so the CLI can
/// draw its progress line for a 20,000-member register as for a voucher file.
@Suite("import progress beyond vouchers")
struct ImportProgressTests {
    @Test("a member register of 9,000 rows reports at every 4,096 rows, counting rows only")
    func memberImportReports() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let rows = (1...9_000).map { "M\($0),会员\($0),,DW001,,2020-01-01,active,合同制,5000\n" }.joined()
        let seen = Mutex<[ImportProgress.Step]>([])
        try ImportProgress.scope.withValue({ step in seen.withLock { $0.append(step) } }) {
            try MembershipRuleTests.importMembers(file, rows)
        }
        #expect(seen.withLock { $0 } == [ImportProgress.Step(rows: 4_096, vouchers: 0), ImportProgress.Step(rows: 8_192, vouchers: 0)])
    }
}
