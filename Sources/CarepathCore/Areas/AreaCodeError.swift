/// Why some text is not an England ONS area code.
public enum AreaCodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but whitespace was given.
    case empty
    /// The text, exactly as given, is not `E` followed by eight digits.
    case invalidFormat(String)

    /// A sentence that tells the user what was wrong and what is expected.
    public var description: String {
        switch self {
        case .empty:
            return "no area code was given: expected an ONS code like E12000006 (E followed by 8 digits)"
        case .invalidFormat(let raw):
            let shown = raw.count > 40 ? "\(raw.prefix(40))…" : raw
            return "\"\(shown)\" is not an England ONS area code: expected E followed by 8 digits, like E12000006"
        }
    }
}
