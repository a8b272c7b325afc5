/// A Bitstring Status List: one `statusSize`-bit value per credential, position 0 at the most
/// significant bit of the first byte (W3C Bitstring Status List v1.0).
public struct BitstringStatusList: Sendable, Hashable {
    /// The smallest list the standard allows, 16 KB of bits, so that one position reveals little.
    public static let minimumBitCount = 131_072

    /// The uncompressed bitstring.
    public private(set) var bytes: [UInt8]
    /// Bits per entry: 1, or 2 for Carepath's combined suspension and revocation.
    public let statusSize: Int

    /// How many entries the list holds.
    public var entryCount: Int { bytes.count * 8 / statusSize }

    /// An all-clear list with room for `entryCount` entries (at least the 131,072-bit minimum).
    public init(entryCount: Int = minimumBitCount, statusSize: Int = 1) {
        precondition((1...8).contains(statusSize), "statusSize must be 1 to 8 bits")
        let bitCount = max(entryCount * statusSize, Self.minimumBitCount)
        bytes = [UInt8](repeating: 0, count: (bitCount + 7) / 8)
        self.statusSize = statusSize
    }

    /// A list over an existing bitstring, such as one just decoded. It must hold at least 131,072 bits.
    public init(bitstring: [UInt8], statusSize: Int = 1) throws(StatusListError) {
        guard (1...8).contains(statusSize) else { throw .invalidDocument("statusSize must be 1 to 8") }
        guard bitstring.count * 8 >= Self.minimumBitCount else { throw .tooShort(bits: bitstring.count * 8) }
        bytes = bitstring
        self.statusSize = statusSize
    }

    /// The status value at `index` (0 = clear), or nil if the index is outside the list.
    public func status(at index: Int) -> Int? {
        guard index >= 0, index < entryCount else { return nil }
        var value = 0
        for bit in (index * statusSize)..<((index + 1) * statusSize) {
            value = value << 1 | Int(bytes[bit / 8] >> UInt8(7 - bit % 8) & 1)
        }
        return value
    }

    /// Whether the entry at `index` is non-zero; false outside the list.
    public func isSet(_ index: Int) -> Bool {
        (status(at: index) ?? 0) != 0
    }

    /// Stores `value` at `index`.
    public mutating func setStatus(_ value: Int, at index: Int) throws(StatusListError) {
        guard index >= 0, index < entryCount else { throw .indexOutOfRange(index) }
        guard value >= 0, value < 1 << statusSize else { throw .valueOutOfRange(value) }
        for offset in 0..<statusSize {
            let bit = index * statusSize + offset
            let mask = UInt8(0x80) >> UInt8(bit % 8)
            let isOne = value >> (statusSize - 1 - offset) & 1 == 1
            bytes[bit / 8] = isOne ? bytes[bit / 8] | mask : bytes[bit / 8] & ~mask
        }
    }

    /// Sets the entry at `index` to all ones (revoked, for a 1-bit revocation list).
    public mutating func set(_ index: Int) throws(StatusListError) {
        try setStatus((1 << statusSize) - 1, at: index)
    }

    /// Clears the entry at `index`.
    public mutating func clear(_ index: Int) throws(StatusListError) {
        try setStatus(0, at: index)
    }
}
