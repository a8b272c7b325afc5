/// Why bytes or text are not a usable Ed25519 key.
public enum KeyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A seed or public key of the wrong length; Ed25519 uses 32 bytes for both.
    case wrongLength(expected: Int, actual: Int)
    /// A JWK that is not an Ed25519 `OKP` public key; the associated text says what is wrong.
    case unsupportedJWK(String)
    /// A JWK that carries the private part `d`, which must never be published.
    case privateKeyInJWK
    /// A multibase value that is not `z` + base58btc.
    case invalidMultibase
    /// A multicodec prefix other than ed25519-pub (0xed 0x01).
    case unsupportedMulticodec

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .wrongLength(let expected, let actual): "an Ed25519 key has \(expected) bytes, not \(actual)"
        case .unsupportedJWK(let detail): "unsupported JWK: \(detail)"
        case .privateKeyInJWK: "the JWK contains a private key"
        case .invalidMultibase: "the key is not multibase base58btc"
        case .unsupportedMulticodec: "the key is not an Ed25519 public key (multicodec 0xed01)"
        }
    }
}
