/// A DID document reduced to what verification needs: the DID, its Ed25519 keys and which of them may
/// sign credentials (`assertionMethod`). Retired keys stay listed so that old credentials still verify.
public struct DIDDocument: Sendable, Hashable {
    /// The contexts Carepath writes: DID core and the Controlled Identifiers vocabulary that defines
    /// `JsonWebKey` and `Multikey`.
    public static let contexts = ["https://www.w3.org/ns/did/v1", "https://www.w3.org/ns/cid/v1"]

    /// The DID the document describes.
    public var id: String
    /// Every key, current and retired.
    public var verificationMethods: [VerificationMethod]
    /// Absolute ids of the keys allowed to issue credentials.
    public var assertionMethod: [String]

    /// A document with these keys; `assertionMethod` lists absolute key ids.
    public init(id: String, verificationMethods: [VerificationMethod], assertionMethod: [String]) {
        self.id = id
        self.verificationMethods = verificationMethods
        self.assertionMethod = assertionMethod
    }

    /// An issuer's document: each key becomes `<did>#<fragment>` and may issue. List rotated-out keys too,
    /// oldest first, so credentials they signed keep verifying.
    public static func issuer(
        did: String,
        keys: [(fragment: String, publicKey: Ed25519PublicKey)],
        representation: VerificationMethod.Representation = .jsonWebKey
    ) -> DIDDocument {
        let methods = keys.map { key in
            VerificationMethod(
                id: "\(did)#\(key.fragment)", controller: did, publicKey: key.publicKey,
                representation: representation)
        }
        return DIDDocument(id: did, verificationMethods: methods, assertionMethod: methods.map(\.id))
    }

    /// The document a `did:key` stands for, generated locally: one key, allowed to assert.
    public static func forDIDKey(_ key: Ed25519PublicKey) -> DIDDocument {
        let did = DIDKey.did(for: key)
        let method = VerificationMethod(
            id: DIDKey.verificationMethodID(for: key), controller: did, publicKey: key, representation: .multikey)
        return DIDDocument(id: did, verificationMethods: [method], assertionMethod: [method.id])
    }

    /// The key with this absolute id, if it is also listed under `assertionMethod`; nil otherwise.
    public func assertionKey(for keyID: String) -> Ed25519PublicKey? {
        guard assertionMethod.contains(keyID) else { return nil }
        return verificationMethods.first { $0.id == keyID }?.publicKey
    }
}
