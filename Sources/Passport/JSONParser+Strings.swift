extension JSONParser {
    /// Parses a string starting at the opening quote.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = offset
        offset += 1
        // Fast path: most strings have no escapes, so validate the UTF-8 slice in one go.
        var scan = offset
        while scan < bytes.count, bytes[scan] != UInt8(ascii: "\""), bytes[scan] != UInt8(ascii: "\\"),
            bytes[scan] >= 0x20
        {
            scan += 1
        }
        guard scan < bytes.count else { throw .unexpectedEnd }
        if bytes[scan] == UInt8(ascii: "\"") {
            guard let text = String(validating: bytes[offset..<scan], as: UTF8.self) else {
                throw .invalidString(offset: start)
            }
            offset = scan + 1
            return text
        }
        return try parseEscapedString(start: start)
    }

    mutating func parseEscapedString(start: Int) throws(JSONParseError) -> String {
        var utf8: [UInt8] = []
        while true {
            guard offset < bytes.count else { throw .unexpectedEnd }
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw .invalidString(offset: start) }
                return text
            case UInt8(ascii: "\\"):
                try appendEscape(to: &utf8, stringStart: start)
            case 0..<0x20:
                throw .invalidString(offset: start)
            default:
                utf8.append(byte)
            }
        }
    }

    mutating func appendEscape(to utf8: inout [UInt8], stringStart: Int) throws(JSONParseError) {
        guard offset < bytes.count else { throw .unexpectedEnd }
        let escape = bytes[offset]
        offset += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHexQuad(stringStart: stringStart)
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate; together they are one scalar.
                try expectLiteral("\\u")
                let low = try readHexQuad(stringStart: stringStart)
                guard (0xDC00..<0xE000).contains(low) else { throw .invalidString(offset: stringStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw .invalidString(offset: stringStart) }
            utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw .invalidString(offset: stringStart)
        }
    }

    mutating func readHexQuad(stringStart: Int) throws(JSONParseError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw .unexpectedEnd }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Hex.value(of: bytes[offset]) else { throw .invalidString(offset: stringStart) }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
