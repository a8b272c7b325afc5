/// Why catalogue text cannot be read.
public enum CatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The header row is not `code,title,framework,level,refresh_months,confidence,source,notes`.
    case unexpectedHeader
    /// A quoted field is never closed.
    case unterminatedQuote(line: Int)
    /// A row with the wrong number of fields, an unknown confidence or a non-numeric refresh period.
    case invalidRow(line: Int, String)
    /// The same code twice.
    case duplicateCode(String)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .unexpectedHeader: "the catalogue header is not the expected one"
        case .unterminatedQuote(let line): "line \(line) has an unclosed quote"
        case .invalidRow(let line, let detail): "line \(line): \(detail)"
        case .duplicateCode(let code): "the code \(code) appears twice"
        }
    }
}
