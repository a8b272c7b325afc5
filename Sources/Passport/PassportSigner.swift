import Foundation

/// Signs passport documents as compact JWS with one Ed25519 key, identified by a DID URL `kid`:
/// `did:web:…#key-n` for issuers and the trust-list operator, `did:key:…#…` for workers.
public struct PassportSigner: Sendable {
    /// The signing key.
    public let key: Ed25519SigningKey
    /// The DID URL that names the key in DID documents and the trust list.
    public let keyID: String

    /// A signer whose key is published under `keyID`.
    public init(key: Ed25519SigningKey, keyID: String) {
        self.key = key
        self.keyID = keyID
    }

    /// A worker's signer: the `kid` is the key's own `did:key` verification method.
    public static func holder(key: Ed25519SigningKey) -> PassportSigner {
        PassportSigner(key: key, keyID: DIDKey.verificationMethodID(for: key.publicKey))
    }

    /// The DID that owns the key (the part of `kid` before `#`).
    public var did: String? { DIDURL.did(of: keyID) }

    /// Signs an issuer's credential as a VC-JWT (`typ: vc+jwt`): the payload is the credential plus `iss`
    /// (= issuer id), `jti` (= id), `sub` (= subject id, if any) and `iat`; never `vc`, `exp` or `nbf`.
    /// A status list credential gets no `sub`: its subject is the list itself (passport.md section 3).
    public func sign(credential: JSONObject, issuedAt: Date) throws(SigningError) -> String {
        let issuer = credential["issuer"]?.stringValue ?? credential["issuer"]?["id"]?.stringValue
        guard let issuer, issuer == did else { throw .keyDoesNotBelongToIssuer(keyID: keyID, issuer: issuer) }
        guard let id = credential["id"]?.stringValue else { throw .missingMember("id") }
        var payload = credential
        payload["iss"] = .string(issuer)
        payload["jti"] = .string(id)
        let isStatusList = credential["type"]?.arrayValue?.contains("BitstringStatusListCredential") == true
        if !isStatusList, let subject = credential["credentialSubject"]?["id"]?.stringValue {
            payload["sub"] = .string(subject)
        }
        payload["iat"] = .number(Self.epochSeconds(issuedAt))
        return CompactJWS.sign(payload: payload, type: "vc+jwt", keyID: keyID, key: key)
    }

    /// Signs a status list credential as a VC-JWT with claims `iss`, `jti` (= list URL) and `iat`.
    public func sign(statusList: StatusListCredential, issuedAt: Date) throws(SigningError) -> String {
        try sign(credential: statusList.json, issuedAt: issuedAt)
    }

    /// Signs a trust list as a JWS with `typ: JWT`; the payload is the trust list exactly.
    public func sign(trustList: TrustList) -> String {
        CompactJWS.sign(payload: trustList.json, type: "JWT", keyID: keyID, key: key)
    }

    static func epochSeconds(_ date: Date) -> Double {
        date.timeIntervalSince1970.rounded(.down)
    }
}
