/// A DEFLATE (RFC 1951) decompressor: stored, fixed-Huffman and dynamic-Huffman blocks, so status lists
/// compressed by any issuer's zlib can be read without I/O. Output is capped by the caller.
enum Inflate {
    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
        99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5,
        5, 5, 0,
    ]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
        1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11,
        11, 12, 12, 13, 13,
    ]
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static let fixedCodes: (literals: HuffmanCode, distances: HuffmanCode) = {
        let literalLengths = (0..<288).map { symbol in
            switch symbol {
            case 0..<144: 8
            case 144..<256: 9
            case 256..<280: 7
            default: 8
            }
        }
        // The fixed codes are complete by construction.
        return (
            try! HuffmanCode(lengths: literalLengths, allowIncomplete: false),
            try! HuffmanCode(lengths: [Int](repeating: 5, count: 30), allowIncomplete: true)
        )
    }()

    /// Inflates the raw DEFLATE stream starting at `reader`'s position, leaving the reader after the
    /// last block (byte-aligned).
    static func inflate(_ reader: inout InflateBitReader, maximumOutput: Int) throws(GZipError) -> [UInt8] {
        var output: [UInt8] = []
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStored(&reader, into: &output, maximumOutput: maximumOutput)
            case 1:
                try inflateBlock(&reader, codes: fixedCodes, into: &output, maximumOutput: maximumOutput)
            case 2:
                let codes = try readDynamicCodes(&reader)
                try inflateBlock(&reader, codes: codes, into: &output, maximumOutput: maximumOutput)
            default: throw .invalidDeflate("reserved block type")
            }
        }
        reader.alignToByte()
        return output
    }

    private static func copyStored(
        _ reader: inout InflateBitReader, into output: inout [UInt8], maximumOutput: Int
    ) throws(GZipError) {
        reader.alignToByte()
        let length = Int(try reader.byte()) | Int(try reader.byte()) << 8
        let complement = Int(try reader.byte()) | Int(try reader.byte()) << 8
        guard length == ~complement & 0xFFFF else { throw .invalidDeflate("stored block length check failed") }
        guard output.count + length <= maximumOutput else { throw .outputTooLarge(limit: maximumOutput) }
        for _ in 0..<length { output.append(try reader.byte()) }
    }

    private static func readDynamicCodes(
        _ reader: inout InflateBitReader
    ) throws(GZipError) -> (literals: HuffmanCode, distances: HuffmanCode) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidDeflate("too many codes") }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[index]] = try reader.bits(3) }
        let codeLengthCode = try HuffmanCode(lengths: codeLengthLengths, allowIncomplete: false)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthCode.decode(&reader)
            let (value, repeatCount): (Int, Int)
            switch symbol {
            case 0...15: (value, repeatCount) = (symbol, 1)
            case 16:
                guard let previous = lengths.last else { throw .invalidDeflate("repeat with no previous length") }
                (value, repeatCount) = (previous, 3 + (try reader.bits(2)))
            case 17: (value, repeatCount) = (0, 3 + (try reader.bits(3)))
            default: (value, repeatCount) = (0, 11 + (try reader.bits(7)))
            }
            guard lengths.count + repeatCount <= literalCount + distanceCount else {
                throw .invalidDeflate("code lengths overrun")
            }
            lengths.append(contentsOf: repeatElement(value, count: repeatCount))
        }
        guard lengths[256] != 0 else { throw .invalidDeflate("no end-of-block code") }
        return (
            try HuffmanCode(lengths: Array(lengths[..<literalCount]), allowIncomplete: false),
            try HuffmanCode(lengths: Array(lengths[literalCount...]), allowIncomplete: false)
        )
    }

    private static func inflateBlock(
        _ reader: inout InflateBitReader, codes: (literals: HuffmanCode, distances: HuffmanCode),
        into output: inout [UInt8], maximumOutput: Int
    ) throws(GZipError) {
        while true {
            let symbol = try codes.literals.decode(&reader)
            if symbol < 256 {
                guard output.count < maximumOutput else { throw .outputTooLarge(limit: maximumOutput) }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < lengthBases.count else { throw .invalidDeflate("invalid length symbol") }
            let length = lengthBases[lengthIndex] + (try reader.bits(lengthExtraBits[lengthIndex]))
            let distanceSymbol = try codes.distances.decode(&reader)
            guard distanceSymbol < distanceBases.count else { throw .invalidDeflate("invalid distance symbol") }
            let distance = distanceBases[distanceSymbol] + (try reader.bits(distanceExtraBits[distanceSymbol]))
            guard distance <= output.count else { throw .invalidDeflate("distance reaches before the start") }
            guard output.count + length <= maximumOutput else { throw .outputTooLarge(limit: maximumOutput) }
            // Byte by byte, because a match may overlap the bytes it is producing (a run).
            let start = output.count - distance
            for step in 0..<length { output.append(output[start + step]) }
        }
    }
}
