/// The outward code of a postcode, also called the postcode district: `NR1` in `NR1 3JU`.
///
/// Outcodes order naturally, as Royal Mail lists them: by area letters, then
/// district number numerically, then any district letter (`E1`, `E1W`, `E2`, … `E10`).
/// Encodes as its normalised string.
public struct Outcode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The upper-case outward code with no spaces, such as `NR1` or `SW1A`.
    public let normalised: String

    /// Reads an outcode, ignoring case and surrounding whitespace.
    ///
    /// Accepts the shapes A9, A99, A9A, AA9, AA99 and AA9A (A a letter, 9 a digit).
    /// An outcode has no space in it: `NR1 3` is a postcode sector, so it is refused
    /// rather than read as the different outcode `NR13`.
    /// - Throws: ``PostcodeError`` when the text is empty, has characters other than
    ///   letters, digits and whitespace, or has another shape.
    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        guard compact.isOutcode, !PostcodeText.hasInnerWhitespace(raw) else { throw .invalidFormat(raw) }
        normalised = compact.string()
    }

    init(validated normalised: String) {
        self.normalised = normalised
    }

    /// The postcode area: the one or two letters at the start, such as `NR` or `E`.
    public var area: String {
        String(normalised.unicodeScalars.prefix { $0.properties.isAlphabetic })
    }

    /// The normalised form.
    public var description: String { normalised }

    /// Natural postcode order; see the type's documentation.
    public static func < (lhs: Outcode, rhs: Outcode) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    /// Area letters, district number and district letter, for natural ordering.
    var sortKey: (Substring, Int, Substring) {
        let letters = normalised.prefix { !$0.isASCIIDigit }
        let rest = normalised[letters.endIndex...]
        let digits = rest.prefix { $0.isASCIIDigit }
        return (letters, Int(digits) ?? 0, rest[digits.endIndex...])
    }

    /// Decodes from a string, applying the same rules as ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            try self.init(raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the normalised string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalised)
    }
}
