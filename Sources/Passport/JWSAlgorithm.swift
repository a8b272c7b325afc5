/// The JWS algorithms Carepath accepts. Both names mean pure Ed25519: RFC 9864 deprecates `EdDSA` in
/// favour of `Ed25519`, but libraries still emit `EdDSA`, so we write `EdDSA` and read either.
public enum JWSAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// The name Carepath writes.
    case edDSA = "EdDSA"
    /// The fully-specified name from RFC 9864.
    case ed25519 = "Ed25519"
}
