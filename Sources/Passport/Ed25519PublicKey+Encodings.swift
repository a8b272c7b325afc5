extension Ed25519PublicKey {
    /// The multicodec prefix for an Ed25519 public key (varint 0xed, 0x01).
    static let multicodecPrefix: [UInt8] = [0xED, 0x01]

    /// `z` + base58btc(0xed 0x01 ‖ key): the `publicKeyMultibase` of a `Multikey` and the body of a `did:key`.
    public var multibase: String {
        "z" + Base58BTC.encode(Self.multicodecPrefix + rawBytes)
    }

    /// A key from its `publicKeyMultibase`; any multicodec other than ed25519-pub is refused.
    public init(multibase: String) throws(KeyError) {
        guard multibase.hasPrefix("z"), let bytes = Base58BTC.decode(String(multibase.dropFirst())) else {
            throw .invalidMultibase
        }
        guard bytes.starts(with: Self.multicodecPrefix) else { throw .unsupportedMulticodec }
        try self.init(rawBytes: bytes.dropFirst(2))
    }

    /// The public JWK (RFC 8037): `{"kty":"OKP","crv":"Ed25519","x":…}`.
    public var jwk: JSONObject {
        ["kty": "OKP", "crv": "Ed25519", "x": .string(Base64URL.encode(rawBytes))]
    }

    /// A key from a public JWK. Other key types, curves and JWKs holding the private part `d` are refused.
    public init(jwk: JSONObject) throws(KeyError) {
        guard jwk["kty"]?.stringValue == "OKP" else { throw .unsupportedJWK("kty must be OKP") }
        guard jwk["crv"]?.stringValue == "Ed25519" else { throw .unsupportedJWK("crv must be Ed25519") }
        guard jwk["d"] == nil else { throw .privateKeyInJWK }
        guard let x = jwk["x"]?.stringValue, let bytes = Base64URL.decode(x) else {
            throw .unsupportedJWK("x must be base64url")
        }
        try self.init(rawBytes: bytes)
    }
}
