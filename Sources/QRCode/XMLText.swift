/// Text made safe to place in XML character data or a quoted attribute value.
enum XMLText {
    /// Escapes the five XML special characters and replaces the characters XML 1.0 forbids
    /// outright (most C0 controls and U+FFFE, U+FFFF) with U+FFFD, since no escape can
    /// carry them and a single one would make the whole document unreadable.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
