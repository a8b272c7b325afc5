import Crypto
import Foundation

/// The key that seals secrets Carepath must be able to read back, such as two-factor secrets (and,
/// later, issuers' signing keys), so a copy of the database alone reveals none of them.
///
/// Set with `CAREPATH_MASTER_KEY` in production; like the person key it never reaches the
/// database or the logs.
public struct MasterKey: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    /// Whether this is the published development key, which must never protect real data.
    public let isDevelopment: Bool

    /// Reads 64 hexadecimal characters.
    public init?(hex: String) {
        guard let bytes = SecretHex.decode32(hex) else { return nil }
        self.bytes = bytes
        isDevelopment = false
    }

    private init(development bytes: [UInt8]) {
        self.bytes = bytes
        isDevelopment = true
    }

    /// A fixed key for development, demos and tests.
    public static let development = MasterKey(development: Array("carepath-development-master-key!".utf8))

    /// Never prints the key.
    public var description: String { isDevelopment ? "development key" : "set (hidden)" }

    /// A separate key for each purpose, so one purpose's ciphertext can never be opened as another's.
    func key(for purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: bytes), info: Data("carepath:\(purpose)".utf8), outputByteCount: 32)
    }
}

/// Seals and opens small secrets with ChaCha20-Poly1305 under a purpose's key.
struct SecretBox: Sendable {
    var masterKey: MasterKey
    var purpose: String

    func seal(_ plaintext: [UInt8]) throws -> Data {
        try ChaChaPoly.seal(plaintext, using: masterKey.key(for: purpose)).combined
    }

    func open(_ sealed: Data) throws -> [UInt8] {
        Array(try ChaChaPoly.open(ChaChaPoly.SealedBox(combined: sealed), using: masterKey.key(for: purpose)))
    }
}
