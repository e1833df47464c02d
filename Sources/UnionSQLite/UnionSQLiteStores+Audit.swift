import LedgerStore
import UnionAudit

extension UnionSQLiteStores {
    /// The findings register (runs, findings and their 整改 status, audited persons' comments).
    public var findingsRegister: any FindingsRegister { SQLiteFindingsRegister(database: database) }

    /// The period's vouchers read in bulk.
    public var auditJournal: any AuditJournal { SQLiteAuditJournal(database: database) }

    /// When each voucher was posted.
    public var postingTrail: any PostingTrail { SQLitePostingTrail(database: database) }
}
