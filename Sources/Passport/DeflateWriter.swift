/// A DEFLATE (RFC 1951) compressor for status lists: one block with the fixed Huffman codes, where a run
/// of a repeated byte becomes a distance-1 match. A mostly-zero 16 KB bitstring shrinks to a few dozen
/// bytes, and there is no need for zlib or any I/O. It is not a general-purpose compressor.
enum DeflateWriter {
    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
        99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5,
        5, 5, 0,
    ]

    /// The raw DEFLATE stream for `data`.
    static func compress(_ data: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, bitCount: 1)  // BFINAL
        writer.write(1, bitCount: 2)  // BTYPE 01: fixed Huffman codes
        var index = 0
        while index < data.count {
            var run = 0
            if index > 0 {
                let previous = data[index - 1]
                while run < 258, index + run < data.count, data[index + run] == previous { run += 1 }
            }
            if run >= 3 {
                writeLength(run, into: &writer)
                writer.writeHuffman(0, length: 5)  // distance code 0 = distance 1, no extra bits
                index += run
            } else {
                writeLiteral(Int(data[index]), into: &writer)
                index += 1
            }
        }
        writeLiteral(256, into: &writer)  // end of block
        return writer.finish()
    }

    /// Writes a literal/length symbol with its fixed code (RFC 1951 section 3.2.6).
    private static func writeLiteral(_ symbol: Int, into writer: inout BitWriter) {
        switch symbol {
        case 0...143: writer.writeHuffman(0x30 + symbol, length: 8)
        case 144...255: writer.writeHuffman(0x190 + symbol - 144, length: 9)
        case 256...279: writer.writeHuffman(symbol - 256, length: 7)
        default: writer.writeHuffman(0xC0 + symbol - 280, length: 8)
        }
    }

    private static func writeLength(_ length: Int, into writer: inout BitWriter) {
        let code = (lengthBases.lastIndex { $0 <= length })!
        writeLiteral(257 + code, into: &writer)
        writer.write(length - lengthBases[code], bitCount: lengthExtraBits[code])
    }
}

/// Packs bits least-significant first, as DEFLATE requires.
private struct BitWriter {
    var bytes: [UInt8] = []
    var buffer: UInt32 = 0
    var count = 0

    /// Appends the low `bitCount` bits of `value`, least significant first (extra bits and headers).
    mutating func write(_ value: Int, bitCount: Int) {
        buffer |= UInt32(value) << UInt32(count)
        count += bitCount
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// Appends a Huffman code, whose bits go most significant first.
    mutating func writeHuffman(_ code: Int, length: Int) {
        var reversed = 0
        for bit in 0..<length where code & (1 << bit) != 0 {
            reversed |= 1 << (length - 1 - bit)
        }
        write(reversed, bitCount: length)
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
        return bytes
    }
}
