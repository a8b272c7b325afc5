/// Why a trust list cannot be used.
public enum TrustListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JWS is malformed or uses a refused algorithm.
    case invalidToken(JWSError)
    /// The JWS is not signed by the operator key it names, or names a key the operator does not hold.
    case badSignature(String)
    /// The JSON lacks a member or has one of the wrong type.
    case invalidDocument(String)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .invalidToken(let error): "the trust list token is malformed: \(error)"
        case .badSignature(let detail): "the trust list signature is not valid: \(detail)"
        case .invalidDocument(let detail): "invalid trust list: \(detail)"
        }
    }
}
