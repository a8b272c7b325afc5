/// The platform secret that keys the NI-number hash, so one person can be linked across workplaces
/// and returns without Carepath ever storing the number.
///
/// Whoever holds the secret can test a guessed NI number, so it is kept out of the database and
/// out of the logs, and set with `CAREPATH_PERSON_KEY` in production.
public struct PersonKeySecret: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    /// Whether this is the published development secret, which must never hold real data.
    public let isDevelopment: Bool

    /// Reads 64 hexadecimal characters.
    public init?(hex: String) {
        guard let bytes = SecretHex.decode32(hex) else { return nil }
        self.bytes = bytes
        isDevelopment = false
    }

    private init(development bytes: [UInt8]) {
        self.bytes = bytes
        isDevelopment = true
    }

    /// A fixed secret for development, demos and tests, so their person keys are repeatable.
    public static let development = PersonKeySecret(development: Array("carepath-development-person-key!".utf8))

    /// Never prints the secret.
    public var description: String { isDevelopment ? "development key" : "set (hidden)" }
}
