import Foundation

/// Verifies credential VC-JWTs offline (passport.md section 7.1) and gives one verdict each. Everything it
/// needs is handed in: the trust list (already verified), DID documents and status lists.
public struct CredentialVerifier: Sendable {
    /// Issuers, keys and allowed achievements.
    public var trustList: TrustList
    /// Cached or bundled `did:web` documents.
    public var documents: DIDDocumentResolver
    /// Cached or bundled status lists.
    public var statusLists: StatusListResolver
    /// Limits and windows.
    public var policy: VerificationPolicy

    /// A verifier.
    public init(
        trustList: TrustList, documents: DIDDocumentResolver = .none, statusLists: StatusListResolver = .none,
        policy: VerificationPolicy = VerificationPolicy()
    ) {
        self.trustList = trustList
        self.documents = documents
        self.statusLists = statusLists
        self.policy = policy
    }

    /// The verdict for one compact VC-JWT at `now`. Never throws or traps on bad input.
    public func verify(_ token: String, at now: Date) -> CredentialVerdict {
        let jws: CompactJWS
        do {
            jws = try CompactJWS(parsing: token, maximumLength: policy.maximumCredentialBytes)
        } catch {
            if case .unsupportedAlgorithm = error { return CredentialVerdict(.badSignature, error.description) }
            return CredentialVerdict(.malformed, error.description)
        }
        // Until the signature holds, whatever the payload says is only for display next to the verdict.
        func unverified(_ outcome: CredentialVerdict.Outcome, _ reason: String) -> CredentialVerdict {
            let details = (try? jws.payloadObject()).map(CredentialDetails.init(reading:)) ?? CredentialDetails()
            return CredentialVerdict(outcome, reason, details: details)
        }
        guard let type = jws.type, type == "vc+jwt" || type == "JWT" else {
            return unverified(.malformed, "the header typ must be vc+jwt")
        }
        let resolved: ResolvedKey
        switch resolveIssuerKey(keyID: jws.keyID) {
        case .failed(let outcome, let reason): return unverified(outcome, reason)
        case .resolved(let key): resolved = key
        }
        guard jws.isSigned(by: resolved.publicKey) else {
            return unverified(.badSignature, "the signature does not match the key \(jws.keyID)")
        }
        let payload: JSONObject
        do {
            payload = try jws.payloadObject()
        } catch {
            return CredentialVerdict(.malformed, error.description)
        }
        let details = CredentialDetails(reading: payload)
        func verdict(_ outcome: CredentialVerdict.Outcome, _ reason: String) -> CredentialVerdict {
            CredentialVerdict(outcome, reason, details: details)
        }
        if let problem = trustProblem(keyID: jws.keyID, payload: payload, resolved: resolved, details: details) {
            return verdict(.untrustedIssuer, problem)
        }
        if let problem = claimProblem(payload, details: details) ?? CredentialShape.problems(in: payload).first {
            return verdict(.malformed, problem)
        }
        if let (outcome, reason) = statusOutcome(payload: payload, issuer: details.issuer ?? "", at: now) {
            return verdict(outcome, "\(details.label): \(reason)")
        }
        return dateVerdict(details: details, at: now)
    }

    /// The moment the JWS says it was signed (`iat`), which must fall in the key's trust-list window.
    static func signingTime(of payload: JSONObject) -> Date? {
        guard let seconds = payload["iat"]?.numberValue, seconds.isFinite else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Trust beyond the key: the issuer named in the credential owns the key, and may issue the achievement.
    private func trustProblem(
        keyID: String, payload: JSONObject, resolved: ResolvedKey, details: CredentialDetails
    ) -> String? {
        if let problem = resolved.trustProblem ?? resolved.windowProblem(signingTime: Self.signingTime(of: payload)) {
            return problem
        }
        let signer = DIDURL.did(of: keyID) ?? keyID
        if let issuer = details.issuer, issuer != signer {
            return "signed by \(signer) but names \(issuer) as its issuer"
        }
        if let code = details.achievementCode, let entry = resolved.issuerEntry, !entry.mayIssue(code) {
            return "\(entry.name) is not on the trust list for \(code)"
        }
        return nil
    }

    /// JWT claims must agree with the credential, and VC 1.1 wrappers must be absent (VC-JOSE-COSE).
    private func claimProblem(_ payload: JSONObject, details: CredentialDetails) -> String? {
        if payload["vc"] != nil || payload["vp"] != nil { return "the payload must not contain a vc or vp claim" }
        let pairs: [(claim: String, member: String, expected: String?)] = [
            ("iss", "issuer", details.issuer), ("jti", "id", details.id),
            ("sub", "credentialSubject.id", details.subject),
        ]
        for pair in pairs {
            if let claim = payload[pair.claim], claim.stringValue == nil || claim.stringValue != pair.expected {
                return "the \(pair.claim) claim does not match \(pair.member)"
            }
        }
        return nil
    }
}
