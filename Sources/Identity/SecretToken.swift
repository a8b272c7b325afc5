import Crypto

/// Random bearer secrets (password-reset links, invitations, session and API tokens) and the hash
/// under which the app stores them, so a leaked database holds nothing usable.
public enum SecretToken {
    /// A new token of `byteCount` random bytes as unpadded base64url: 43 characters for the default
    /// 32 bytes (256 bits). Production passes `SystemRandomNumberGenerator`.
    public static func generate(byteCount: Int = 32, using generator: inout some RandomNumberGenerator) -> String {
        Base64URL.encode(RandomBytes.bytes(count: byteCount, using: &generator))
    }

    /// The SHA-256 of the token's UTF-8, in lower-case hex. A fast hash is enough because tokens are
    /// random and long; a slow password hash would only add load.
    public static func hash(_ token: String) -> String {
        Hex.encode(SHA256.hash(data: Array(token.utf8)))
    }

    /// Whether `a` and `b` are the same, taking the same time wherever they differ, so comparing a
    /// submitted secret or hash with a stored one leaks nothing through timing. Only the lengths,
    /// which are public, can show.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        ConstantTime.equals(a.utf8, b.utf8)
    }
}
