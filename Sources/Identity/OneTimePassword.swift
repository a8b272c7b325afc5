/// HMAC-based one-time passwords (HOTP, RFC 4226): the code for a counter value. `TOTP` builds on it
/// with the time as the counter.
public struct OneTimePassword: Sendable, Equatable, CustomStringConvertible {
    /// The shared secret, as raw bytes (not base32).
    public let secret: [UInt8]
    /// The HMAC hash.
    public let algorithm: OTPAlgorithm
    /// How many decimal digits a code has: 6 or 8.
    public let digits: Int

    /// A generator for `secret`. `digits` must be 6 or 8, the lengths authenticator apps show, and the
    /// secret must not be empty; anything else is a programming error and stops the program.
    public init(secret: [UInt8], algorithm: OTPAlgorithm = .sha1, digits: Int = 6) {
        precondition(!secret.isEmpty, "A one-time-password secret cannot be empty")
        precondition(digits == 6 || digits == 8, "One-time passwords have 6 or 8 digits, not \(digits)")
        self.secret = secret
        self.algorithm = algorithm
        self.digits = digits
    }

    /// The code for `counter`, zero-padded to `digits`.
    public func code(counter: UInt64) -> String {
        let message = withUnsafeBytes(of: counter.bigEndian) { Array($0) }
        let mac = algorithm.authenticationCode(for: message, key: secret)
        // RFC 4226 section 5.3, dynamic truncation: the last nibble picks where to read 31 bits from.
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let truncated =
            UInt32(mac[offset] & 0x7F) << 24
            | UInt32(mac[offset + 1]) << 16
            | UInt32(mac[offset + 2]) << 8
            | UInt32(mac[offset + 3])
        let modulus: UInt32 = digits == 6 ? 1_000_000 : 100_000_000
        let number = String(truncated % modulus)
        return String(repeating: "0", count: digits - number.count) + number
    }

    /// Leaves the secret out, so a generator that reaches a log or an error message does not leak it.
    public var description: String {
        "OneTimePassword(algorithm: \(algorithm.rawValue), digits: \(digits), secret: redacted)"
    }
}
