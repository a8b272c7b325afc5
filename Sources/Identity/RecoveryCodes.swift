import Crypto

/// Single-use recovery codes, for signing in when the authenticator app is lost. They look like
/// `k7m2p-x9q4r`: ten characters (about 49.5 bits) from an alphabet without look-alikes, in two
/// halves, so they can be read off paper and typed without confusion.
public enum RecoveryCodes {
    /// Lower-case letters and digits without 0, o, 1, l and i, which are easily confused.
    public static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")
    /// Characters in a code, not counting the hyphen.
    public static let length = 10

    /// `count` new codes. Production passes `SystemRandomNumberGenerator`.
    public static func generate(count: Int = 10, using generator: inout some RandomNumberGenerator) -> [String] {
        precondition(count >= 0, "A code count cannot be negative")
        return (0..<count).map { _ in
            let characters = (0..<length).map { _ in
                alphabet[RandomBytes.index(below: alphabet.count, using: &generator)]
            }
            return String(characters.prefix(length / 2)) + "-" + String(characters.suffix(length - length / 2))
        }
    }

    /// `input` as stored: lower case, without the spaces and hyphens people add or drop when typing.
    public static func normalise(_ input: String) -> String {
        String(input.lowercased().filter { !$0.isWhitespace && $0 != "-" })
    }

    /// The SHA-256 of the normalised code, in lower-case hex. Store this, never the code, and compare
    /// with `SecretToken.constantTimeEquals`. A fast hash is enough: the codes are random, not chosen.
    public static func hash(_ code: String) -> String {
        Hex.encode(SHA256.hash(data: Array(normalise(code).utf8)))
    }
}
