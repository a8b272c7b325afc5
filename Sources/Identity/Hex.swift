/// Lower-case hexadecimal, the form in which the app stores hashes.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The bytes as two lower-case hex digits each.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
