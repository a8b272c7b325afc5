/// Base64url without padding (RFC 4648 section 5), as JWS segments and `encodedList` use it.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The bytes as unpadded base64url.
    static func encode(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: encodeToASCII(bytes), as: UTF8.self)
    }

    /// The bytes as unpadded base64url ASCII bytes.
    static func encodeToASCII(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity((input.count * 4 + 2) / 3)
        var index = 0
        while index + 3 <= input.count {
            let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
            for shift in [18, 12, 6, 0] {
                output.append(alphabet[Int((group >> UInt32(shift)) & 0x3F)])
            }
            index += 3
        }
        let remaining = input.count - index
        if remaining > 0 {
            var group = UInt32(input[index]) << 16
            if remaining == 2 { group |= UInt32(input[index + 1]) << 8 }
            for position in 0...remaining {
                output.append(alphabet[Int((group >> UInt32(18 - 6 * position)) & 0x3F)])
            }
        }
        return output
    }

    /// Decodes strict unpadded base64url: only the 64 symbols, no padding, no white space, and the unused
    /// low bits of the last symbol must be zero, so each byte string has exactly one encoding (a
    /// signature cannot be altered by flipping an ignored bit). Nil for anything else.
    static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        let symbols = Array(text)
        guard symbols.count % 4 != 1 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(symbols.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bitCount = 0
        for symbol in symbols {
            guard let value = value(of: symbol) else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bitCount)))
                accumulator &= (1 << UInt32(bitCount)) - 1
            }
        }
        guard accumulator == 0 else { return nil }
        return output
    }

    /// Decodes strict unpadded base64url text.
    static func decode(_ text: String) -> [UInt8]? {
        decode(Array(text.utf8))
    }

    private static func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "-"): 62
        case UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
