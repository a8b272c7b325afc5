/// Percent-encoding for the pieces of an `otpauth://` URI (RFC 3986).
enum PercentEncoding {
    /// Encodes every byte except RFC 3986's unreserved characters and `@`. Reserved characters such as
    /// `:`, `&`, `=` and `+` must be escaped or authenticator apps split the label or query wrongly;
    /// `@` is left alone because it is legal in both path and query and Google's key-URI examples show
    /// e-mail addresses unescaped, which keeps the account readable in apps that do not decode.
    static func encode(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            if isLeftAsIs(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + Hex.encode([byte]).uppercased()
            }
        }
        return output
    }

    private static func isLeftAsIs(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "@"):
            true
        default:
            false
        }
    }
}
