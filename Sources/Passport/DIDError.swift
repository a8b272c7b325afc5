/// Why a DID, DID URL or DID document cannot be used.
public enum DIDError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not a `did:key` identifier.
    case notDIDKey(String)
    /// Not a well-formed `did:web` identifier.
    case notDIDWeb(String)
    /// The key inside a `did:key` or a verification method is unusable.
    case invalidKey(String, KeyError)
    /// A `did:key` URL whose fragment is not the key itself.
    case fragmentMismatch(String)
    /// A DID document that lacks a required member or has one of the wrong type.
    case invalidDocument(String)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .notDIDKey(let text): "\"\(text)\" is not a did:key"
        case .notDIDWeb(let text): "\"\(text)\" is not a did:web"
        case .invalidKey(let id, let error): "the key \(id) is unusable: \(error)"
        case .fragmentMismatch(let url): "the fragment of \(url) does not name its own key"
        case .invalidDocument(let detail): "invalid DID document: \(detail)"
        }
    }
}
