import Crypto

/// An Ed25519 private key, held as its 32-byte seed. Signatures are deterministic (RFC 8032), so a fixed
/// seed and message always give the same signature bytes; the golden JWTs rely on that.
public struct Ed25519SigningKey: Sendable {
    private let key: Curve25519.Signing.PrivateKey

    /// The key for a 32-byte seed (the RFC 8032 "secret key"). The application stores this, encrypted.
    public init(seed: some Collection<UInt8>) throws(KeyError) {
        let bytes = Array(seed)
        guard bytes.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
            throw .wrongLength(expected: 32, actual: bytes.count)
        }
        self.key = key
    }

    /// A new key from 32 bytes of the injected generator; production passes `SystemRandomNumberGenerator`.
    public static func generate(using generator: inout some RandomNumberGenerator) -> Ed25519SigningKey {
        var seed: [UInt8] = []
        while seed.count < 32 {
            withUnsafeBytes(of: generator.next().littleEndian) { seed.append(contentsOf: $0) }
        }
        // 32 bytes always make a valid seed.
        return try! Ed25519SigningKey(seed: seed)
    }

    /// The 32-byte seed, for encrypted storage or export. Never log it.
    public var seed: [UInt8] { Array(key.rawRepresentation) }

    /// The matching public key.
    public var publicKey: Ed25519PublicKey { Ed25519PublicKey(key: key.publicKey) }

    /// The 64-byte Ed25519 signature of `message`.
    public func signature(for message: some Collection<UInt8>) -> [UInt8] {
        // Signing only fails if the underlying library cannot allocate, which is not recoverable here.
        Array(try! key.signature(for: Array(message)))
    }

    /// The private JWK (RFC 8037), with `d`, for a holder taking their key to another wallet.
    public var privateJWK: JSONObject {
        var jwk = publicKey.jwk
        jwk["d"] = .string(Base64URL.encode(seed))
        return jwk
    }
}
