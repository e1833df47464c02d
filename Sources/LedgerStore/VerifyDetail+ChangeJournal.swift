import LedgerCore

/// The words of the change journal's findings, one place for both stores' verify.
extension VerifyDetail {
    public static func journalRecordMissing(expected: Int64, next: Int64) -> VerifyDetail {
        VerifyDetail("缺少第 \(expected) 条记录（下一条是第 \(next) 条）", "record \(expected) is missing (next is \(next))")
    }

    public static func journalRecordBroken(seq: Int64, at: String, recomputed: [UInt8], stored: [UInt8]) -> VerifyDetail {
        let hashes = VerifyDetail.hashes(recomputed: recomputed, stored: stored)
        return VerifyDetail("第 \(seq) 条记录（\(LocalTime.shown(at))）：\(hashes.zh)", "record \(seq) (\(at)): \(hashes.en)")
    }

    public static func journalVoucherLink(record: Int64, count: Int64, link: [UInt8], recorded: [UInt8]) -> VerifyDetail {
        let link = JournalChain.hex(link).prefix(12), kept = JournalChain.hex(recorded).prefix(12)
        return VerifyDetail("第 \(record) 条记录：第 \(count) 张凭证的链接 \(link)… ≠ 记录的 \(kept)…",
                            "record \(record): voucher \(count)'s link \(link)… ≠ recorded \(kept)…")
    }

    public static func journalCountsPastEnd(record: Int64, count: Int64, vouchers: Int64) -> VerifyDetail {
        VerifyDetail("第 \(record) 条记录记有凭证 \(count) 张；日记账实有 \(vouchers) 张",
                     "record \(record) counts \(count) vouchers; the journal holds \(vouchers)")
    }

    public static func journalLastRecordBehind(record: Int64, count: Int64, vouchers: Int64) -> VerifyDetail {
        VerifyDetail("最后一条记录（第 \(record) 条）记有凭证 \(count) 张；日记账实有 \(vouchers) 张",
                     "the last record (\(record)) counts \(count) vouchers; the journal holds \(vouchers)")
    }

    public static func journalTableGone(_ table: String) -> VerifyDetail {
        VerifyDetail("\(table) 表：此表已不存在", "\(table): the table is gone")
    }

    public static func journalTableNotCovered(_ table: String) -> VerifyDetail {
        VerifyDetail("\(table) 表：变更日记账不涵盖此表", "\(table): a table the journal does not cover")
    }

    public static func journalColumnsChanged(_ table: String) -> VerifyDetail {
        VerifyDetail("\(table) 表：表的列在数据库迁移之外被改动", "\(table): its columns changed outside a migration")
    }

    public static func viewChanged(_ view: String) -> VerifyDetail {
        VerifyDetail("\(view) 视图：定义在数据库迁移之外被改动或删除，经它读出的凭证内容不可信",
                     "\(view): the view was changed or dropped outside a migration; vouchers read through it cannot be trusted")
    }

    public static func journalTriggersMissing(_ table: String) -> VerifyDetail {
        VerifyDetail("\(table) 表：缺少其变更日记账触发器", "\(table): its journal triggers are missing")
    }

    /// The first row of `table` that differs from its latest image (`journaled`: nil when no
    /// record has the row; `present`: nil when the row is gone), and how many differ.
    public static func journalRowDiffers(table: String, key: String, journaled: String?, present: String?, differing: Int64) -> VerifyDetail {
        let first: VerifyDetail
        switch (journaled, present) {
        case (let journaled?, let present?):
            first = VerifyDetail("\(key) 被改动：现为 \(present.prefix(160))，日记账中为 \(journaled.prefix(160))",
                                 "\(key) edited: now \(present.prefix(160)), journal \(journaled.prefix(160))")
        case (nil, _):
            first = VerifyDetail("\(key) 未经变更日记账记录而插入", "\(key) inserted without a journal record")
        case (let journaled?, nil):
            first = VerifyDetail("\(key) 被删除：日记账中为 \(journaled.prefix(160))", "\(key) deleted: journal \(journaled.prefix(160))")
        }
        return VerifyDetail("\(table) 表 \(first.zh)\(differing > 1 ? "（共 \(differing) 条记录不符）" : "")",
                            "\(table) \(first.en)\(differing > 1 ? " (\(differing) records differ)" : "")")
    }
}
