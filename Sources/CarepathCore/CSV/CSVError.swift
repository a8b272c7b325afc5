/// Why a CSV document could not be read, and where.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The CSV rules a document can break.
    public enum Rule: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// A quoted field was still open at the end of the document.
        case unterminatedQuote
        /// A `"` appeared in a field that did not start with one.
        case quoteInUnquotedField
        /// Something other than a comma or line break followed a closing quote.
        case textAfterClosingQuote
        /// The bytes are not valid UTF-8 text.
        case invalidUTF8

        /// What the rule requires and how to fix the file.
        public var description: String {
            switch self {
            case .unterminatedQuote:
                "a quoted field is never closed: add the closing quote (\"), "
                    + "or write a quote inside a quoted field as two quotes (\"\")"
            case .quoteInUnquotedField:
                "a quote (\") may only appear in a field that starts with a quote: "
                    + "put the whole field in quotes and write each quote inside it as \"\""
            case .textAfterClosingQuote:
                "a closing quote must be followed by a comma or the end of the line: "
                    + "write a quote inside a quoted field as \"\""
            case .invalidUTF8:
                "the text is not valid UTF-8: save the file as \"CSV UTF-8\""
            }
        }
    }

    /// The 1-based physical line of the problem; for an unclosed quote or bad
    /// text, the line on which the field starts.
    public var line: Int
    /// The 1-based character position within the line, where it is known.
    public var column: Int?
    /// The 1-based position of the field within its record, where it is known.
    public var field: Int?
    /// The rule that was broken.
    public var rule: Rule

    /// An error from its parts.
    public init(line: Int, column: Int? = nil, field: Int? = nil, rule: Rule) {
        self.line = line
        self.column = column
        self.field = field
        self.rule = rule
    }

    /// Where the problem is and what to do about it, such as
    /// `line 3, column 7 (field 2): a quote (") may only appear …`.
    public var description: String {
        var place = "line \(line)"
        if let column { place += ", column \(column)" }
        if let field { place += column == nil ? ", field \(field)" : " (field \(field))" }
        return "\(place): \(rule)"
    }
}
