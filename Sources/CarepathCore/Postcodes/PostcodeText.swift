/// The letters and digits of some postcode-like input, upper-cased and with all
/// whitespace removed.
///
/// Only the first eight characters are kept (no UK form is longer than seven),
/// packed into an integer so that parsing millions of postcodes allocates nothing.
struct CompactPostcode {
    private var packed: UInt64 = 0
    /// How many letters and digits the input had, including any beyond the eighth.
    private(set) var count = 0

    mutating func append(_ byte: UInt8) {
        if count < 8 { packed |= UInt64(byte) << (8 * UInt64(count)) }
        count += 1
    }

    subscript(index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: packed >> (8 * UInt64(index)))
    }

    func isLetter(_ index: Int) -> Bool { (0x41...0x5A).contains(self[index]) }
    func isDigit(_ index: Int) -> Bool { (0x30...0x39).contains(self[index]) }

    /// The outward code shapes A9, A99, A9A, AA9, AA99 and AA9A, in the first `length` characters.
    func hasOutwardShape(length: Int) -> Bool {
        switch length {
        case 2: return isLetter(0) && isDigit(1)
        case 3: return isLetter(0) && (isDigit(1) ? (isDigit(2) || isLetter(2)) : (isLetter(1) && isDigit(2)))
        case 4: return isLetter(0) && isLetter(1) && isDigit(2) && (isDigit(3) || isLetter(3))
        default: return false
        }
    }

    /// Outward code followed by an inward code of the shape 9AA.
    var isPostcode: Bool {
        (5...7).contains(count) && hasOutwardShape(length: count - 3)
            && isDigit(count - 3) && isLetter(count - 2) && isLetter(count - 1)
    }

    /// Outward code followed by the single digit of a sector.
    var isSector: Bool {
        (3...5).contains(count) && hasOutwardShape(length: count - 1) && isDigit(count - 1)
    }

    var isOutcode: Bool { hasOutwardShape(length: count) }

    /// The characters as a string, with one space before the last `suffix` characters.
    func string(spaceBeforeLast suffix: Int = 0) -> String {
        let length = suffix > 0 ? count + 1 : count
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for index in 0..<count {
                if suffix > 0 && index == count - suffix {
                    buffer[out] = 0x20
                    out += 1
                }
                buffer[out] = self[index]
                out += 1
            }
            return out
        }
    }
}

/// Shared parsing for ``Postcode``, ``PostcodeSector`` and ``Outcode``.
enum PostcodeText {
    /// Upper-cases the input and strips every kind of whitespace, rejecting any
    /// character that is not an ASCII letter or digit.
    static func compact(_ raw: String) throws(PostcodeError) -> CompactPostcode {
        var result = CompactPostcode()
        for byte in raw.utf8 {
            switch byte {
            case 0x41...0x5A, 0x30...0x39: result.append(byte)
            case 0x61...0x7A: result.append(byte - 0x20)
            case 0x20, 0x09...0x0D: continue
            case 0x80...: return try compactUnicode(raw)
            default: throw .invalidCharacters(raw)
            }
        }
        guard result.count > 0 else { throw .empty }
        return result
    }

    /// The slow path for input with non-ASCII text, which is valid only when that
    /// text is whitespace such as the no-break spaces that spreadsheets and web
    /// pages paste in.
    private static func compactUnicode(_ raw: String) throws(PostcodeError) -> CompactPostcode {
        var result = CompactPostcode()
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            guard scalar.isASCII else { throw .invalidCharacters(raw) }
            let byte = UInt8(scalar.value)
            switch byte {
            case 0x41...0x5A, 0x30...0x39: result.append(byte)
            case 0x61...0x7A: result.append(byte - 0x20)
            default: throw .invalidCharacters(raw)
            }
        }
        guard result.count > 0 else { throw .empty }
        return result
    }

    /// True when the input has whitespace between its first and last visible characters.
    static func hasInnerWhitespace(_ raw: String) -> Bool {
        let scalars = raw.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return false }
        return scalars[first...last].contains { $0.properties.isWhitespace }
    }

    /// Names the kind of a well-formed input, for error messages.
    static func kind(of raw: String) -> String? {
        switch try? PostcodeQuery(raw) {
        case .postcode?: return "a full postcode"
        case .sector?: return "a postcode sector"
        case .outcode?: return "an outcode"
        case nil: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
