import Testing

@testable import QRCode

/// Version selection and the limits of ISO/IEC 18004:2015 table 7.
@Suite("Capacity")
struct CapacityTests {
    @Test("the longest byte string for 40-L is 2953 bytes; one more throws")
    func byteLimit() throws {
        let longest = String(repeating: "a", count: 2953)
        let code = try QRCode.encode(longest, correction: .low)
        #expect(code.version == 40)
        #expect(code.size == 177)
        #expect(throws: QRCodeError.tooLong(bytes: 2954, maximum: 2953)) {
            try QRCode.encode(longest + "a", correction: .low)
        }
    }

    @Test("the limit counts UTF-8 bytes, not characters")
    func utf8Limit() throws {
        // é is two bytes in UTF-8, so 1476 of them and one ASCII byte is exactly 2953.
        let accented = String(repeating: "é", count: 1476)
        #expect(try QRCode.encode(accented + "a", correction: .low).version == 40)
        #expect(throws: QRCodeError.tooLong(bytes: 2954, maximum: 2953)) {
            try QRCode.encode(accented + "é", correction: .low)
        }
    }

    @Test(
        "version 40 limits match table 7 for every mode and level",
        arguments: [
            (ErrorCorrection.low, [7089, 4296, 2953]),
            (.medium, [5596, 3391, 2331]),
            (.quartile, [3993, 2420, 1663]),
            (.high, [3057, 1852, 1273]),
        ])
    func version40Limits(_ correction: ErrorCorrection, _ limits: [Int]) throws {
        // Full version-40 encodes are slow in debug builds and the golden fixtures already
        // fill two to capacity, so this checks the sizing the encoder relies on instead.
        for (mode, limit) in zip(EncodingMode.allCases, limits) {
            #expect(mode.maximumCount(version: 40, correction: correction) == limit)
            #expect(mode.smallestVersion(count: limit, correction: correction) == 40)
            #expect(mode.smallestVersion(count: limit + 1, correction: correction) == nil)
        }
        for (sample, limit) in zip(["7", "Z", "z"], limits) {
            #expect(throws: QRCodeError.tooLong(bytes: limit + 1, maximum: limit)) {
                try QRCode.encode(String(repeating: sample, count: limit + 1), correction: correction)
            }
        }
    }

    @Test(
        "version 1 limits match table 7, and one more character needs version 2",
        arguments: [
            (ErrorCorrection.low, [41, 25, 17]),
            (.medium, [34, 20, 14]),
            (.quartile, [27, 16, 11]),
            (.high, [17, 10, 7]),
        ])
    func version1Limits(_ correction: ErrorCorrection, _ limits: [Int]) throws {
        for (mode, limit) in zip(EncodingMode.allCases, limits) {
            #expect(mode.maximumCount(version: 1, correction: correction) == limit)
        }
        for (sample, limit) in zip(["1", "A", "a"], limits) {
            #expect(try QRCode.encode(String(repeating: sample, count: limit), correction: correction).version == 1)
            #expect(
                try QRCode.encode(String(repeating: sample, count: limit + 1), correction: correction).version == 2)
        }
    }

    @Test("higher correction levels need larger symbols for the same text")
    func levelsGrow() throws {
        let link = "otpauth://totp/Carepath:alice%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Carepath"
        let versions = try ErrorCorrection.allCases.map { try QRCode.encode(link, correction: $0).version }
        #expect(versions == versions.sorted())
        #expect(versions.first! < versions.last!)
    }

    @Test("the error reads as a sentence")
    func errorDescription() {
        #expect(
            QRCodeError.tooLong(bytes: 3000, maximum: 2953).description
                == "The text is 3000 bytes long; a QR Code at this error correction level holds at most 2953.")
    }
}
