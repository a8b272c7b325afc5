/// One key in a DID document.
public struct VerificationMethod: Sendable, Hashable {
    /// How the key is written in the document.
    public enum Representation: String, Sendable, Hashable, CaseIterable {
        /// `type: JsonWebKey` with `publicKeyJwk`, as VC-JOSE-COSE asks for JWT-secured credentials.
        case jsonWebKey = "JsonWebKey"
        /// `type: Multikey` with `publicKeyMultibase`, as Data Integrity proofs use.
        case multikey = "Multikey"
    }

    /// The absolute DID URL of the key, e.g. `did:web:carepath.example:issuers:x#key-1`.
    public var id: String
    /// The DID that controls the key.
    public var controller: String
    /// The key.
    public var publicKey: Ed25519PublicKey
    /// How the key is written.
    public var representation: Representation

    /// A verification method; `controller` is usually the document's DID.
    public init(id: String, controller: String, publicKey: Ed25519PublicKey, representation: Representation) {
        self.id = id
        self.controller = controller
        self.publicKey = publicKey
        self.representation = representation
    }

    /// The method as it appears in a DID document.
    public var json: JSONObject {
        var object: JSONObject = [
            "id": .string(id), "type": .string(representation.rawValue), "controller": .string(controller),
        ]
        switch representation {
        case .jsonWebKey: object["publicKeyJwk"] = .object(publicKey.jwk)
        case .multikey: object["publicKeyMultibase"] = .string(publicKey.multibase)
        }
        return object
    }

    /// Reads a method from a DID document whose DID is `documentID` (relative ids are resolved against it).
    public init(json: JSONObject, documentID: String) throws(DIDError) {
        guard let rawID = json["id"]?.stringValue else { throw .invalidDocument("a verification method has no id") }
        id = DIDURL.absolute(rawID, base: documentID)
        controller = json["controller"]?.stringValue ?? documentID
        guard let typeName = json["type"]?.stringValue, let representation = Representation(rawValue: typeName) else {
            throw .invalidDocument("\(id) has an unsupported type")
        }
        self.representation = representation
        do {
            switch representation {
            case .jsonWebKey:
                guard let jwk = json["publicKeyJwk"]?.objectValue else {
                    throw KeyError.unsupportedJWK("publicKeyJwk is missing")
                }
                publicKey = try Ed25519PublicKey(jwk: jwk)
            case .multikey:
                guard let multibase = json["publicKeyMultibase"]?.stringValue else { throw KeyError.invalidMultibase }
                publicKey = try Ed25519PublicKey(multibase: multibase)
            }
        } catch let error as KeyError {
            throw .invalidKey(id, error)
        } catch {
            throw .invalidDocument("\(id): \(error)")
        }
    }
}
