/// A problem in a reference data file, located precisely enough to fix it.
public struct ReferenceDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name, such as `postcode-sectors.csv`.
    public var file: String
    /// The 1-based physical line of the record.
    public var line: Int
    /// The column name, when the problem is in one field.
    public var field: String?
    /// The offending text, when there is some to quote.
    public var value: String?
    /// What is wrong, worded to follow the quoted value when there is one
    /// (`is not a whole number of metres`) and to stand alone when not.
    public var rule: String

    /// An error from its parts.
    public init(file: String, line: Int, field: String? = nil, value: String? = nil, rule: String) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.rule = rule
    }

    /// For example `postcode-sectors.csv line 12, field "easting": "12x" is not a whole number of metres`.
    public var description: String {
        var text = "\(file) line \(line)"
        if let field { text += ", field \"\(field)\"" }
        text += ": "
        if let value {
            let shown = value.count > 60 ? "\(value.prefix(60))…" : value
            text += "\"\(shown)\" "
        }
        return text + rule
    }
}
