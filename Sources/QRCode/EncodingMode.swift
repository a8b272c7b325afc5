/// A data mode of ISO/IEC 18004:2015 section 7.3; one mode carries the whole text.
enum EncodingMode: Sendable, Hashable, CaseIterable {
    /// Digits 0–9, three to every ten bits.
    case numeric
    /// Digits, upper-case letters, space and `$%*+-./:`, two to every eleven bits.
    case alphanumeric
    /// Any bytes; this encoder writes the text's UTF-8.
    case byte

    /// The characters of alphanumeric mode, each at its value (table 5).
    static let alphanumericCharacters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    /// The narrowest mode that can carry every byte of the text.
    ///
    /// For a single segment each narrower mode spends fewer bits on the same characters,
    /// and the first character already repays its at most two bits longer count
    /// indicator, so the narrowest mode that applies never needs a larger symbol.
    static func narrowest(for bytes: [UInt8]) -> EncodingMode {
        if bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return .numeric
        }
        if bytes.allSatisfy({ alphanumericValue(of: $0) != nil }) {
            return .alphanumeric
        }
        return .byte
    }

    /// A byte's value in alphanumeric mode, or nil when the mode cannot carry it.
    static func alphanumericValue(of byte: UInt8) -> Int? {
        alphanumericCharacters.firstIndex(of: byte)
    }

    /// The four-bit mode indicator (table 2).
    var indicator: Int {
        switch self {
        case .numeric: 0b0001
        case .alphanumeric: 0b0010
        case .byte: 0b0100
        }
    }

    /// The length of the character count indicator (table 3), which grows at versions
    /// 10 and 27 so that larger symbols can count their larger capacity.
    func characterCountBits(version: Int) -> Int {
        let sizeClass = version < 10 ? 0 : version < 27 ? 1 : 2
        switch self {
        case .numeric: return [10, 12, 14][sizeClass]
        case .alphanumeric: return [9, 11, 13][sizeClass]
        case .byte: return [8, 16, 16][sizeClass]
        }
    }

    /// The bits the characters themselves take, without mode indicator or count.
    func dataBits(count: Int) -> Int {
        switch self {
        case .numeric: count / 3 * 10 + [0, 4, 7][count % 3]
        case .alphanumeric: count / 2 * 11 + count % 2 * 6
        case .byte: count * 8
        }
    }

    /// The whole segment's length in bits: indicator, count and data.
    func segmentBits(count: Int, version: Int) -> Int {
        4 + characterCountBits(version: version) + dataBits(count: count)
    }
}
