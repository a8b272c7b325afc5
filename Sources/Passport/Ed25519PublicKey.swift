import Crypto

/// An Ed25519 public key (RFC 8032): what DID documents, trust lists and `did:key` carry, and what
/// checks signatures.
public struct Ed25519PublicKey: Sendable, Hashable {
    /// The 32-byte encoded point.
    public let rawBytes: [UInt8]
    private let key: Curve25519.Signing.PublicKey

    /// A key from its 32 raw bytes.
    public init(rawBytes: some Collection<UInt8>) throws(KeyError) {
        let bytes = Array(rawBytes)
        guard bytes.count == 32 else { throw .wrongLength(expected: 32, actual: bytes.count) }
        // Any 32 bytes are accepted here; a point that does not decode simply fails every verification.
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else {
            throw .wrongLength(expected: 32, actual: bytes.count)
        }
        self.rawBytes = bytes
        self.key = key
    }

    init(key: Curve25519.Signing.PublicKey) {
        self.key = key
        rawBytes = Array(key.rawRepresentation)
    }

    /// Whether `signature` is this key's Ed25519 signature of `message`. Wrong-length signatures fail.
    public func isValidSignature(_ signature: some Collection<UInt8>, for message: some Collection<UInt8>) -> Bool {
        guard signature.count == 64 else { return false }
        return key.isValidSignature(Array(signature), for: Array(message))
    }

    /// Keys are equal when their encoded bytes are.
    public static func == (left: Ed25519PublicKey, right: Ed25519PublicKey) -> Bool {
        left.rawBytes == right.rawBytes
    }

    /// Hashes the encoded bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawBytes)
    }
}
