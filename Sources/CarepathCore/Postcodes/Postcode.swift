/// A full UK postcode in its normalised form, such as `NR1 3JU`.
///
/// The shape is checked strictly (outward code A9, A99, A9A, AA9, AA99 or AA9A,
/// then inward code 9AA), but not whether Royal Mail ever issued the postcode:
/// look it up in the reference data for that. Postcodes order naturally, by
/// outcode (see ``Outcode``) and then inward code. Encodes as its normalised string.
public struct Postcode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Outward code, one space and the three-character inward code, upper case.
    public let normalised: String

    /// Reads a postcode the way the reference files are keyed: upper-case it,
    /// strip all whitespace and put one space before the last three characters.
    ///
    /// So `nr13ju`, ` NR1  3JU ` and `NR1\u{00A0}3JU` all read as `NR1 3JU`.
    /// - Throws: ``PostcodeError`` when the text is empty, has characters other than
    ///   letters, digits and whitespace, or is not a full postcode.
    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        guard compact.isPostcode else { throw .invalidFormat(raw) }
        normalised = compact.string(spaceBeforeLast: 3)
    }

    /// The outward code (postcode district), such as `NR1`.
    public var outcode: Outcode {
        Outcode(validated: String(normalised.dropLast(4)))
    }

    /// The postcode sector, such as `NR1 3`.
    public var sector: PostcodeSector {
        PostcodeSector(validated: String(normalised.dropLast(2)))
    }

    /// The inward code, such as `3JU`.
    public var inward: String {
        String(normalised.suffix(3))
    }

    /// The normalised form.
    public var description: String { normalised }

    /// Natural postcode order; see the type's documentation.
    public static func < (lhs: Postcode, rhs: Postcode) -> Bool {
        let (left, right) = (lhs.outcode, rhs.outcode)
        guard left == right else { return left < right }
        return lhs.inward < rhs.inward
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
