/// An ONS Government Statistical Service (GSS) code for an area in England,
/// such as `E12000006` (East of England) or `E06000055` (Bedford).
///
/// The first three characters name the kind of area (`E06` unitary authority,
/// `E07` non-metropolitan district, `E08` metropolitan district, `E09` London
/// borough, `E10` county, `E12` region, `E92` England). Codes order as strings,
/// which groups them by kind. Encodes as its string.
public struct AreaCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, RawRepresentable {
    /// The code: `E` and eight digits.
    public let rawValue: String

    /// Reads a code, ignoring surrounding whitespace and letter case.
    /// - Throws: ``AreaCodeError`` unless the text is `E` followed by exactly eight digits.
    public init(_ raw: String) throws(AreaCodeError) {
        if Self.isValid(raw.utf8) {
            rawValue = raw
            return
        }
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        let upper = trimmed.uppercased()
        guard Self.isValid(upper.utf8) else { throw .invalidFormat(raw) }
        rawValue = upper
    }

    /// A code from text that is already exactly `E` and eight digits; nil otherwise.
    public init?(rawValue: String) {
        guard Self.isValid(rawValue.utf8) else { return nil }
        self.rawValue = rawValue
    }

    init(validated rawValue: String) {
        self.rawValue = rawValue
    }

    private static func isValid(_ bytes: String.UTF8View) -> Bool {
        bytes.count == 9 && bytes.first == UInt8(ascii: "E")
            && bytes.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
    }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes as strings.
    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool {
        lhs.rawValue < rhs.rawValue
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

    /// Encodes the code as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension String {
    /// The string without leading and trailing Unicode whitespace, without Foundation.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
