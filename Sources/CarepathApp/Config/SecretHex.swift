/// Reads the 32-byte secrets Carepath's configuration takes as 64 hexadecimal characters.
enum SecretHex {
    static func decode32(_ hex: String) -> [UInt8]? {
        let characters = Array(hex.utf8)
        guard characters.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let pair = String(bytes: characters[index..<index + 2], encoding: .ascii),
                let byte = UInt8(pair, radix: 16)
            else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
