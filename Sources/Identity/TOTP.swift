import Foundation

/// Time-based one-time passwords (TOTP, RFC 6238), as shown by authenticator apps: the HOTP code for
/// the number of `period`-second steps since 1970.
public struct TOTP: Sendable, Equatable, CustomStringConvertible {
    private let generator: OneTimePassword
    /// Seconds per step.
    public let period: Int

    /// The shared secret, as raw bytes.
    public var secret: [UInt8] { generator.secret }
    /// The HMAC hash.
    public var algorithm: OTPAlgorithm { generator.algorithm }
    /// How many digits a code has: 6 or 8.
    public var digits: Int { generator.digits }

    /// The widest `window` that `verify` takes. Each extra step accepts one more guessable code, and a
    /// clock more than five minutes out should be fixed rather than tolerated.
    public static let maximumWindow = 10

    /// A TOTP for `secret`. `digits` must be 6 or 8 and `period` positive; the secret must not be empty.
    public init(secret: [UInt8], algorithm: OTPAlgorithm = .sha1, digits: Int = 6, period: Int = 30) {
        precondition(period > 0, "A TOTP period must be positive, not \(period)")
        generator = OneTimePassword(secret: secret, algorithm: algorithm, digits: digits)
        self.period = period
    }

    /// A new random secret of 20 bytes (160 bits), the length RFC 4226 recommends for HMAC-SHA-1.
    /// Production passes `SystemRandomNumberGenerator`.
    public static func generateSecret(using generator: inout some RandomNumberGenerator) -> [UInt8] {
        RandomBytes.bytes(count: 20, using: &generator)
    }

    /// The time step that `date` falls in. Times before 1970 count as step 0.
    public func step(at date: Date) -> UInt64 {
        let steps = (date.timeIntervalSince1970 / Double(period)).rounded(.down)
        // `!(steps > 0)` also catches NaN, which would otherwise trap in the conversion.
        guard steps > 0 else { return 0 }
        return steps < Double(UInt64.max) ? UInt64(steps) : UInt64.max
    }

    /// The code shown at `date`.
    public func code(at date: Date) -> String {
        code(step: step(at: date))
    }

    /// The code for time step `step`.
    public func code(step: UInt64) -> String {
        generator.code(counter: step)
    }

    /// The time step whose code is `code`, or nil if none matches.
    ///
    /// - Parameters:
    ///   - code: what the person typed. Surrounding whitespace and one space inside (apps show
    ///     "123 456") are allowed; anything else that is not exactly `digits` ASCII digits fails.
    ///   - date: now, as the server sees it.
    ///   - window: how many steps either side of now also count, for clock drift and slow typing;
    ///     0 through `maximumWindow`.
    ///   - lastUsedStep: the step returned by the last successful verification for this secret. Codes
    ///     for that step or earlier are refused, so a code seen over someone's shoulder or replayed
    ///     from a log cannot be used again. Store the returned step as the new `lastUsedStep`.
    /// - Returns: the matched step. When several match (rare), the latest, so storing it refuses the
    ///   others too.
    public func verify(_ code: String, at date: Date, window: Int = 1, lastUsedStep: UInt64?) -> UInt64? {
        precondition((0...Self.maximumWindow).contains(window), "A TOTP window must be 0 to \(Self.maximumWindow)")
        guard let submitted = Self.normalisedDigits(code, count: digits) else { return nil }
        let current = step(at: date)
        let reach = UInt64(window)
        let earliest = current >= reach ? current - reach : 0
        let latest = current <= UInt64.max - reach ? current + reach : UInt64.max
        var matched: UInt64?
        for candidate in earliest...latest {
            if let lastUsedStep, candidate <= lastUsedStep {
                continue
            }
            // Every candidate is compared in full, whichever matches, so timing shows nothing about
            // the expected codes.
            if ConstantTime.equals(Array(self.code(step: candidate).utf8), submitted) {
                matched = candidate
            }
        }
        return matched
    }

    /// The ASCII digits of `code` once the allowed spaces are removed, or nil if it is malformed.
    private static func normalisedDigits(_ code: String, count: Int) -> [UInt8]? {
        let trimmed = code.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        let inner = trimmed.filter { $0 == " " }
        guard inner.count <= 1 else { return nil }
        var digits: [UInt8] = []
        for character in trimmed where character != " " {
            guard let ascii = character.asciiValue, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii) else {
                return nil
            }
            digits.append(ascii)
        }
        return digits.count == count ? digits : nil
    }

    /// Leaves the secret out, so a TOTP that reaches a log or an error message does not leak it.
    public var description: String {
        "TOTP(algorithm: \(algorithm.rawValue), digits: \(digits), period: \(period), secret: redacted)"
    }
}
