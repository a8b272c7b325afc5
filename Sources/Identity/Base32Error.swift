/// Why a base32 text could not be decoded.
public enum Base32Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// A character that is neither a base32 symbol, a space nor trailing `=` padding; or a symbol
    /// found after padding began. `position` counts characters from zero in the original text.
    case invalidCharacter(Character, position: Int)
    /// The number of symbols (`symbolCount`, ignoring spaces and padding) cannot come from any whole
    /// number of bytes, which means the text was cut short or has stray symbols.
    case invalidLength(symbolCount: Int)

    /// A sentence for a log or an error page.
    public var description: String {
        switch self {
        case .invalidCharacter(let character, let position):
            "Invalid base32 character \"\(character)\" at position \(position)"
        case .invalidLength(let symbolCount):
            "Base32 text cannot have \(symbolCount) symbols; it may have been cut short"
        }
    }
}
