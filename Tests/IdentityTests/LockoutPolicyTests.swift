import Foundation
import Identity
import Testing

@Suite struct LockoutPolicyTests {
    let policy = LockoutPolicy()
    let lastFailure = Date(timeIntervalSince1970: 1_750_000_000)

    @Test func allowsTheFreeAttemptsWithoutDelay() {
        for failures in [0, 1, 4] {
            #expect(policy.lockedUntil(consecutiveFailures: failures, lastFailure: lastFailure) == nil)
        }
        #expect(policy.lockedUntil(consecutiveFailures: -3, lastFailure: lastFailure) == nil)
    }

    @Test func doublesTheDelayFromTheBaseUpToTheCap() {
        let expected: [Int: TimeInterval] = [
            5: 60, 6: 120, 7: 240, 8: 480, 9: 960, 10: 1920, 11: 3600, 12: 3600, 40: 3600,
        ]
        for (failures, delay) in expected {
            #expect(policy.delay(afterConsecutiveFailures: failures) == delay)
            #expect(
                policy.lockedUntil(consecutiveFailures: failures, lastFailure: lastFailure)
                    == lastFailure.addingTimeInterval(delay)
            )
        }
    }

    @Test func hugeFailureCountsStayAtTheCap() {
        for failures in [64, 1_023, 1_024, 100_000, Int.max] {
            #expect(policy.delay(afterConsecutiveFailures: failures) == 3600)
        }
    }

    @Test func followsACustomSchedule() {
        let custom = LockoutPolicy(freeAttempts: 3, baseDelay: 10, maximumDelay: 25)
        #expect(custom.delay(afterConsecutiveFailures: 2) == nil)
        #expect(custom.delay(afterConsecutiveFailures: 3) == 10)
        #expect(custom.delay(afterConsecutiveFailures: 4) == 20)
        #expect(custom.delay(afterConsecutiveFailures: 5) == 25)
    }

    @Test func isLockedUntilTheDelayHasPassed() {
        let failures = 6
        #expect(policy.isLocked(consecutiveFailures: failures, lastFailure: lastFailure, now: lastFailure + 119))
        #expect(!policy.isLocked(consecutiveFailures: failures, lastFailure: lastFailure, now: lastFailure + 120))
        #expect(!policy.isLocked(consecutiveFailures: 4, lastFailure: lastFailure, now: lastFailure))
    }
}
