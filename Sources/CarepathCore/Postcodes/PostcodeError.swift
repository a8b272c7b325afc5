/// Why some text could not be read as a postcode, postcode sector or outcode.
///
/// The associated value is the text exactly as it was given, so a message can
/// quote it back to the person who typed it.
public enum PostcodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but whitespace was given.
    case empty
    /// The text contains something other than letters, digits and whitespace.
    case invalidCharacters(String)
    /// The characters are acceptable but do not make one of the UK shapes
    /// (for example too many letters, or the digit in the wrong place).
    case invalidFormat(String)

    /// A sentence that tells the user what was wrong and what is expected.
    public var description: String {
        switch self {
        case .empty:
            return "no postcode was given: expected a form like NR1 3JU, NR1 3 or NR1"
        case .invalidCharacters(let raw):
            return "\(Self.quoted(raw)) is not a postcode: use only letters, digits and spaces"
        case .invalidFormat(let raw):
            // The error does not record which kind the caller asked for, so when
            // the text is a well-formed example of another kind we say what it is.
            if let kind = PostcodeText.kind(of: raw) {
                return "\(Self.quoted(raw)) is \(kind), which is not accepted here: "
                    + "a postcode looks like NR1 3JU, a postcode sector like NR1 3 and an outcode like NR1"
            }
            return "\(Self.quoted(raw)) is not a postcode, postcode sector or outcode: "
                + "expected a form like NR1 3JU, NR1 3 or NR1"
        }
    }

    /// Quotes user input, shortened so a pasted paragraph cannot swamp the message.
    private static func quoted(_ raw: String) -> String {
        let limit = 40
        guard raw.count > limit else { return "\"\(raw)\"" }
        return "\"\(raw.prefix(limit))…\""
    }
}
