import Testing

@testable import QRCode

/// Mode choice and the public accessors.
@Suite("Encoding modes")
struct EncodingModeTests {
    @Test(
        "the narrowest mode that carries the whole text is chosen",
        arguments: [
            ("0123456789", EncodingMode.numeric),
            ("", .numeric),
            ("HELLO WORLD $%*+-./:", .alphanumeric),
            ("Hello", .byte),
            ("HTTPS://CAREPATH.EXAMPLE/?Q=1", .byte),
            ("otpauth://totp/Carepath", .byte),
            ("١٢٣", .byte),
            ("Café – £5", .byte),
        ])
    func modeChoice(_ text: String, _ mode: EncodingMode) throws {
        #expect(EncodingMode.narrowest(for: Array(text.utf8)) == mode)
        #expect(try QRCode.encode(text).mode == mode)
    }

    @Test("numeric and alphanumeric text gets a smaller symbol than it would as bytes")
    func denserModesAreSmaller() throws {
        let digits = String(repeating: "0123456789", count: 10)
        #expect(try QRCode.encode(digits, correction: .low).version == 3)
        #expect(EncodingMode.byte.smallestVersion(count: 100, correction: .low) == 5)
        let upper = String(repeating: "CAREPATH/", count: 8)
        #expect(try QRCode.encode(upper, correction: .low).version == 3)
        #expect(EncodingMode.byte.smallestVersion(count: 72, correction: .low) == 4)
    }

    @Test("size follows version, and modules outside the symbol are light")
    func accessors() throws {
        let code = try QRCode.encode("https://carepath.example/share/abc")
        #expect(code.correction == .medium)
        #expect(code.size == 4 * code.version + 17)
        // The finder's top-left corner is dark; beyond the edges is quiet zone.
        #expect(code.isDark(row: 0, column: 0))
        #expect(!code.isDark(row: -1, column: 0))
        #expect(!code.isDark(row: 0, column: code.size))
        #expect(!code.isDark(row: code.size, column: code.size))
    }

    @Test("encoding is deterministic and Equatable compares symbols")
    func equality() throws {
        #expect(try QRCode.encode("same") == QRCode.encode("same"))
        #expect(try QRCode.encode("same") != QRCode.encode("same", correction: .high))
        #expect(try QRCode.encode("same") != QRCode.encode("sane"))
    }
}
