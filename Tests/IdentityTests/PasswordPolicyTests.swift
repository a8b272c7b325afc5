import Identity
import Testing

@Suite struct PasswordPolicyTests {
    let policy = PasswordPolicy(commonPasswords: ["password1234", "Qwertyuiop123", "iloveyou2024"])

    @Test func acceptsALongUncommonPassphraseWithNoCompositionRules() {
        #expect(policy.problems(in: "correct horse battery staple").isEmpty)
        #expect(policy.problems(in: "allinlowercasebutlong").isEmpty)
    }

    @Test func countsCharactersNotBytes() {
        // 12 characters in 15 UTF-8 bytes is long enough; 11 is not, however many bytes they take.
        #expect(policy.problems(in: "crème brûlée").isEmpty)
        #expect(policy.problems(in: "crème brûlé") == [.tooShort(minimum: 12)])
        let nurse = "👩‍⚕️"
        #expect(policy.problems(in: String(repeating: nurse, count: 11)).contains(.tooShort(minimum: 12)))
        #expect(!policy.problems(in: String(repeating: nurse, count: 12)).contains(.tooShort(minimum: 12)))
    }

    @Test func reportsTooShortAtTheBoundary() {
        #expect(policy.problems(in: "tree bus kit") == [])
        #expect(policy.problems(in: "tree bus ki") == [.tooShort(minimum: 12)])
        #expect(PasswordProblem.tooShort(minimum: 12).message == "Your password must be at least 12 characters")
    }

    @Test func reportsTooLongAloneAtTheBoundary() {
        let strict = PasswordPolicy(minimumLength: 4, maximumLength: 16)
        #expect(strict.problems(in: "walnut harbour x").isEmpty)
        #expect(strict.problems(in: "walnut harbour xy") == [.tooLong(maximum: 16)])
        #expect(strict.problems(in: String(repeating: "a", count: 10_000)) == [.tooLong(maximum: 16)])
        #expect(PasswordProblem.tooLong(maximum: 16).message == "Your password must be no more than 16 characters")
    }

    @Test func matchesCommonPasswordsIgnoringCase() {
        #expect(policy.problems(in: "PassWord1234") == [.common])
        #expect(policy.problems(in: "qwertyuiop123") == [.common])
        #expect(policy.problems(in: "iloveyou2025").isEmpty)
    }

    @Test func refusesPersonalWordsAndTheirPieces() {
        let words = ["jo.bloggs@example.com", "Josephine", "Bloggs"]
        #expect(policy.problems(in: "myNameIsJosephine!", personalWords: words) == [.containsPersonalWord("josephine")])
        #expect(policy.problems(in: "quiet-BLOGGS-river", personalWords: words) == [.containsPersonalWord("bloggs")])
        #expect(policy.problems(in: "example garden path", personalWords: words) == [.containsPersonalWord("example")])
        #expect(
            PasswordProblem.containsPersonalWord("bloggs").message
                == "Your password must not contain “bloggs”, which is part of your name or email address"
        )
    }

    @Test func ignoresPersonalWordsShorterThanFour() {
        #expect(policy.problems(in: "jo and ali went home", personalWords: ["Jo", "Ali", "x@y.io"]).isEmpty)
    }

    @Test(arguments: [
        "aaaaaaaaaaaa", "AAAAaaaaAAAA", "abababababab", "abcabcabcabc", "1234123412341234", "............",
    ])
    func refusesRepetition(password: String) {
        #expect(policy.problems(in: password) == [.repeated])
    }

    @Test(arguments: ["abcdefghijkl", "ABCDEFGHIJKLM", "zyxwvutsrqpo", "123456789012", "987654321098", "wxyzabcdefgh"])
    func refusesSequences(password: String) {
        #expect(policy.problems(in: password) == [.sequence])
    }

    @Test(arguments: ["abcdefghijkx", "abcdef123456", "aaaaaaaaaaab", "acegikmoqsuw", "12345abcde12345"])
    func allowsNearMisses(password: String) {
        #expect(policy.problems(in: password).isEmpty)
    }

    @Test func reportsEveryProblemInOrder() {
        let listed = PasswordPolicy(commonPasswords: ["abcdef"])
        #expect(
            listed.problems(in: "ABCDEF", personalWords: ["abcd"])
                == [.tooShort(minimum: 12), .common, .containsPersonalWord("abcd"), .sequence]
        )
        #expect(
            PasswordPolicy(commonPasswords: ["aaaa"]).problems(in: "aaaa") == [
                .tooShort(minimum: 12), .common, .repeated,
            ])
    }

    @Test func defaultsFollowTheBrief() {
        let defaults = PasswordPolicy()
        #expect(defaults.minimumLength == 12)
        #expect(defaults.maximumLength == 256)
        #expect(defaults.commonPasswords.isEmpty)
        #expect(policy.commonPasswords.contains("qwertyuiop123"))
    }
}
