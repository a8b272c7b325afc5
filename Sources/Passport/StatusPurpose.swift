/// What a status list's bits mean (Bitstring Status List v1.0 `statusPurpose`).
public enum StatusPurpose: String, Sendable, Hashable, CaseIterable {
    /// Set bits are permanently revoked credentials.
    case revocation
    /// Set bits are temporarily suspended credentials.
    case suspension
    /// Set bits mean a fresher credential is available.
    case refresh
    /// Multi-bit values whose meaning `statusMessage` gives. Carepath uses two bits: 0 valid,
    /// 1 suspended, 2 revoked, 3 reserved (treated as revoked).
    case message
}
