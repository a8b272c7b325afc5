/// A verifier's settings.
public struct VerificationPolicy: Sendable, Hashable {
    /// The largest credential token accepted, in bytes. Carepath credentials are under 4 KB.
    public var maximumCredentialBytes: Int
    /// The largest presentation accepted, in bytes.
    public var maximumPresentationBytes: Int
    /// Days before the last valid day from which a credential is "expiring soon": 30, 60 or 90 per
    /// organisation, 90 by default; the same value on every screen.
    public var expiringWindowDays: Int
    /// Whether a credential with `credentialStatus` whose list is not supplied is `statusUnavailable`
    /// (true) or judged without a status check (false, for offline previews only).
    public var requiresStatusList: Bool
    /// Seconds of clock difference tolerated on presentation `iat`.
    public var clockSkewSeconds: Double

    /// A policy; the defaults suit production.
    public init(
        maximumCredentialBytes: Int = 32 * 1024, maximumPresentationBytes: Int = 1024 * 1024,
        expiringWindowDays: Int = 90, requiresStatusList: Bool = true, clockSkewSeconds: Double = 60
    ) {
        self.maximumCredentialBytes = maximumCredentialBytes
        self.maximumPresentationBytes = maximumPresentationBytes
        self.expiringWindowDays = expiringWindowDays
        self.requiresStatusList = requiresStatusList
        self.clockSkewSeconds = clockSkewSeconds
    }
}
