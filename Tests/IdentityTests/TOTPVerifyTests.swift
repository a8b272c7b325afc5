import Foundation
import Identity
import Testing

@Suite struct TOTPVerifyTests {
    /// The secret `generateSecret` makes from SplitMix64 seed 42; the codes were computed
    /// independently with Python's hmac module.
    static let secret: [UInt8] = [
        149, 110, 235, 47, 38, 50, 215, 189, 3, 241, 102, 178, 51, 227, 239, 40, 82, 159, 15, 19,
    ]
    static let codes: [UInt64: String] = [
        55_555_554: "599505", 55_555_555: "207304", 55_555_556: "851310", 55_555_557: "147821",
    ]
    /// 15 seconds into step 55,555,555.
    static let now = Date(timeIntervalSince1970: 55_555_555 * 30 + 15)
    let totp = TOTP(secret: secret)

    @Test func generateSecretMakesTwentyBytesFromTheGenerator() {
        var generator = SplitMix64(seed: 42)
        #expect(TOTP.generateSecret(using: &generator) == Self.secret)
        #expect(TOTP.generateSecret(using: &generator) != Self.secret)
    }

    @Test func codesMatchTheIndependentReference() {
        for (step, code) in Self.codes {
            #expect(totp.code(step: step) == code)
        }
        #expect(totp.step(at: Self.now) == 55_555_555)
        #expect(totp.code(at: Self.now) == "207304")
    }

    @Test func acceptsTheCurrentStepAndOneEitherSide() {
        #expect(totp.verify("207304", at: Self.now, lastUsedStep: nil) == 55_555_555)
        #expect(totp.verify("599505", at: Self.now, lastUsedStep: nil) == 55_555_554)
        #expect(totp.verify("851310", at: Self.now, lastUsedStep: nil) == 55_555_556)
    }

    @Test func refusesStepsOutsideTheWindow() {
        #expect(totp.verify("147821", at: Self.now, lastUsedStep: nil) == nil)
        #expect(totp.verify("147821", at: Self.now, window: 2, lastUsedStep: nil) == 55_555_557)
        #expect(totp.verify("599505", at: Self.now, window: 0, lastUsedStep: nil) == nil)
        #expect(totp.verify("207304", at: Self.now, window: 0, lastUsedStep: nil) == 55_555_555)
    }

    @Test func refusesReplayOfTheLastUsedStepOrEarlier() {
        let used = totp.verify("207304", at: Self.now, lastUsedStep: nil)
        #expect(used == 55_555_555)
        #expect(totp.verify("207304", at: Self.now, lastUsedStep: used) == nil)
        #expect(totp.verify("599505", at: Self.now, lastUsedStep: used) == nil)
        #expect(totp.verify("851310", at: Self.now, lastUsedStep: used) == 55_555_556)
        #expect(totp.verify("207304", at: Self.now, lastUsedStep: 55_555_554) == 55_555_555)
    }

    @Test func acceptsSurroundingWhitespaceAndOneInnerSpace() {
        #expect(totp.verify("  207304\n", at: Self.now, lastUsedStep: nil) == 55_555_555)
        #expect(totp.verify("207 304", at: Self.now, lastUsedStep: nil) == 55_555_555)
        #expect(totp.verify(" 20 7304 ", at: Self.now, lastUsedStep: nil) == 55_555_555)
    }

    @Test(arguments: [
        "", "20730", "2073045", "207 3 04", "207-304", "2O73O4", "abcdef", "207304a", "２０７３０４", "207\t304",
        "٢٠٧٣٠٤",
    ])
    func rejectsMalformedCodes(code: String) {
        #expect(totp.verify(code, at: Self.now, lastUsedStep: nil) == nil)
    }

    @Test func rejectsAWrongCodeOfTheRightShape() {
        #expect(totp.verify("207305", at: Self.now, lastUsedStep: nil) == nil)
        #expect(totp.verify("000000", at: Self.now, lastUsedStep: nil) == nil)
    }

    @Test func windowAtStepZeroDoesNotUnderflow() {
        let early = Date(timeIntervalSince1970: 10)
        #expect(totp.verify(totp.code(step: 0), at: early, window: 3, lastUsedStep: nil) == 0)
        #expect(totp.verify(totp.code(step: 3), at: early, window: 3, lastUsedStep: nil) == 3)
    }

    @Test func eightDigitCodesNeedEightDigits() {
        let eight = TOTP(secret: Self.secret, digits: 8)
        let code = eight.code(at: Self.now)
        #expect(code.count == 8)
        #expect(eight.verify(code, at: Self.now, lastUsedStep: nil) == 55_555_555)
        #expect(eight.verify(String(code.suffix(6)), at: Self.now, lastUsedStep: nil) == nil)
    }

    @Test func descriptionHidesTheSecret() {
        #expect(totp.description == "TOTP(algorithm: SHA1, digits: 6, period: 30, secret: redacted)")
    }
}
