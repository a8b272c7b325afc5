/// Whole-password shapes that guessing tools try early whatever their length.
enum PasswordPatterns {
    /// The longest group that counts as a "short pattern" when repeated.
    static let longestRepeatedUnit = 4

    /// Whether `characters` is one group of up to `longestRepeatedUnit` characters repeated at least
    /// three times, with nothing else: "aaaa", "ababab", "abcabcabc".
    static func isRepeated(_ characters: [Character]) -> Bool {
        guard characters.count >= 3 else { return false }
        for unitLength in 1...min(longestRepeatedUnit, characters.count / 3)
        where characters.count.isMultiple(of: unitLength) {
            let unit = characters[0..<unitLength]
            let repeatsUnit = stride(from: unitLength, to: characters.count, by: unitLength).allSatisfy {
                characters[$0..<$0 + unitLength] == unit
            }
            if repeatsUnit {
                return true
            }
        }
        return false
    }

    /// Whether `characters` (already lower-cased) are at least three consecutive letters or digits,
    /// all going up or all going down, wrapping round ("7890123", "xyzab") since keyboards and
    /// people do.
    static func isSequence(_ characters: [Character]) -> Bool {
        guard characters.count >= 3 else { return false }
        for series in ["abcdefghijklmnopqrstuvwxyz", "0123456789"] {
            let symbols = Array(series)
            let positions = characters.compactMap { symbols.firstIndex(of: $0) }
            guard positions.count == characters.count else { continue }
            for direction in [1, symbols.count - 1] {
                let follows = zip(positions, positions.dropFirst()).allSatisfy {
                    ($0.0 + direction) % symbols.count == $0.1
                }
                if follows {
                    return true
                }
            }
        }
        return false
    }
}
