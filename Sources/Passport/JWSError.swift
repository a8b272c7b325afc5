/// Why a string is not an acceptable compact JWS.
public enum JWSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Longer than the caller's limit, in bytes.
    case tooLarge(limit: Int)
    /// Not three dot-separated parts.
    case wrongPartCount(Int)
    /// A part (0 header, 1 payload, 2 signature) that is empty or not strict base64url.
    case invalidBase64(part: Int)
    /// The header or payload is not a JSON object.
    case invalidJSON(part: Int, JSONParseError?)
    /// The header has no `alg`.
    case missingAlgorithm
    /// An `alg` other than `EdDSA` or `Ed25519`, including `none` and HMAC.
    case unsupportedAlgorithm(String)
    /// The header has no `kid`.
    case missingKeyID
    /// The header lists `crit` extensions, which RFC 7515 says must be refused when not understood.
    case unsupportedCriticalHeader

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .tooLarge(let limit): "the token is larger than \(limit) bytes"
        case .wrongPartCount(let count): "a compact JWS has 3 parts separated by dots, not \(count)"
        case .invalidBase64(let part): "the \(Self.partName(part)) is not valid base64url"
        case .invalidJSON(let part, let error?): "the \(Self.partName(part)) is not valid JSON: \(error)"
        case .invalidJSON(let part, nil): "the \(Self.partName(part)) is not a JSON object"
        case .missingAlgorithm: "the header has no alg"
        case .unsupportedAlgorithm(let name): "the algorithm \"\(name)\" is not accepted (only EdDSA/Ed25519)"
        case .missingKeyID: "the header has no kid"
        case .unsupportedCriticalHeader: "the header marks extensions as critical (crit), which are not supported"
        }
    }

    private static func partName(_ part: Int) -> String {
        switch part {
        case 0: "header"
        case 1: "payload"
        default: "signature"
        }
    }
}
