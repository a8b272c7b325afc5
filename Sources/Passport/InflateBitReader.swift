/// Reads a DEFLATE stream bit by bit, least significant bit of each byte first.
struct InflateBitReader {
    let bytes: [UInt8]
    private(set) var offset: Int
    private var buffer: UInt32 = 0
    private var count = 0

    init(bytes: [UInt8], offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// The next `bitCount` (at most 16) bits as an integer.
    mutating func bits(_ bitCount: Int) throws(GZipError) -> Int {
        while count < bitCount {
            guard offset < bytes.count else { throw .truncated }
            buffer |= UInt32(bytes[offset]) << UInt32(count)
            offset += 1
            count += 8
        }
        let value = Int(buffer & ((1 << UInt32(bitCount)) - 1))
        buffer >>= UInt32(bitCount)
        count -= bitCount
        return value
    }

    /// Drops the bits left in the current byte, for stored blocks and the end of the stream.
    mutating func alignToByte() {
        buffer = 0
        count = 0
    }

    /// The next whole byte; call after `alignToByte`.
    mutating func byte() throws(GZipError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated }
        offset += 1
        return bytes[offset - 1]
    }
}

/// A canonical Huffman code as counts per length and symbols in code order (the layout of zlib's puff),
/// decoded one bit at a time: slow but simple, and status lists are small.
struct HuffmanCode {
    private var counts = [Int](repeating: 0, count: 16)
    private var symbols: [Int]

    /// The code for these per-symbol lengths (0 = unused). Over-subscribed sets are refused, and so are
    /// incomplete ones unless they use at most one code (as zlib allows) or `allowIncomplete` is set
    /// (only for the fixed distance code, whose 30 five-bit codes leave two unused).
    init(lengths: [Int], allowIncomplete: Bool) throws(GZipError) {
        for length in lengths { counts[length] += 1 }
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw .invalidDeflate("over-subscribed Huffman code") }
        }
        let used = lengths.count - counts[0]
        guard left == 0 || allowIncomplete || used <= 1 else { throw .invalidDeflate("incomplete Huffman code") }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    /// Reads one symbol.
    func decode(_ reader: inout InflateBitReader) throws(GZipError) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try reader.bits(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .invalidDeflate("invalid Huffman code")
    }
}
