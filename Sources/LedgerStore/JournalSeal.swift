import Crypto
import Foundation
import InputFiles
import LedgerCore

/// The journal's end as printed on every report: how many change-journal records, the last
/// record's hash (which covers the voucher chain's head), and the voucher chain's own head.
public struct JournalHead: Sendable, Equatable {
    public var records: Int64
    public var hash: String
    public var vouchers: Int64
    public var voucherHash: String

    public init(records: Int64, hash: String, vouchers: Int64, voucherHash: String) {
        self.records = records
        self.hash = hash
        self.vouchers = vouchers
        self.voucherHash = voucherHash
    }

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

    public init(head: JournalHead, organisations: String, at: String, key: SymmetricKey) {
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


extension JournalSeal {
    /// What differs from this seal in books whose organisations are `organisations` (codes, sorted,
    /// comma-joined), whose change journal holds `lastRecord` records, and whose record `records`
    /// is `sealedRecord` now (nil when it is gone). The chain itself is recomputed by `verify`;
    /// together they prove nothing sealed changed.
    public func findings(key: SymmetricKey, organisations codes: String, lastRecord: Int64,
                         sealedRecord: (hash: String, vouchers: Int64)?) -> [VerifyFinding] {
        func finding(_ zh: String, _ en: String) -> VerifyFinding {
            VerifyFinding(kind: .sealMismatch, voucherID: nil, organisation: "", detail: VerifyDetail(zh, en))
        }
        guard isAuthentic(key: key) else {
            return [finding("封存记录的 HMAC 不符：密钥不同，或封存记录被改动", "the seal's HMAC does not match: a different key, or the seal was edited")]
        }
        var findings: [VerifyFinding] = []
        if codes != organisations {
            findings.append(finding("单位 \(codes)，封存时为 \(organisations)", "organisations \(codes), sealed \(organisations)"))
        }
        guard records > 0 else { return findings }
        guard let sealedRecord else {
            findings.append(finding("日记账有 \(lastRecord) 条记录，封存时有 \(records) 条（封存于 \(LocalTime.shown(at))）：记录被删除",
                                    "the journal holds \(lastRecord) records, the seal \(records) (sealed \(at)): records were removed"))
            return findings
        }
        if sealedRecord.hash != head {
            findings.append(finding("第 \(records) 条记录：\(sealedRecord.hash.prefix(12))…，封存时为 \(head.prefix(12))…（封存于 \(LocalTime.shown(at))）",
                                    "record \(records): \(sealedRecord.hash.prefix(12))…, sealed \(head.prefix(12))… (sealed \(at))"))
        }
        if sealedRecord.vouchers != vouchers {
            findings.append(finding("第 \(records) 条记录记有凭证 \(sealedRecord.vouchers) 张，封存时为 \(vouchers) 张",
                                    "record \(records) counts \(sealedRecord.vouchers) vouchers, sealed \(vouchers)"))
        }
        return findings
    }
}

/// Books whose every state table is kept in a change journal, with a head that can be sealed:
/// the SQLite file and the PostgreSQL database alike.
public protocol JournaledStore: BooksStore {
    /// The change journal's head (and the voucher chain's).
    func head() throws -> JournalHead
    /// When the journal began with a baseline of rows older than it: its time and row count.
    func changeJournalBaseline() throws -> (at: String, rows: Int64)?
    /// Seals the current head.
    func seal(key: SymmetricKey) throws -> JournalSeal
    /// What differs from a seal.
    func check(seal: JournalSeal, key: SymmetricKey) throws -> [VerifyFinding]
}
