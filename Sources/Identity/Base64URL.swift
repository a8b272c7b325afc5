/// Base64url without padding (RFC 4648 section 5): safe in URLs, headers and file names unescaped.
enum Base64URL {
    /// The 64 symbols in value order; `-` and `_` stand where standard base64 has `+` and `/`.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The bytes as unpadded base64url.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var group: UInt32 = 0
            for byte in chunk {
                group = group << 8 | UInt32(byte)
            }
            // Left-align a short final chunk so its bits fill the leading symbols.
            group <<= UInt32(8 * (3 - chunk.count))
            let symbolCount = chunk.count + 1
            for position in 0..<symbolCount {
                let shift = UInt32(18 - 6 * position)
                output.append(alphabet[Int((group >> shift) & 0x3F)])
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The 6-bit value of an ASCII base64url symbol, or nil for anything else.
    static func value(of byte: UInt8) -> UInt8? {
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
