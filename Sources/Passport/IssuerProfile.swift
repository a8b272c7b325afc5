/// The credential `issuer`: an OB `Profile` naming the organisation as it appears on the trust list.
public struct IssuerProfile: Sendable, Hashable {
    /// The issuer's DID (`did:web`).
    public var did: String
    /// The organisation's name.
    public var name: String

    /// An issuer profile.
    public init(did: String, name: String) {
        self.did = did
        self.name = name
    }

    /// `{"id": did, "type": ["Profile"], "name": name}`.
    public var json: JSONObject {
        ["id": .string(did), "type": ["Profile"], "name": .string(name)]
    }
}
