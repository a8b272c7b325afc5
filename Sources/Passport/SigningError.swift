/// Why the signer refuses to sign a document.
public enum SigningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document's issuer (or holder) is not the DID that owns the signing key's `kid`.
    case keyDoesNotBelongToIssuer(keyID: String, issuer: String?)
    /// The document lacks a member the JWT claims are taken from.
    case missingMember(String)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .keyDoesNotBelongToIssuer(let keyID, let issuer?): "the key \(keyID) does not belong to \(issuer)"
        case .keyDoesNotBelongToIssuer(let keyID, nil): "the document names no issuer for the key \(keyID)"
        case .missingMember(let name): "the document has no \(name)"
        }
    }
}
