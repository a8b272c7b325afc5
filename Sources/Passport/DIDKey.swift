/// `did:key` for Ed25519 (https://w3c-ccg.github.io/did-method-key/): the identifier is the public key,
/// so resolving it is pure computation and needs no document or network.
public enum DIDKey {
    /// `did:key:z6Mk…` for the key.
    public static func did(for key: Ed25519PublicKey) -> String {
        "did:key:" + key.multibase
    }

    /// `did:key:z6Mk…#z6Mk…`: the key's verification method, used as the `kid` of presentations.
    public static func verificationMethodID(for key: Ed25519PublicKey) -> String {
        let multibase = key.multibase
        return "did:key:\(multibase)#\(multibase)"
    }

    /// The public key inside a `did:key` or one of its DID URLs. A fragment, if present, must repeat the key.
    public static func publicKey(from didOrURL: String) throws(DIDError) -> Ed25519PublicKey {
        guard didOrURL.hasPrefix("did:key:") else { throw .notDIDKey(didOrURL) }
        let body = didOrURL.dropFirst("did:key:".count)
        let parts = body.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let multibase = String(parts[0])
        if parts.count == 2, parts[1] != parts[0] { throw .fragmentMismatch(didOrURL) }
        do {
            return try Ed25519PublicKey(multibase: multibase)
        } catch {
            throw .invalidKey(didOrURL, error)
        }
    }
}
