import Foundation
import Identity
import Testing

@Suite struct TOTPRFCTests {
    /// RFC 6238 Appendix B seeds: the ASCII digits repeated to 20, 32 and 64 bytes.
    static func seed(for algorithm: OTPAlgorithm) -> [UInt8] {
        let length = [OTPAlgorithm.sha1: 20, .sha256: 32, .sha512: 64][algorithm]!
        return Array(String(repeating: "1234567890", count: 7).prefix(length).utf8)
    }

    /// RFC 6238 Appendix B: time, expected step, and the 8-digit codes for SHA1, SHA256 and SHA512.
    static let appendixB: [(time: TimeInterval, step: UInt64, codes: [OTPAlgorithm: String])] = [
        (59, 0x1, [.sha1: "94287082", .sha256: "46119246", .sha512: "90693936"]),
        (1_111_111_109, 0x23_523EC, [.sha1: "07081804", .sha256: "68084774", .sha512: "25091201"]),
        (1_111_111_111, 0x23_523ED, [.sha1: "14050471", .sha256: "67062674", .sha512: "99943326"]),
        (1_234_567_890, 0x27_3EF07, [.sha1: "89005924", .sha256: "91819424", .sha512: "93441116"]),
        (2_000_000_000, 0x3F_940AA, [.sha1: "69279037", .sha256: "90698825", .sha512: "38618901"]),
        (20_000_000_000, 0x27BC_86AA, [.sha1: "65353130", .sha256: "77737706", .sha512: "47863826"]),
    ]

    static let cases = appendixB.flatMap { row in
        OTPAlgorithm.allCases.map { (row.time, row.step, $0, row.codes[$0]!) }
    }

    @Test(arguments: cases)
    func matchesRFC6238AppendixB(time: TimeInterval, step: UInt64, algorithm: OTPAlgorithm, expected: String) {
        let totp = TOTP(secret: Self.seed(for: algorithm), algorithm: algorithm, digits: 8)
        let date = Date(timeIntervalSince1970: time)
        #expect(totp.step(at: date) == step)
        #expect(totp.code(at: date) == expected)
        #expect(totp.code(step: step) == expected)
        #expect(totp.verify(expected, at: date, window: 0, lastUsedStep: nil) == step)
    }

    @Test func stepClampsTimesBefore1970AndFarFuture() {
        let totp = TOTP(secret: Self.seed(for: .sha1))
        #expect(totp.step(at: Date(timeIntervalSince1970: -90)) == 0)
        #expect(totp.step(at: Date(timeIntervalSince1970: 29.999)) == 0)
        #expect(totp.step(at: Date(timeIntervalSince1970: 30)) == 1)
        #expect(totp.step(at: Date(timeIntervalSince1970: 1e30)) == UInt64.max)
    }

    @Test func honoursACustomPeriod() {
        let totp = TOTP(secret: Self.seed(for: .sha1), digits: 8, period: 60)
        #expect(totp.step(at: Date(timeIntervalSince1970: 1_111_111_109)) == 18_518_518)
        #expect(totp.code(at: Date(timeIntervalSince1970: 1_111_111_109)) == totp.code(step: 18_518_518))
    }
}
