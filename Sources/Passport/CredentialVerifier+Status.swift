import Foundation

extension CredentialVerifier {
    /// The largest status list credential accepted, in bytes.
    static let maximumStatusListBytes = 2 * 1024 * 1024

    /// Verifies a status list VC-JWT as a credential's signature is verified (steps 1–3): `typ`, a key the
    /// trust list holds for the issuer at `iat`, the signature, and `kid` belonging to the list's issuer.
    /// Callers may verify a list once and pass it on as `StatusListSource.verified`. The list's `validFrom`
    /// is not held against it (a list published later is at least as current); its `validUntil` is checked
    /// when a credential is judged against it.
    public func verifyStatusList(
        _ token: String, statusSize: Int = 1
    ) throws(StatusListError)
        -> StatusListCredential
    {
        let jws: CompactJWS
        do {
            jws = try CompactJWS(parsing: token, maximumLength: Self.maximumStatusListBytes)
        } catch {
            throw .notVerified(error.description)
        }
        guard jws.type == "vc+jwt" || jws.type == "JWT" else { throw .notVerified("the header typ must be vc+jwt") }
        let key: ResolvedKey
        switch resolveIssuerKey(keyID: jws.keyID) {
        case .failed(_, let reason): throw .notVerified(reason)
        case .resolved(let resolved): key = resolved
        }
        guard jws.isSigned(by: key.publicKey) else { throw .notVerified("the signature does not match \(jws.keyID)") }
        let payload: JSONObject
        do {
            payload = try jws.payloadObject()
        } catch {
            throw .notVerified(error.description)
        }
        if let problem = key.trustProblem ?? key.windowProblem(signingTime: Self.signingTime(of: payload)) {
            throw .notVerified(problem)
        }
        let list = try StatusListCredential(json: payload, statusSize: statusSize)
        guard DIDURL.did(of: jws.keyID) == list.issuer else { throw .notVerified("the list is signed by another DID") }
        return list
    }

    /// The status outcome for a credential (step 6), or nil when its status does not stop it.
    func statusOutcome(
        payload: JSONObject, issuer: String, at now: Date
    ) -> (CredentialVerdict.Outcome, String)? {
        guard let statusJSON = payload["credentialStatus"]?.objectValue else { return nil }
        guard statusJSON["type"]?.stringValue == "BitstringStatusListEntry" else {
            return policy.requiresStatusList ? (.statusUnavailable, "its status method is not supported") : nil
        }
        let entry: StatusListEntry
        do {
            entry = try StatusListEntry(json: statusJSON)
        } catch {
            return (.malformed, error.description)
        }
        let list: StatusListCredential
        switch statusLists.source(for: entry.listURL) {
        case nil:
            return policy.requiresStatusList ? (.statusUnavailable, "its status list was not supplied") : nil
        case .bitstring(let bits):
            list = StatusListCredential(
                url: entry.listURL, issuer: issuer, purpose: entry.purpose, validFrom: .distantPast, list: bits)
        case .verified(let verified):
            list = verified
        case .credential(let token):
            do {
                list = try verifyStatusList(token, statusSize: entry.statusSize)
            } catch {
                return (.statusUnavailable, error.description)
            }
        }
        return outcome(of: entry, in: list, issuer: issuer, at: now)
    }

    private func outcome(
        of entry: StatusListEntry, in list: StatusListCredential, issuer: String, at now: Date
    ) -> (CredentialVerdict.Outcome, String)? {
        guard list.url == entry.listURL, list.issuer == issuer else {
            return (.statusUnavailable, "the status list supplied belongs to another list or issuer")
        }
        guard list.purpose == entry.purpose else {
            return (.statusUnavailable, "the status list's purpose does not match the credential's entry")
        }
        if let until = list.validUntil, until <= now { return (.statusUnavailable, "the status list has expired") }
        // The same bytes read with the entry's status size (a verified list may have been decoded with 1 bit).
        guard let bits = try? BitstringStatusList(bitstring: list.list.bytes, statusSize: entry.statusSize),
            let value = bits.status(at: entry.index)
        else { return (.statusUnavailable, "its status position \(entry.index) is outside the list") }
        guard value != 0 else { return nil }
        switch entry.purpose {
        case .revocation: return (.revoked, "revoked by the issuer")
        case .suspension: return (.suspended, "suspended by the issuer")
        case .refresh: return nil
        case .message: return value == 1 ? (.suspended, "suspended by the issuer") : (.revoked, "revoked by the issuer")
        }
    }
}
