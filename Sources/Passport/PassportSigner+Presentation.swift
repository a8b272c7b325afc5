import Foundation

extension PassportSigner {
    /// How long a presentation stays acceptable: ten minutes, like the nonce it answers.
    public static let presentationLifetime: TimeInterval = 600

    /// Signs a VP-JWT (`typ: vp+jwt`) holding `credentials` (compact VC-JWTs, each wrapped as an
    /// `EnvelopedVerifiableCredential` data URL), bound to the verifier by `audience` and to its one-time
    /// challenge by `nonce`. The signer must be a worker's `did:key` (see `holder(key:)`).
    public func signPresentation(
        credentials: [String], audience: String, nonce: String, issuedAt: Date,
        lifetime: TimeInterval = presentationLifetime
    ) throws(SigningError) -> String {
        guard let holder = did, keyID == DIDKey.verificationMethodID(for: key.publicKey) else {
            throw .keyDoesNotBelongToIssuer(keyID: keyID, issuer: did)
        }
        let envelopes: [JSONValue] = credentials.map { token in
            [
                "@context": "https://www.w3.org/ns/credentials/v2",
                "type": "EnvelopedVerifiableCredential",
                "id": .string(Presentation.envelopePrefix + token),
            ]
        }
        let issued = Self.epochSeconds(issuedAt)
        let payload: JSONObject = [
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiablePresentation"],
            "holder": .string(holder),
            "verifiableCredential": .array(envelopes),
            "iss": .string(holder),
            "aud": .string(audience),
            "nonce": .string(nonce),
            "iat": .number(issued),
            "exp": .number(issued + lifetime.rounded(.down)),
        ]
        return CompactJWS.sign(payload: payload, type: "vp+jwt", keyID: keyID, key: key)
    }
}

/// Constants and helpers shared by presentation signing and verification.
public enum Presentation {
    /// The data-URL prefix of an enveloped VC-JWT.
    public static let envelopePrefix = "data:application/vc+jwt,"

    /// A fresh challenge for a share request: 128 random bits as base64url (22 characters). The verifier
    /// stores it, accepts it once and for ten minutes at most.
    public static func makeNonce(using generator: inout some RandomNumberGenerator) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<2 {
            withUnsafeBytes(of: generator.next().littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Base64URL.encode(bytes)
    }
}
