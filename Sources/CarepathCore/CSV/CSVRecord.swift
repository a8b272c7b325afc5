/// One record (row) of a CSV document.
public struct CSVRecord: Sendable, Hashable {
    /// The fields in order, unquoted and unescaped.
    public var fields: [String]
    /// The 1-based physical line of the file on which the record starts. A record
    /// with a quoted line break spans several lines; this is the first.
    public var line: Int

    /// A record from its fields and starting line.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// The field at a 0-based index; the index must be less than ``count``.
    public subscript(index: Int) -> String {
        fields[index]
    }

    /// How many fields the record has.
    public var count: Int { fields.count }
}
