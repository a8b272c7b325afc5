/// Why some bytes are not the strict JSON (RFC 8259) that credentials must be.
public enum JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input ended in the middle of a value.
    case unexpectedEnd
    /// A byte that cannot start or continue a value here, at this offset.
    case unexpectedByte(offset: Int)
    /// A malformed number at this offset.
    case invalidNumber(offset: Int)
    /// A bad escape, a control character or broken UTF-8 in the string at this offset.
    case invalidString(offset: Int)
    /// An object with the same key twice.
    case duplicateKey(String)
    /// Arrays and objects nested deeper than the limit.
    case tooDeep(limit: Int)
    /// Something other than white space after the value, at this offset.
    case trailingContent(offset: Int)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .unexpectedEnd: "the JSON ends early"
        case .unexpectedByte(let offset): "unexpected character at byte \(offset) of the JSON"
        case .invalidNumber(let offset): "malformed number at byte \(offset) of the JSON"
        case .invalidString(let offset): "malformed string at byte \(offset) of the JSON"
        case .duplicateKey(let key): "the JSON repeats the key \"\(key)\""
        case .tooDeep(let limit): "the JSON nests more than \(limit) levels deep"
        case .trailingContent(let offset): "unexpected content after the JSON value at byte \(offset)"
        }
    }
}
