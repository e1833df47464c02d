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
    private let key: SymmetricKey

    /// The fingerprint stored for a key: its HMAC of a fixed text.
    static func fingerprint(_ key: SymmetricKey) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data("gonghui member id key".utf8), using: key))
    }

    /// The file's key, made (and recorded) on first use.
    /// - Parameter secret: `GONGHUI_ID_KEY`, if set. Used when the file has no key yet, and then
    ///   required on every later import; ignored when the file keeps its own key.
    /// - Throws: `MembershipError.idKeyMustMatchFile` when the file was set up with an outside key
    ///   and `secret` is missing or different.
    static func load(_ transaction: any MemberTransaction, secret: String?) throws -> MemberIDKey {
        let outside = secret.flatMap { $0.isEmpty ? nil : SymmetricKey(data: SHA256.hash(data: Data($0.utf8))) }
        if let stored = try transaction.idKeyRecord() {
            return try key(for: stored, outside: outside)
        }
        let key = outside ?? SymmetricKey(size: .bits256)
        let storedSecret: Data? = outside == nil ? key.withUnsafeBytes { Data($0) } : nil
        try transaction.insertIDKeyRecord(MemberIDKeyRecord(source: outside == nil ? .file : .environment, secret: storedSecret,
                                                            fingerprint: fingerprint(key)))
        return MemberIDKey(key: key)
    }

    /// The key a stored record stands for: its own secret, or the outside key when it matches the fingerprint.
    /// - Throws: `MembershipError.idKeyMustMatchFile`.
    static func key(for stored: MemberIDKeyRecord, outside: SymmetricKey?) throws(MembershipError) -> MemberIDKey {
        if let secret = stored.secret { return MemberIDKey(key: SymmetricKey(data: secret)) }
        guard let outside, fingerprint(outside) == stored.fingerprint else {
            throw .idKeyMustMatchFile(source: "GONGHUI_ID_KEY")
        }
        return MemberIDKey(key: outside)
    }

    /// The keyed hash of a checked ID (always of its 18-character form).
    func hash(_ id: NationalID) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(id.normalised.utf8), using: key))
    }
}
