import Foundation

/// The key that checks a signature, and whether the trust list stands behind it.
struct ResolvedKey {
    let publicKey: Ed25519PublicKey
    /// Why the key or issuer is not trusted, or nil when it is. Reported only after the signature is
    /// checked, because a bad signature takes precedence over an untrusted issuer.
    let trustProblem: String?
    /// The issuer's trust list entry, if listed.
    let issuerEntry: TrustedIssuer?
    /// The key's trust list entry, whose validity window must cover the signing time; nil for a `did:key`
    /// issuer listed without keys (the DID is the key).
    let listedKey: TrustedIssuer.Key?

    /// Why the key's window does not cover the signing time (`iat`), or nil when it does.
    func windowProblem(signingTime: Date?) -> String? {
        guard let listedKey else { return nil }
        guard let signingTime else { return "the token has no iat, so the key's validity cannot be checked" }
        guard listedKey.covers(signingTime) else {
            return "signed at \(Timestamp.format(signingTime)), outside the validity of the key \(listedKey.keyID)"
        }
        return nil
    }
}

enum KeyResolution {
    case resolved(ResolvedKey)
    case failed(CredentialVerdict.Outcome, String)
}

extension CredentialVerifier {
    /// Finds the key for an issuer's `kid` (passport.md 7.1 step 2). `did:key` decodes locally. `did:web`
    /// takes the trust list's key, or a supplied DID document's assertion key; the key must be on the trust
    /// list and match the document if one is supplied (its window is checked once `iat` has been read).
    /// A document alone never makes a key trusted: that would let a worker bring their own issuer.
    func resolveIssuerKey(keyID: String) -> KeyResolution {
        guard let did = DIDURL.did(of: keyID) else { return .failed(.malformed, "the kid \(keyID) is not a DID URL") }
        let entry = trustList.issuer(did)
        switch DIDURL.method(of: did) {
        case "key":
            guard let key = try? DIDKey.publicKey(from: keyID) else {
                return .failed(.malformed, "the kid \(keyID) is not a valid Ed25519 did:key")
            }
            var problem = issuerProblem(entry, did: did)
            let listed = entry?.key(keyID)
            if problem == nil, let entry, !entry.keys.isEmpty, listed == nil {
                problem = "the key \(keyID) is not on the trust list"
            }
            return .resolved(ResolvedKey(publicKey: key, trustProblem: problem, issuerEntry: entry, listedKey: listed))
        case "web":
            let listed = entry?.key(keyID)
            let document = documents.document(for: did)
            let documentKey = document?.assertionKey(for: keyID)
            guard let key = listed?.publicKey ?? documentKey else {
                let problem = issuerProblem(entry, did: did) ?? "the key \(keyID) is not on the trust list"
                return .failed(.untrustedIssuer, problem + ", and no DID document supplies it")
            }
            var problem =
                issuerProblem(entry, did: did) ?? (listed == nil ? "the key \(keyID) is not on the trust list" : nil)
            if problem == nil, document != nil {
                if documentKey == nil {
                    problem = "\(keyID) is not an assertion method in the issuer's DID document"
                } else if documentKey != listed?.publicKey {
                    problem = "the DID document's key for \(keyID) differs from the trust list"
                }
            }
            return .resolved(ResolvedKey(publicKey: key, trustProblem: problem, issuerEntry: entry, listedKey: listed))
        default:
            return .failed(.untrustedIssuer, "the DID method of \(did) is not supported")
        }
    }

    private func issuerProblem(_ entry: TrustedIssuer?, did: String) -> String? {
        guard let entry else { return "the issuer \(did) is not on the trust list" }
        return entry.isActive ? nil : "\(entry.name) is \(entry.status) on the trust list"
    }
}
