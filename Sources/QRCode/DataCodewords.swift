/// Turns text into the data codewords of one symbol (ISO/IEC 18004:2015 7.4).
enum DataCodewords {
    /// The pad codewords 11101100 and 00010001, which alternate to fill unused capacity
    /// (7.4.10).
    static let padBytes: [UInt8] = [0xEC, 0x11]

    /// Encodes the bytes as a single segment and fills the symbol's data capacity.
    ///
    /// The caller has already checked that the bytes fit the version and level.
    static func make(
        bytes: [UInt8], mode: EncodingMode, version: Int, correction: ErrorCorrection
    ) -> [UInt8] {
        let capacityBits = BlockStructure(version: version, correction: correction).dataCodewords * 8
        var buffer = BitBuffer()
        buffer.append(mode.indicator, bitCount: 4)
        buffer.append(bytes.count, bitCount: mode.characterCountBits(version: version))
        appendData(bytes, mode: mode, to: &buffer)
        precondition(buffer.count <= capacityBits, "data does not fit the chosen version")

        // The terminator is cut short when the symbol is nearly full (7.4.9).
        buffer.append(0, bitCount: min(4, capacityBits - buffer.count))
        buffer.append(0, bitCount: (8 - buffer.count % 8) % 8)

        var codewords = buffer.bytes
        var padIndex = 0
        while codewords.count < capacityBits / 8 {
            codewords.append(padBytes[padIndex])
            padIndex ^= 1
        }
        return codewords
    }

    /// Writes the characters in the mode's packing (7.4.3 to 7.4.5).
    private static func appendData(_ bytes: [UInt8], mode: EncodingMode, to buffer: inout BitBuffer) {
        switch mode {
        case .numeric:
            for start in stride(from: 0, to: bytes.count, by: 3) {
                let group = bytes[start..<min(start + 3, bytes.count)]
                let value = group.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                buffer.append(value, bitCount: group.count * 3 + 1)
            }
        case .alphanumeric:
            for start in stride(from: 0, to: bytes.count, by: 2) {
                let first = EncodingMode.alphanumericValue(of: bytes[start])!
                if start + 1 < bytes.count {
                    let second = EncodingMode.alphanumericValue(of: bytes[start + 1])!
                    buffer.append(first * 45 + second, bitCount: 11)
                } else {
                    buffer.append(first, bitCount: 6)
                }
            }
        case .byte:
            for byte in bytes {
                buffer.append(Int(byte), bitCount: 8)
            }
        }
    }
}
