import Crypto
import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerStore

/// The journal's end as printed on every report: how many change-journal records, the last
/// record's hash (which covers the voucher chain's head), and the voucher chain's own head.
public struct JournalHead: Sendable, Equatable {
    public var records: Int64
    public var hash: String
    public var vouchers: Int64
    public var voucherHash: String

    /// The head as a report's footer prints it: `#count hash12`.
    public var short: String { "#\(records) \(hash.prefix(12))" }
}

/// A signed copy of the journal head (`gonghui seal`): an HMAC-SHA256, with a key the funds-review
/// committee keeps, of the record count, the head hash, the organisations and the time. With it,
/// `verify --seal` proves that nothing recorded before the seal changed, even though anyone can
/// recompute the chain itself.
public struct JournalSeal: Codable, Sendable, Equatable {
    public static let formatTag = "gonghui-seal-v1"
    public var format: String
    public var records: Int64
    public var head: String
    public var vouchers: Int64
    public var organisations: String
    public var at: String
    public var hmac: String

    /// The key from `GONGHUI_SEAL_KEY`: at least 32 bytes.
    public static func key(_ secret: String?) throws(SealError) -> SymmetricKey {
        guard let secret, !secret.isEmpty else { throw .sealKeyMustBeSet }
        guard secret.utf8.count >= 32 else { throw .sealKeyMustBeLongEnough(bytes: secret.utf8.count) }
        return SymmetricKey(data: Data(secret.utf8))
    }

    var signedText: String {
        [format, String(records), head, String(vouchers), organisations, at].joined(separator: "\n")
    }

    static func code(_ text: String, key: SymmetricKey) -> String {
        Hex.encode(Array(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)))
    }

    init(head: JournalHead, organisations: String, at: String, key: SymmetricKey) {
        format = Self.formatTag
        records = head.records
        self.head = head.hash
        vouchers = head.vouchers
        self.organisations = organisations
        self.at = at
        hmac = ""
        hmac = Self.code(signedText, key: key)
    }

    public func isAuthentic(key: SymmetricKey) -> Bool {
        format == Self.formatTag && HMAC<SHA256>.isValidAuthenticationCode(
            Self.bytes(hex: hmac), authenticating: Data(signedText.utf8), using: key)
    }

    /// Hex digits as bytes; empty (never authentic) when they are not hex.
    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return [] }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return [] }
            bytes.append(byte)
        }
        return bytes
    }

    /// The seal as its file holds it (JSON, one object).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func decode(_ data: Data, path: String) throws(SealError) -> JournalSeal {
        do { return try JSONDecoder().decode(JournalSeal.self, from: data) } catch {
            throw .sealMustBeReadable(path: path, reason: "not a gonghui seal")
        }
    }
}

extension LedgerDatabase {
    /// The change journal's head (and the voucher chain's).
    public func head() throws -> JournalHead {
        try read { db in
            let vouchers = try ChangeJournal.voucherHead(db)
            let last = try ChangeJournal.isInstalled(db) ? try ChangeJournal.lastRecord(db) : nil
            return JournalHead(records: last?.seq ?? 0, hash: JournalChain.hex(last?.hash ?? JournalChain.genesis),
                               vouchers: vouchers.count, voucherHash: JournalChain.hex(vouchers.hash))
        }
    }

    /// When the journal began with a baseline of rows older than it (books written before the
    /// change journal): its time and row count; nil for books journaled from the start.
    public func changeJournalBaseline() throws -> (at: String, rows: Int64)? {
        try read { db in
            guard try ChangeJournal.isInstalled(db),
                  let row = try Row.fetchOne(db, sql: "SELECT at, last_change_seq FROM change_commit WHERE seq = 1 AND kind = 'baseline'"),
                  (row["last_change_seq"] as Int64) > 0 else { return nil }
            return (row["at"], row["last_change_seq"])
        }
    }

    /// Seals the current head.
    public func seal(key: SymmetricKey) throws -> JournalSeal {
        let head = try head()
        let codes = try organisations().map(\.code).sorted().joined(separator: ",")
        return JournalSeal(head: head, organisations: codes, at: clock.now(), key: key)
    }

    /// What differs from a seal: its HMAC, and the record it names (present, with the sealed hash).
    /// `verify()` recomputes the chain up to it; together they prove nothing sealed changed.
    public func check(seal: JournalSeal, key: SymmetricKey) throws -> [VerifyFinding] {
        func finding(_ zh: String, _ en: String) -> VerifyFinding {
            VerifyFinding(kind: .sealMismatch, voucherID: nil, organisation: "", detail: VerifyDetail(zh, en))
        }
        guard seal.isAuthentic(key: key) else {
            return [finding("封存记录的 HMAC 不符：密钥不同，或封存记录被改动", "the seal's HMAC does not match: a different key, or the seal was edited")]
        }
        return try read { db in
            var findings: [VerifyFinding] = []
            let codes = try Organisation.fetchAll(db).map(\.code).sorted().joined(separator: ",")
            if codes != seal.organisations {
                findings.append(finding("单位 \(codes)，封存时为 \(seal.organisations)", "organisations \(codes), sealed \(seal.organisations)"))
            }
            guard seal.records > 0 else { return findings }
            let row = try ChangeJournal.isInstalled(db)
                ? try Row.fetchOne(db, sql: "SELECT hash, voucher_count FROM change_commit WHERE seq = ?", arguments: [seal.records]) : nil
            guard let row else {
                let last = try ChangeJournal.isInstalled(db) ? try ChangeJournal.lastRecord(db)?.seq ?? 0 : 0
                findings.append(finding("日记账有 \(last) 条记录，封存时有 \(seal.records) 条（封存于 \(LocalTime.shown(seal.at))）：记录被删除",
                                        "the journal holds \(last) records, the seal \(seal.records) (sealed \(seal.at)): records were removed"))
                return findings
            }
            let hash = JournalChain.hex(Array(row["hash"] as Data))
            if hash != seal.head {
                findings.append(finding("第 \(seal.records) 条记录：\(hash.prefix(12))…，封存时为 \(seal.head.prefix(12))…（封存于 \(LocalTime.shown(seal.at))）",
                                        "record \(seal.records): \(hash.prefix(12))…, sealed \(seal.head.prefix(12))… (sealed \(seal.at))"))
            }
            if (row["voucher_count"] as Int64) != seal.vouchers {
                findings.append(finding("第 \(seal.records) 条记录记有凭证 \(row["voucher_count"] as Int64) 张，封存时为 \(seal.vouchers) 张",
                                        "record \(seal.records) counts \(row["voucher_count"] as Int64) vouchers, sealed \(seal.vouchers)"))
            }
            return findings
        }
    }
}
