import Foundation

/// How long sign-in stays closed to an account after repeated failures: free attempts first, then a
/// delay that doubles with each further failure up to a ceiling. This slows online guessing to a
/// handful of tries an hour while a person who mistypes a few times is barely delayed, and it never
/// locks an account for good, which would let anyone shut a colleague out.
public struct LockoutPolicy: Sendable, Equatable {
    /// Failures allowed before any delay.
    public let freeAttempts: Int
    /// The delay after the first failure past the free attempts, in seconds.
    public let baseDelay: TimeInterval
    /// The longest delay, in seconds, however many failures there have been.
    public let maximumDelay: TimeInterval

    /// A policy. Requires `freeAttempts ≥ 1` and `0 < baseDelay ≤ maximumDelay`.
    public init(freeAttempts: Int = 5, baseDelay: TimeInterval = 60, maximumDelay: TimeInterval = 3600) {
        precondition(freeAttempts >= 1, "At least one attempt must be free")
        precondition(baseDelay > 0 && baseDelay <= maximumDelay, "Delays must satisfy 0 < base ≤ maximum")
        self.freeAttempts = freeAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// The delay, in seconds, after `consecutiveFailures` failures in a row, or nil if there is none:
    /// `baseDelay × 2^(consecutiveFailures − freeAttempts)`, capped at `maximumDelay`.
    public func delay(afterConsecutiveFailures consecutiveFailures: Int) -> TimeInterval? {
        guard consecutiveFailures >= freeAttempts else { return nil }
        // Past 2^1100 a Double is infinite, which `min` then caps, so huge counts cannot overflow.
        let exponent = min(consecutiveFailures - freeAttempts, 1100)
        return min(baseDelay * pow(2, Double(exponent)), maximumDelay)
    }

    /// When sign-in opens again after `consecutiveFailures` failures in a row, the last at
    /// `lastFailure`; nil while the failures are still within the free attempts.
    public func lockedUntil(consecutiveFailures: Int, lastFailure: Date) -> Date? {
        delay(afterConsecutiveFailures: consecutiveFailures).map { lastFailure.addingTimeInterval($0) }
    }

    /// Whether sign-in is closed at `now`.
    public func isLocked(consecutiveFailures: Int, lastFailure: Date, now: Date) -> Bool {
        guard let until = lockedUntil(consecutiveFailures: consecutiveFailures, lastFailure: lastFailure) else {
            return false
        }
        return now < until
    }
}
