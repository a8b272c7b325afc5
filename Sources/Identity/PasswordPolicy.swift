/// What a new password must satisfy, following NIST SP 800-63B: length and a check against known
/// and guessable passwords, with no rules about mixing character classes, which push people to
/// predictable substitutions ("Password1!") without making passwords harder to guess.
public struct PasswordPolicy: Sendable, Equatable {
    /// The fewest characters (user-perceived characters, so an accented letter or emoji counts once).
    public let minimumLength: Int
    /// The most characters. NIST asks for at least 64; the limit only bounds the work of hashing.
    public let maximumLength: Int
    /// Passwords refused outright, lower-cased. The app loads these (for example from
    /// `common-passwords.txt`) and passes them in; the policy reads no files.
    public let commonPasswords: Set<String>

    /// Personal words shorter than this are ignored: short names ("Jo", "Ali") would otherwise rule
    /// out far too many good passwords.
    public static let shortestPersonalWord = 4

    /// A policy. `commonPasswords` may be in any case; they are lower-cased here once so each check
    /// is a single lookup.
    public init(minimumLength: Int = 12, maximumLength: Int = 256, commonPasswords: Set<String> = []) {
        precondition(minimumLength >= 0 && maximumLength >= minimumLength, "Password lengths must be 0 ≤ min ≤ max")
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.commonPasswords = Set(commonPasswords.map { $0.lowercased() })
    }

    /// Every problem with `password`, or none if it is acceptable.
    ///
    /// - Parameter personalWords: things about the person an attacker could find, such as their
    ///   names and the local part of their e-mail address. Each is also split at punctuation, so
    ///   "jo.bloggs" rules out "bloggs" on its own. Case is ignored.
    public func problems(in password: String, personalWords: [String] = []) -> [PasswordProblem] {
        // Checked first and alone, so an enormous submission costs no more than counting it.
        guard password.count <= maximumLength else { return [.tooLong(maximum: maximumLength)] }
        var problems: [PasswordProblem] = []
        if password.count < minimumLength {
            problems.append(.tooShort(minimum: minimumLength))
        }
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) {
            problems.append(.common)
        }
        if let word = Self.personalPieces(of: personalWords).first(where: { lowered.contains($0) }) {
            problems.append(.containsPersonalWord(word))
        }
        let characters = Array(lowered)
        if PasswordPatterns.isRepeated(characters) {
            problems.append(.repeated)
        } else if PasswordPatterns.isSequence(characters) {
            problems.append(.sequence)
        }
        return problems
    }

    /// Each personal word and its alphanumeric pieces, lower-cased, long enough to matter, longest
    /// first so the message names the most telling match.
    private static func personalPieces(of words: [String]) -> [String] {
        var pieces: Set<String> = []
        for word in words {
            let lowered = word.lowercased()
            pieces.insert(lowered)
            for piece in lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                pieces.insert(String(piece))
            }
        }
        return
            pieces
            .filter { $0.count >= shortestPersonalWord }
            .sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
