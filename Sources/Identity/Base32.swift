/// RFC 4648 base32, the alphabet authenticator apps use for one-time-password secrets.
public enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// The bytes as upper-case base32 without `=` padding, as the `otpauth://` key-URI format asks.
    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 8 + 4) / 5)
        // Only the low `bitCount` bits of `buffer` are pending; older bits shift out harmlessly.
        var buffer: UInt32 = 0
        var bitCount = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bitCount += 8
            while bitCount >= 5 {
                bitCount -= 5
                output.append(alphabet[Int(buffer >> UInt32(bitCount) & 0x1F)])
            }
        }
        if bitCount > 0 {
            output.append(alphabet[Int(buffer << UInt32(5 - bitCount) & 0x1F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes that `text` encodes.
    ///
    /// People type secrets in by hand from a screen, so this accepts lower case, whitespace anywhere
    /// (apps show secrets in groups of four) and trailing `=` padding. Leftover bits in the last symbol
    /// are ignored, as most decoders do.
    /// - Throws: `Base32Error.invalidCharacter` naming the first character that is none of those, or a
    ///   symbol after padding; `Base32Error.invalidLength` when the symbols cannot make whole bytes.
    public static func decode(_ text: String) throws(Base32Error) -> [UInt8] {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bitCount = 0
        var symbolCount = 0
        var paddingStarted = false
        for (position, character) in text.enumerated() {
            if character.isWhitespace {
                continue
            }
            if character == "=" {
                paddingStarted = true
                continue
            }
            guard !paddingStarted, let value = value(of: character) else {
                throw .invalidCharacter(character, position: position)
            }
            symbolCount += 1
            buffer = buffer << 5 | UInt32(value)
            bitCount += 5
            if bitCount >= 8 {
                bitCount -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bitCount)))
            }
        }
        // Each group of 8 symbols holds 5 bytes; 1, 3 or 6 leftover symbols end mid-byte with at least
        // 5 bits spare, which no encoder produces.
        if [1, 3, 6].contains(symbolCount % 8) {
            throw .invalidLength(symbolCount: symbolCount)
        }
        return output
    }

    private static func value(of character: Character) -> UInt8? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return ascii - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return ascii - UInt8(ascii: "a")
        case UInt8(ascii: "2")...UInt8(ascii: "7"): return ascii - UInt8(ascii: "2") + 26
        default: return nil
        }
    }
}
