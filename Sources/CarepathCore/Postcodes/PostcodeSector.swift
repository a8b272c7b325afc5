/// A postcode sector: the outward code, a space and the first digit of the
/// inward code (`NR1 3` in `NR1 3JU`).
///
/// Sectors order naturally, by outcode (see ``Outcode``) and then sector digit.
/// Encodes as its normalised string.
public struct PostcodeSector: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The upper-case sector with one space, such as `NR1 3`.
    public let normalised: String

    /// Reads a sector, ignoring case and whitespace.
    ///
    /// The last character must be the sector digit, so `NR13` reads as `NR1 3`;
    /// what comes before it must be an outward code shape (see ``Outcode``).
    /// - Throws: ``PostcodeError`` when the text is empty, has characters other than
    ///   letters, digits and whitespace, or has another shape.
    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        guard compact.isSector else { throw .invalidFormat(raw) }
        normalised = compact.string(spaceBeforeLast: 1)
    }

    init(validated normalised: String) {
        self.normalised = normalised
    }

    /// The outward code, such as `NR1`.
    public var outcode: Outcode {
        Outcode(validated: String(normalised.dropLast(2)))
    }

    /// The normalised form.
    public var description: String { normalised }

    /// Natural postcode order; see the type's documentation.
    public static func < (lhs: PostcodeSector, rhs: PostcodeSector) -> Bool {
        let (left, right) = (lhs.outcode, rhs.outcode)
        guard left == right else { return left < right }
        return (lhs.normalised.utf8.last ?? 0) < (rhs.normalised.utf8.last ?? 0)
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
