/// The shape of Carepath API tokens: `cp_<prefix>_<secret>`.
///
/// The `cp_` tag lets secret scanners and people recognise a leaked token. The 8-character prefix is
/// not secret: the app stores it in plain text to find the token's row (and shows it in lists, so
/// people can tell tokens apart) and stores only `SecretToken.hash` of the 43-character secret.
public enum APITokenFormat {
    /// The tag every token starts with.
    public static let tag = "cp_"
    /// Characters in the lookup prefix, from `RecoveryCodes.alphabet` so it can be read aloud. With
    /// 31^8 (about 8.5 × 10^11) values, collisions among an organisation's tokens are negligible,
    /// and the app can still retry one on its unique index.
    public static let prefixLength = 8
    /// Characters in the secret: 32 random bytes as unpadded base64url.
    public static let secretLength = 43

    /// A new token and its lookup prefix. Production passes `SystemRandomNumberGenerator`.
    public static func make(using generator: inout some RandomNumberGenerator) -> (token: String, prefix: String) {
        let prefix = String(
            (0..<prefixLength).map { _ in
                RecoveryCodes.alphabet[RandomBytes.index(below: RecoveryCodes.alphabet.count, using: &generator)]
            }
        )
        let secret = SecretToken.generate(byteCount: 32, using: &generator)
        return (token: tag + prefix + "_" + secret, prefix: prefix)
    }

    /// The prefix and secret of `token`, or nil unless it has exactly the shape `make` produces.
    ///
    /// The secret may itself contain `_` and `-`, so the parts are found by position, not by
    /// splitting. A last secret character whose spare bits are not zero is refused too: no encoder
    /// writes one, so it can only be a typo or tampering.
    public static func parse(_ token: String) -> (prefix: String, secret: String)? {
        let bytes = Array(token.utf8)
        let tagBytes = Array(tag.utf8)
        let secretStart = tagBytes.count + prefixLength + 1
        guard bytes.count == secretStart + secretLength, bytes.starts(with: tagBytes),
            bytes[secretStart - 1] == UInt8(ascii: "_")
        else { return nil }
        let prefixBytes = bytes[tagBytes.count..<secretStart - 1]
        let secretBytes = bytes[secretStart...]
        let prefixAlphabet = Set(RecoveryCodes.alphabet.compactMap(\.asciiValue))
        guard prefixBytes.allSatisfy(prefixAlphabet.contains) else { return nil }
        let values = secretBytes.map(Base64URL.value(of:))
        // 43 symbols carry 258 bits for 256 bits of secret: the last symbol's low 2 bits are spare.
        guard values.allSatisfy({ $0 != nil }), let last = values.last ?? nil, last & 0b11 == 0 else { return nil }
        return (
            prefix: String(decoding: prefixBytes, as: UTF8.self),
            secret: String(decoding: secretBytes, as: UTF8.self)
        )
    }
}
