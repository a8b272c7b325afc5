/// Why bytes are not a GZIP stream we can inflate.
public enum GZipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The magic bytes, method or flags are not GZIP with DEFLATE.
    case invalidHeader
    /// The stream ends before it should.
    case truncated
    /// The DEFLATE data breaks RFC 1951 (bad block type, code lengths, symbol or distance).
    case invalidDeflate(String)
    /// The inflated data would exceed the caller's limit; guards against decompression bombs.
    case outputTooLarge(limit: Int)
    /// The CRC-32 or length in the trailer does not match the data.
    case checksumMismatch

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .invalidHeader: "not a GZIP stream"
        case .truncated: "the GZIP stream is cut short"
        case .invalidDeflate(let detail): "invalid DEFLATE data: \(detail)"
        case .outputTooLarge(let limit): "the data inflates to more than \(limit) bytes"
        case .checksumMismatch: "the GZIP checksum does not match"
        }
    }
}
