/// How the parser reads the text of cells and writes numbers into messages.
enum PopulationFileText {
    /// A cell without surrounding whitespace or a stray byte order mark.
    static func trimmed(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        let isPadding: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = scalars.firstIndex(where: { !isPadding($0) }),
            let last = scalars.lastIndex(where: { !isPadding($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// A header name in the form the alias table uses: trimmed, lower case, with spaces
    /// and hyphens as underscores, so "Area code", "AREA_CODE" and "area-code" all match.
    static func columnKey(_ header: String) -> String {
        String(
            trimmed(header).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// The number in `text`: digits with an optional sign, decimal point and exponent; nil otherwise.
    ///
    /// Stricter than `Double(_:)`, which would also take "nan", "inf" and hexadecimal.
    static func number(_ text: String) -> Double? {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let isDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
        let whole = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(whole.count)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        guard whole.count + fractionDigits > 0 else { return nil }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            let exponent = bytes.prefix(while: isDigit)
            guard !exponent.isEmpty else { return nil }
            bytes = bytes.dropFirst(exponent.count)
        }
        guard bytes.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A four-digit year, such as a wide header's "2031"; nil for anything else.
    static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// A figure for a message, such as "115,943.5": grouped in thousands, whole numbers without
    /// a decimal point, others to one place.
    static func figure(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        var digits = String(tenths / 10)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let fraction = tenths % 10 == 0 ? "" : ".\(tenths % 10)"
        return (value < 0 ? "-" : "") + digits + grouped + fraction
    }

    /// A cell as quoted in a message, shortened if it is long.
    static func quoted(_ cell: String) -> String {
        cell.count > 40 ? "\"\(cell.prefix(40))…\"" : "\"\(cell)\""
    }
}
