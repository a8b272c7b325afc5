import Crypto

/// The HMAC hash behind a one-time password. SHA-1 is the default because it is the only one every
/// authenticator app supports; HMAC-SHA-1 remains sound here, as HMAC does not rely on collision
/// resistance.
public enum OTPAlgorithm: String, Sendable, Equatable, CaseIterable {
    /// HMAC-SHA-1 (RFC 4226's original and the default).
    case sha1 = "SHA1"
    /// HMAC-SHA-256 (RFC 6238).
    case sha256 = "SHA256"
    /// HMAC-SHA-512 (RFC 6238).
    case sha512 = "SHA512"

    /// The HMAC of `message` under `key`.
    func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        let key = SymmetricKey(data: key)
        switch self {
        case .sha1:
            return Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key))
        case .sha256:
            return Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
        case .sha512:
            return Array(HMAC<SHA512>.authenticationCode(for: message, using: key))
        }
    }
}
