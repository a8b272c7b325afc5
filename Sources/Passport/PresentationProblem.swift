/// Why a presentation as a whole is refused. A refused presentation yields no credential verdicts.
public enum PresentationProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not a well-formed VP-JWT.
    case malformed(String)
    /// Not signed by the holder's key, or signed with a refused algorithm.
    case badSignature(String)
    /// Addressed to another verifier.
    case wrongAudience(found: String?)
    /// Answers another challenge (or a reused one).
    case wrongNonce
    /// Its `exp` has passed.
    case expired
    /// Its `iat` is in the future beyond the allowed clock skew.
    case issuedInFuture
    /// A credential is about someone other than the holder.
    case holderMismatch(credentialIndex: Int)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .malformed(let detail): "the presentation is malformed: \(detail)"
        case .badSignature(let detail): "the presentation's signature is not valid: \(detail)"
        case .wrongAudience(let found?): "the presentation is addressed to \(found), not this verifier"
        case .wrongAudience(nil): "the presentation names no audience"
        case .wrongNonce: "the presentation does not answer this request's challenge (nonce)"
        case .expired: "the presentation has expired"
        case .issuedInFuture: "the presentation is dated in the future"
        case .holderMismatch(let index): "credential \(index + 1) is not about the person presenting it"
        }
    }
}
