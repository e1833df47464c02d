import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// What the posting path looks up while it posts: the accounts that may take postings, and
/// the vouchers an import brought before.
extension PostingSession {
    /// The account with this code, if it may take postings.
    /// - Throws: `.accountMustExist`, `.accountMustBeLeaf`, `.accountMustBeOpen`.
    func postableAccount(_ code: AccountCode) throws(LedgerError) -> StoredAccount {
        accountTable.accounts[try postableAccountEntry(code)]
    }

    /// Where the account with this code is in `accountTable`, if it may take postings.
    /// - Throws: `.accountMustExist`, `.accountMustBeLeaf`, `.accountMustBeOpen`.
    func postableAccountEntry(_ code: AccountCode) throws(LedgerError) -> Int {
        guard let entry = accountTable.entry(code) else { throw .accountMustExist(code: code.rawValue) }
        if accountTable.isPostable[entry] { return entry }
        guard accountTable.accounts[entry].isLeaf else { throw .accountMustBeLeaf(code: code.rawValue) }
        throw .accountMustBeOpen(code: code.rawValue)
    }

    /// The postable account whose code is these bytes, or `nil` when the bytes are not a plain
    /// code of a postable account (the caller then takes the checked path for the exact error).
    func postableAccount(bytes: UnsafeBufferPointer<UInt8>) -> AccountCode? {
        guard let packed = AccountCode.packedDigits(of: bytes), let entry = accountTable.entry(packed: packed),
              accountTable.isPostable[entry] else { return nil }
        return accountTable.accounts[entry].account.code
    }

    /// Where a voucher with this key was imported before in this month, if it was and has not
    /// been reversed since. Loaded a month at a time, on first use.
    func previousImport(ordinal: Int, reference: String) throws -> String? {
        // A file runs month by month: the month looked at last is kept at hand (two look-ups by
        // month a voucher otherwise), and a month without earlier imports answers at once.
        if let last = lastImportedReferences, last.ordinal == ordinal {
            return last.references.isEmpty ? nil : last.references[reference]
        }
        if importedReferences[ordinal] == nil {
            var references: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT v.external_ref, v.source FROM voucher_as_posted v
                WHERE v.org_id = ? AND v.ordinal = ? AND v.import_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM voucher r WHERE r.reverses_id = v.id)
                """, arguments: [organisation.id, ordinal]) {
                references[row[0]] = row[1]
            }
            importedReferences[ordinal] = references
        }
        let references = importedReferences[ordinal] ?? [:]
        lastImportedReferences = (ordinal, references)
        return references[reference]
    }

    /// The line (of its file) on which this import's voucher with this key began, from its
    /// `source` ("file:line", as `voucher_as_posted` gives it; only the line is read). Only for
    /// the message of a repeated key, which refuses the import:
    /// the first call indexes the vouchers by key inside the transaction, so even a file repeated
    /// whole costs one index build, not a scan per repeat. `finish()` drops the index should the
    /// session ever commit after one.
    func importedLine(importID: Int64, ordinal: Int, reference: String) throws -> Int? {
        try flushRows()
        if !hasRepeatLookupIndex {
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(Self.repeatLookupIndex) ON voucher(import_id, ordinal, external_ref)")
            hasRepeatLookupIndex = true
        }
        let source = try String.fetchOne(db, sql: """
            SELECT source FROM voucher_as_posted WHERE import_id = ? AND ordinal = ? AND external_ref = ? ORDER BY id LIMIT 1
            """, arguments: [importID, ordinal, reference])
        return source.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) }
    }
}
