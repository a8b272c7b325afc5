/// GZIP (RFC 1952) framing around DEFLATE, for `encodedList` in Bitstring Status Lists.
public enum GZip {
    /// The most a status list may inflate to unless the caller says otherwise: 16 MiB is 134 million
    /// entries, far beyond any real list, yet small enough that a hostile "zip bomb" cannot hurt.
    public static let defaultMaximumOutput = 16 * 1024 * 1024

    /// A GZIP member holding `data`: modification time 0 and OS "unknown", so equal input gives equal bytes.
    public static func compress(_ data: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF]
        output.append(contentsOf: DeflateWriter.compress(data))
        output.append(contentsOf: littleEndianBytes(CRC32.checksum(data)))
        output.append(contentsOf: littleEndianBytes(UInt32(truncatingIfNeeded: data.count)))
        return output
    }

    /// The data in one or more concatenated GZIP members. Header fields (name, comment, extra, header
    /// CRC) are skipped; the CRC-32 and length of each member are checked.
    public static func decompress(
        _ bytes: [UInt8], maximumOutput: Int = defaultMaximumOutput
    ) throws(GZipError) -> [UInt8] {
        guard !bytes.isEmpty else { throw .truncated }
        var output: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            offset = try skipHeader(bytes, from: offset)
            var reader = InflateBitReader(bytes: bytes, offset: offset)
            let member = try Inflate.inflate(&reader, maximumOutput: maximumOutput - output.count)
            offset = reader.offset
            guard offset + 8 <= bytes.count else { throw .truncated }
            let crc = readLittleEndian(bytes, at: offset)
            let size = readLittleEndian(bytes, at: offset + 4)
            guard crc == CRC32.checksum(member), size == UInt32(truncatingIfNeeded: member.count) else {
                throw .checksumMismatch
            }
            offset += 8
            output.append(contentsOf: member)
        }
        return output
    }

    /// The offset of the DEFLATE data after the member header starting at `start`.
    private static func skipHeader(_ bytes: [UInt8], from start: Int) throws(GZipError) -> Int {
        guard bytes.count - start >= 10 else { throw .truncated }
        guard bytes[start] == 0x1F, bytes[start + 1] == 0x8B, bytes[start + 2] == 0x08 else { throw .invalidHeader }
        let flags = bytes[start + 3]
        guard flags & 0xE0 == 0 else { throw .invalidHeader }
        var offset = start + 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard offset + 2 <= bytes.count else { throw .truncated }
            offset += 2 + (Int(bytes[offset]) | Int(bytes[offset + 1]) << 8)
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while offset < bytes.count, bytes[offset] != 0 { offset += 1 }
            offset += 1
        }
        if flags & 0x02 != 0 { offset += 2 }  // FHCRC
        guard offset <= bytes.count else { throw .truncated }
        return offset
    }

    private static func littleEndianBytes(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> UInt32(8 * $0)) }
    }

    private static func readLittleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
    }
}
