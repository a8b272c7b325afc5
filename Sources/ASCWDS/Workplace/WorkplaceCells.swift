import CarepathCore

/// Cell readers the Workplace rules share, on top of ``Cells``. Kept in their own namespace so they
/// cannot clash with helpers other folders add to the module.
enum WorkplaceCells {
    /// The length ASC-WDS compares with its limits: JavaScript's `length`, which counts UTF-16 code
    /// units, so a limit rejects exactly the texts ASC-WDS rejects.
    static func length(_ text: String) -> Int {
        Cells.length(text)
    }

    /// One item of a `;` list read as a whole number. ASC-WDS's `parseInt` skips surrounding spaces,
    /// so `8; 13` is accepted there; Carepath accepts it too but reports the spaces (10.3).
    static func integer(_ item: String) -> Int? {
        Cells.wholeNumber(trimmedItem(item))
    }

    /// A list item without surrounding spaces.
    static func trimmedItem(_ item: String) -> String {
        Cells.trimmed(item)
    }

    /// Whether any item of a list has spaces around it (`8; 13`).
    static func hasSpacedItems(_ items: [String]) -> Bool {
        items.contains { $0 != trimmedItem($0) }
    }

    /// A decimal such as `10.5` or `4.567` as a whole number of hundredths, rounded half up as
    /// ASC-WDS rounds to two places. Exact, so `2.50` is 250 with no binary rounding error. Accepts
    /// what ``Cells/decimal(_:)`` accepts; anything else (`£10`, `1e3`, `.5`) is `nil`.
    static func hundredths(_ text: String) -> Int? {
        guard Cells.decimal(text) != nil else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int(parts[0]) else { return nil }
        let fraction = parts.count > 1 ? Array(parts[1].utf8) : []
        var result = whole * 100
        for (position, digit) in fraction.prefix(2).enumerated() {
            result += Int(digit - 48) * (position == 0 ? 10 : 1)
        }
        if fraction.count > 2, fraction[2] >= 53 {
            result += 1
        }
        return result
    }

    /// A CQC provider or location ID: one digit, a hyphen, then 8 to 12 digits (`1-101234567`).
    static func isCQCIdentifier(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 1, (8...12).contains(parts[1].count) else { return false }
        return parts.allSatisfy { $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
    }

    /// ASC-WDS's postcode normalisation: keep only letters and digits, then read the rest as a UK
    /// postcode (upper case, one space before the inward code).
    static func postcode(_ text: String) -> Postcode? {
        let kept = String(text.unicodeScalars.filter { ($0.isASCII && $0.properties.isAlphabetic) || isDigit($0) })
        return try? Postcode(kept)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Numbers in messages: `2.50` for 250 hundredths.
    static func decimalText(hundredths: Int) -> String {
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `1 item`, `2 items`: a count with its noun, for messages.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `1, 3 or 6`, for messages.
    static func alternatives(_ values: [String]) -> String {
        guard values.count > 1, let last = values.last else { return values.first ?? "" }
        return values.dropLast().joined(separator: ", ") + " or " + last
    }

    /// A value quoted for a message: `"8; 13"`.
    static func quoted(_ text: String) -> String {
        "\"\(text)\""
    }
}
