import Foundation
import LedgerCore
import Testing
@testable import Reporting

@Suite("progress line")
struct ProgressTextTests {
    @Test("nothing in the first second, then at most ten lines a second, numbers grouped")
    func timing() {
        var progress = ProgressText(language: .zh, started: 100)
        #expect(progress.line(vouchers: 10, rows: 20, now: 100.5) == nil)
        #expect(!progress.hasDrawn)
        #expect(progress.line(vouchers: 120_000, rows: 1_000_000, now: 101.0) == "已导入 120,000 张凭证（第 1,000,000 行）…")
        #expect(progress.hasDrawn)
        #expect(progress.line(vouchers: 120_001, rows: 1_000_002, now: 101.05) == nil)
        #expect(progress.line(vouchers: 130_000, rows: 1_100_000, now: 101.2) != nil)
    }

    @Test("English")
    func english() {
        #expect(ProgressText.text(vouchers: 1_234_567, rows: 999, language: .en) == "imported 1,234,567 vouchers (line 999)…")
    }

    @Test("imports that make no vouchers (payroll, members) and allocation count rows")
    func rowsOnly() {
        #expect(ProgressText.text(vouchers: 0, rows: 600_000, language: .zh) == "已处理 600,000 行…")
        #expect(ProgressText.text(vouchers: 0, rows: 4_096, language: .en) == "4,096 rows processed…")
    }
}
