import Crypto
import Foundation

/// Person keys: HMAC-SHA256 of a normalised NI number under the platform secret, as hex.
enum PersonKey {
    static func key(forNationalInsuranceNumber number: String, secret: PersonKeySecret) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(number.utf8), using: SymmetricKey(data: secret.bytes))
        return mac.map { String(format: "%02x", $0) }.joined()
    }
}
