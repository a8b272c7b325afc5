/// Something wrong with a proposed password, with a message to show the person choosing it.
public enum PasswordProblem: Sendable, Hashable {
    /// Fewer characters than `minimum`.
    case tooShort(minimum: Int)
    /// More characters than `maximum`.
    case tooLong(maximum: Int)
    /// On the list of passwords most often found in breaches, so among the first an attacker tries.
    case common
    /// Contains `word`, taken from the person's own name, e-mail address or similar.
    case containsPersonalWord(String)
    /// One character, or a short group of characters, over and over ("aaaaaaaaaaaa", "abcabcabcabc").
    case repeated
    /// A run of consecutive letters or digits ("abcdefghijkl", "123456789012", "987654321098").
    case sequence

    /// A sentence for the person choosing the password, saying what to change.
    public var message: String {
        switch self {
        case .tooShort(let minimum):
            "Your password must be at least \(minimum) characters"
        case .tooLong(let maximum):
            "Your password must be no more than \(maximum) characters"
        case .common:
            "Your password is one of the most commonly used passwords, so it is easy to guess. Choose another"
        case .containsPersonalWord(let word):
            "Your password must not contain “\(word)”, which is part of your name or email address"
        case .repeated:
            "Your password must not be a character or a short pattern repeated over and over"
        case .sequence:
            "Your password must not be a simple sequence such as “abcdef” or “123456”"
        }
    }
}
