/// Why a status list, its encoding or a status entry cannot be used.
public enum StatusListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `encodedList` is not `u` + base64url.
    case invalidEncoding
    /// The GZIP data inside `encodedList` is broken.
    case invalidCompression(GZipError)
    /// Fewer than 131,072 bits (W3C `STATUS_LIST_LENGTH_ERROR`).
    case tooShort(bits: Int)
    /// An index outside the list.
    case indexOutOfRange(Int)
    /// A status value that does not fit in `statusSize` bits.
    case valueOutOfRange(Int)
    /// A status list credential or `credentialStatus` entry that lacks a member or has a wrong one.
    case invalidDocument(String)
    /// The status list credential's signature, issuer or key is not acceptable (`STATUS_VERIFICATION_ERROR`).
    case notVerified(String)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .invalidEncoding: "encodedList is not multibase base64url"
        case .invalidCompression(let error): "encodedList does not decompress: \(error)"
        case .tooShort(let bits): "the status list has \(bits) bits, fewer than the 131,072 required"
        case .indexOutOfRange(let index): "status index \(index) is outside the list"
        case .valueOutOfRange(let value): "status value \(value) does not fit the status size"
        case .invalidDocument(let detail): "invalid status list: \(detail)"
        case .notVerified(let detail): "the status list cannot be trusted: \(detail)"
        }
    }
}
