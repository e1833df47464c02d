import Crypto
import Foundation

/// SHA-256 of stored documents (policies, imported files), as lowercase hex.
public enum ContentDigest {
    public static func sha256Hex(_ data: Data) -> String {
        Hex.encode(Array(SHA256.hash(data: data)))
    }
}
