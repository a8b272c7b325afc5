/// Writes RFC 4180 CSV: a field is quoted only when it holds a comma, a double quote, a tab or a
/// line break (the convention of ASC-WDS's own downloads), and quotes inside are doubled.
public enum CSVWriter {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        // Scalars, not Characters: "\r\n" is one Character that equals neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        else { return text }
        // Doubled scalar by scalar too: a quote fused with a following combining mark is one
        // Character, which a Character-level replacement would leave single.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// One record, without a line ending.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
