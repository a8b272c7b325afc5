import Foundation

/// What a verified presentation contains.
public struct VerifiedPresentation: Sendable, Hashable {
    /// The worker's `did:key`.
    public let holder: String
    /// When the worker signed it.
    public let issuedAt: Date
    /// One verdict per enclosed credential, in order.
    public let credentials: [CredentialVerdict]
}

/// Verifies VP-JWTs addressed to one verifier (passport.md 7.1 step 9): the holder's `did:key` signature,
/// `aud`, `nonce`, `exp`, holder binding, then each enclosed credential.
public struct PresentationVerifier: Sendable {
    /// Checks the enclosed credentials.
    public var credentialVerifier: CredentialVerifier
    /// This verifier's identifier, which `aud` must equal (or, as an array, contain).
    public var audience: String

    /// A presentation verifier for `audience`.
    public init(credentialVerifier: CredentialVerifier, audience: String) {
        self.credentialVerifier = credentialVerifier
        self.audience = audience
    }

    /// Verifies `token` against the challenge issued for this share request. The caller looks the nonce up
    /// in its own store, passes it here, and marks it used whatever the outcome, so it works once.
    public func verify(
        _ token: String, expectedNonce: String, at now: Date
    ) throws(PresentationProblem)
        -> VerifiedPresentation
    {
        let policy = credentialVerifier.policy
        let jws: CompactJWS
        do {
            jws = try CompactJWS(parsing: token, maximumLength: policy.maximumPresentationBytes)
        } catch {
            if case .unsupportedAlgorithm = error { throw .badSignature(error.description) }
            throw .malformed(error.description)
        }
        guard jws.type == "vp+jwt" else { throw .malformed("the header typ must be vp+jwt") }
        guard let holderKey = try? DIDKey.publicKey(from: jws.keyID), jws.keyID.contains("#") else {
            throw .malformed("the kid must be the holder's did:key verification method")
        }
        guard jws.isSigned(by: holderKey) else { throw .badSignature("the signature does not match the holder's key") }
        let payload: JSONObject
        do {
            payload = try jws.payloadObject()
        } catch {
            throw .malformed(error.description)
        }
        let holder = DIDKey.did(for: holderKey)
        guard payload["holder"]?.stringValue == holder, payload["iss"].map({ $0.stringValue == holder }) ?? true else {
            throw .malformed("holder and iss must be the signer's did:key")
        }
        guard payload["type"]?.arrayValue?.contains("VerifiablePresentation") == true else {
            throw .malformed("type must include VerifiablePresentation")
        }
        try checkBinding(payload, expectedNonce: expectedNonce, now: now, skew: policy.clockSkewSeconds)
        let tokens = try envelopedTokens(payload)
        var verdicts: [CredentialVerdict] = []
        for (index, credential) in tokens.enumerated() {
            let verdict = credentialVerifier.verify(credential, at: now)
            if let subject = verdict.details.subject, subject != holder {
                throw .holderMismatch(credentialIndex: index)
            }
            verdicts.append(verdict)
        }
        let issuedAt = Date(timeIntervalSince1970: payload["iat"]?.numberValue ?? 0)
        return VerifiedPresentation(holder: holder, issuedAt: issuedAt, credentials: verdicts)
    }

    private func checkBinding(
        _ payload: JSONObject, expectedNonce: String, now: Date, skew: Double
    ) throws(PresentationProblem) {
        let audiences =
            payload["aud"]?.stringValue.map { [$0] } ?? payload["aud"]?.arrayValue?.compactMap(\.stringValue)
        guard let audiences, audiences.contains(audience) else {
            throw .wrongAudience(found: audiences?.joined(separator: ", "))
        }
        guard let nonce = payload["nonce"]?.stringValue, !expectedNonce.isEmpty,
            ConstantTimeComparison.equal(Array(nonce.utf8), Array(expectedNonce.utf8))
        else { throw .wrongNonce }
        guard let issued = payload["iat"]?.numberValue, let expires = payload["exp"]?.numberValue else {
            throw .malformed("iat and exp are required")
        }
        guard issued <= now.timeIntervalSince1970 + skew else { throw .issuedInFuture }
        guard now.timeIntervalSince1970 < expires else { throw .expired }
    }

    private func envelopedTokens(_ payload: JSONObject) throws(PresentationProblem) -> [String] {
        guard let envelopes = payload["verifiableCredential"]?.arrayValue else {
            throw .malformed("verifiableCredential must be an array")
        }
        var tokens: [String] = []
        for envelope in envelopes {
            guard let object = envelope.objectValue,
                object["type"]?.stringValue == "EnvelopedVerifiableCredential"
                    || object["type"]?.arrayValue?.contains("EnvelopedVerifiableCredential") == true,
                let id = object["id"]?.stringValue, id.hasPrefix(Presentation.envelopePrefix)
            else { throw .malformed("each credential must be an EnvelopedVerifiableCredential vc+jwt data URL") }
            tokens.append(String(id.dropFirst(Presentation.envelopePrefix.count)))
        }
        return tokens
    }
}
