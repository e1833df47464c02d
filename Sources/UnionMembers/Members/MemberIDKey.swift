import Crypto
import Foundation
import LedgerCore

/// The secret that national IDs are hashed with (HMAC-SHA256), so the register can tell that a
/// re-imported row is the same person without keeping the number.
///
/// Where the key lives is a trade-off (README, "National IDs"):
/// - **In the file** (the default): a random 256-bit key made when the first member is imported.
///   Nothing to manage, and re-imports always match; but whoever holds the file holds the key, and
///   with the mask's region and last four digits a birth date is found in about 40,000 tries, so
///   against the file's holder the hash hides little. It keeps IDs out of every output and out of
///   anything copied from the register.
/// - **From the environment** (`GONGHUI_ID_KEY`, set before the first import): the file keeps only
///   a fingerprint of the key. A stolen file then reveals no ID; but the key must be kept safe and
///   supplied to every import, and if it is lost, re-imports no longer match earlier rows.
public struct MemberIDKey: Sendable {
    /// The HMAC with the key already absorbed: each ID's hash starts from a copy of it (the digests
    /// copy on write), not from the key schedule again (≈ a quarter of a member row's checks).
    private let keyed: HMAC<SHA256>

    init(key: SymmetricKey) {
        keyed = HMAC<SHA256>(key: key)
    }

    /// The fingerprint stored for a key: its HMAC of a fixed text.
    static func fingerprint(_ key: SymmetricKey) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data("gonghui member id key".utf8), using: key))
    }

    /// The file's key, made (and recorded) on first use.
    /// - Parameter secret: `GONGHUI_ID_KEY`, if set. Used when the file has no key yet, and then
    ///   required on every later import; ignored when the file keeps its own key.
    /// - Throws: `MembershipError.idKeyMustMatchFile` when the file was set up with an outside key
    ///   and `secret` is missing or different; `.idKeyMustBeLongEnough` when `secret` has fewer than 32 bytes.
    static func load(_ transaction: any MemberTransaction, secret: String?) throws -> MemberIDKey {
        // A short key is guessed: refused like the seal key (`GONGHUI_SEAL_KEY`).
        if let secret, !secret.isEmpty, secret.utf8.count < 32 {
            throw MembershipError.idKeyMustBeLongEnough(source: "GONGHUI_ID_KEY", bytes: secret.utf8.count)
        }
        if let stored = try transaction.idKeyRecord() {
            return try key(for: stored, secret: secret)
        }
        let (record, key) = newKey(secret: secret)
        try transaction.insertIDKeyRecord(record)
        return key
    }

    /// A file's first key: the outside one when `secret` is given (only its fingerprint is
    /// recorded), else a random 256-bit key recorded in the file.
    static func newKey(secret: String?) -> (record: MemberIDKeyRecord, key: MemberIDKey) {
        let outside = outsideKey(secret)
        let key = outside ?? SymmetricKey(size: .bits256)
        let storedSecret: Data? = outside == nil ? key.withUnsafeBytes { Data($0) } : nil
        let record = MemberIDKeyRecord(source: outside == nil ? .file : .environment, secret: storedSecret, fingerprint: fingerprint(key))
        return (record, MemberIDKey(key: key))
    }

    /// The key a stored record stands for: its own secret, or the outside key when that matches the fingerprint.
    /// - Throws: `MembershipError.idKeyMustMatchFile`.
    static func key(for stored: MemberIDKeyRecord, secret: String?) throws(MembershipError) -> MemberIDKey {
        if let secret = stored.secret { return MemberIDKey(key: SymmetricKey(data: secret)) }
        guard let outside = outsideKey(secret), fingerprint(outside) == stored.fingerprint else {
            throw .idKeyMustMatchFile(source: "GONGHUI_ID_KEY")
        }
        return MemberIDKey(key: outside)
    }

    /// The key `GONGHUI_ID_KEY` stands for (its SHA-256); nil when unset or empty.
    private static func outsideKey(_ secret: String?) -> SymmetricKey? {
        secret.flatMap { $0.isEmpty ? nil : SymmetricKey(data: SHA256.hash(data: Data($0.utf8))) }
    }

    /// The keyed hash of a checked ID (always of its 18-character form).
    func hash(_ id: NationalID) -> Data {
        var mac = keyed
        mac.update(data: Data(id.normalised.utf8))
        return Data(mac.finalize())
    }
}
