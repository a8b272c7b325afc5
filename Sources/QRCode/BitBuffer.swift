/// A growing sequence of bits, written most significant bit first as the standard lays
/// out every field.
struct BitBuffer: Sendable, Hashable {
    /// The bits so far, first written first.
    private(set) var bits: [Bool] = []

    /// How many bits have been written.
    var count: Int { bits.count }

    /// Appends the low `bitCount` bits of `value`, highest first.
    mutating func append(_ value: Int, bitCount: Int) {
        precondition(bitCount >= 0 && value >> bitCount == 0, "value does not fit its field")
        for shift in stride(from: bitCount - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// The bits packed eight to a byte; any last partial byte is padded with zeros.
    var bytes: [UInt8] {
        var result = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (index, bit) in bits.enumerated() where bit {
            result[index / 8] |= 0x80 >> UInt8(index % 8)
        }
        return result
    }
}
