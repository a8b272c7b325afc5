import Identity
import Testing

@Suite struct OneTimePasswordTests {
    static let rfcSecret = Array("12345678901234567890".utf8)

    /// RFC 4226 Appendix D: HOTP values for counters 0 to 9.
    static let appendixD = [
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489",
    ]

    @Test(arguments: appendixD.enumerated().map { (UInt64($0.offset), $0.element) })
    func matchesRFC4226AppendixD(counter: UInt64, expected: String) {
        #expect(OneTimePassword(secret: Self.rfcSecret).code(counter: counter) == expected)
    }

    @Test func keepsLeadingZeros() {
        // RFC 6238's SHA-1 value at 1111111109 starts with a zero.
        let generator = OneTimePassword(secret: Self.rfcSecret, digits: 8)
        #expect(generator.code(counter: 0x23_523EC) == "07081804")
    }

    @Test func descriptionHidesTheSecret() {
        let generator = OneTimePassword(secret: Array("hunter2hunter2".utf8), algorithm: .sha256)
        #expect(generator.description == "OneTimePassword(algorithm: SHA256, digits: 6, secret: redacted)")
        #expect(!String(reflecting: generator).contains("104"))
    }
}
