/// Base58 with the Bitcoin alphabet, the `z` multibase encoding of `did:key` and `publicKeyMultibase`.
enum Base58BTC {
    private static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    /// Inputs are keys of a few dozen bytes; the quadratic conversion below must not be fed megabytes.
    static let maximumEncodedLength = 256

    /// The bytes in base58btc. Each leading zero byte becomes a leading `1`.
    static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        var digits: [UInt8] = []  // base-58 digits, least significant first
        for byte in bytes.dropFirst(zeros) {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let encoded = [UInt8](repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// The bytes of a base58btc string, or nil if it has a character outside the alphabet or is too long.
    static func decode(_ text: String) -> [UInt8]? {
        let symbols = Array(text.utf8)
        guard symbols.count <= maximumEncodedLength else { return nil }
        let ones = symbols.prefix { $0 == alphabet[0] }.count
        var bytes: [UInt8] = []  // least significant first
        for symbol in symbols.dropFirst(ones) {
            guard let digit = alphabet.firstIndex(of: symbol) else { return nil }
            var carry = digit
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: ones) + bytes.reversed()
    }
}
