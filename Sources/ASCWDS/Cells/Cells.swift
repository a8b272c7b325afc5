import CarepathCore

/// Strict readers for ASC-WDS cell conventions (spec 2.5). A whole cell must match: `8abc` is not 8,
/// and `£20,000` is not a number.
public enum Cells {
    /// A whole number written with digits only, optionally negative (so a range rule can name it).
    public static func wholeNumber(_ text: some StringProtocol) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.count <= 18, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    /// A decimal number: digits, optionally a point and more digits (`11.44`, `2.5`, `37`).
    public static func decimal(_ text: some StringProtocol) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 15 }),
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } })
        else { return nil }
        return Double(text)
    }

    /// How many digits follow the decimal point (`2.50` → 2), for rules that limit precision.
    public static func decimalPlaces(_ text: some StringProtocol) -> Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }

    /// A `DD/MM/YYYY` date. `strict` demands two-digit day and month (training dates); otherwise
    /// one or two digits are accepted (staff date of birth).
    public static func date(_ text: some StringProtocol, strict: Bool) -> CalendarDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4 else { return nil }
        let dayAndMonthWidths: ClosedRange<Int> = strict ? 2...2 : 1...2
        guard dayAndMonthWidths.contains(parts[0].count), dayAndMonthWidths.contains(parts[1].count),
            let day = wholeNumber(parts[0]), let month = wholeNumber(parts[1]), let year = wholeNumber(parts[2]),
            day >= 0, month >= 0
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The items of a `;` list, as written: inner spaces are kept (`8; 13` gives `" 13"`).
    public static func list(_ text: some StringProtocol) -> [String] {
        String(text).split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }

    /// A text's length as ASC-WDS measures it against its limits: JavaScript's `length`, in UTF-16
    /// code units, so a limit rejects exactly the texts ASC-WDS rejects.
    public static func length(_ text: some StringProtocol) -> Int {
        text.utf16.count
    }

    /// Removes every whitespace character, as ASC-WDS does before matching references.
    public static func reference(_ text: some StringProtocol) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Trims leading and trailing spaces and tabs, as the ASC-WDS parser does to every cell.
    public static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = text.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(text[first...last])
    }
}
