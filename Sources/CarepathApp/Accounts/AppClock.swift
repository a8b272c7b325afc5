import Foundation
import Vapor

/// The time and the source of randomness accounts use, held as values so tests can fix the clock.
struct AppClock: Sendable {
    var now: @Sendable () -> Date

    static let system = AppClock(now: { Date() })
}

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = AppClock
    }

    /// The clock ``configure(_:config:)`` installs; tests may replace it after configuring.
    public var now: Date { clock.now() }

    var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }

    /// Fixes the time accounts see, for tests.
    public func fixClock(at date: @escaping @Sendable () -> Date) {
        clock = AppClock(now: date)
    }
}
