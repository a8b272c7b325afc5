import Foundation
import Testing

@testable import Passport

/// Numbers and dates at the edges of what JSON and the calendar allow, signed by a trusted issuer so that
/// every later stage sees them: no overflow traps, and sensible verdicts where one is defined.
@Suite struct ExtremeInputTests {
    func verdict(_ token: String) -> CredentialVerdict {
        GoldenWorld.verifier.verify(token, at: GoldenWorld.verifiedAt)
    }

    @Test func extremeNumbersAndDatesNeverTrap() {
        // Only the absence of a trap matters for most; a trusted key may sign any iat inside its window.
        let values: [(String, JSONValue, CredentialVerdict.Outcome?)] = [
            ("iat", .number(1e300), nil), ("iat", .number(-1e300), .untrustedIssuer), ("iat", "soon", .untrustedIssuer),
            ("iat", .number(1.8e19), nil), ("validUntil", "9999-12-31T23:59:59Z", .valid),
            ("validUntil", "0001-01-01T00:00:00Z", .malformed), ("validFrom", "9999-12-31T23:59:59-23:59", .malformed),
            ("validFrom", "0001-01-01T00:00:00+23:59", .valid), ("validUntil", "2025-07-03T10:05:01+00:00", .expired),
        ]
        for (claim, value, expected) in values {
            let token = Tamper.resign(BadInputTests.good, with: TestWorld.issuerSigner2) { $0[claim] = value }
            let outcome = verdict(token).outcome
            if let expected { #expect(outcome == expected, "\(claim) = \(value)") }
        }
        var statusIndex = Tamper.resign(BadInputTests.good, with: TestWorld.issuerSigner2) { payload in
            var status = payload["credentialStatus"]!.objectValue!
            status["statusListIndex"] = "999999999999"
            payload["credentialStatus"] = .object(status)
        }
        #expect(verdict(statusIndex).outcome == .statusUnavailable)
        statusIndex = Tamper.resign(BadInputTests.good, with: TestWorld.issuerSigner2) { payload in
            var status = payload["credentialStatus"]!.objectValue!
            status["statusSize"] = 9_007_199_254_740_992
            payload["credentialStatus"] = .object(status)
        }
        #expect(verdict(statusIndex).outcome == .malformed)
        #expect(CalendarDate.utc(of: Date(timeIntervalSince1970: 1e300)).year == 9999)
        #expect(TestWorld.day("2025-01-01").adding(months: .max) == TestWorld.day("2025-01-01"))
    }
}
