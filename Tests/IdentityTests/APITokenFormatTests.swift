import Identity
import Testing

@Suite struct APITokenFormatTests {
    /// What `make` produces from SplitMix64 seed 99; its secret contains both `_` and `-`.
    static let reference = "cp_6hgvfraa_PuhN18ZdyYUUE96AYvhbjVM_YKr-pC6J_h1WZAYQar8"

    @Test func makesTheReferenceTokenForASeed() {
        var generator = SplitMix64(seed: 99)
        let made = APITokenFormat.make(using: &generator)
        #expect(made.token == Self.reference)
        #expect(made.prefix == "6hgvfraa")
        #expect(made.token.count == 55)
    }

    @Test func parsesByPositionEvenWhenTheSecretHasUnderscores() throws {
        let parsed = try #require(APITokenFormat.parse(Self.reference))
        #expect(parsed.prefix == "6hgvfraa")
        #expect(parsed.secret == "PuhN18ZdyYUUE96AYvhbjVM_YKr-pC6J_h1WZAYQar8")
    }

    @Test func parsesEveryTokenItMakes() throws {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<100 {
            let made = APITokenFormat.make(using: &generator)
            let parsed = try #require(APITokenFormat.parse(made.token))
            #expect(parsed.prefix == made.prefix)
            #expect("cp_\(parsed.prefix)_\(parsed.secret)" == made.token)
        }
    }

    @Test(arguments: [
        "",
        "cp_",
        String(reference.dropLast()),
        reference + "A",
        "CP" + reference.dropFirst(2),
        "xp" + reference.dropFirst(2),
        reference.replacingCharacters(at: 2, with: "-"),
        reference.replacingCharacters(at: 11, with: "-"),
        reference.replacingCharacters(at: 3, with: "0"),
        reference.replacingCharacters(at: 3, with: "H"),
        reference.replacingCharacters(at: 20, with: "+"),
        reference.replacingCharacters(at: 20, with: "="),
        reference.replacingCharacters(at: 54, with: "9"),
        reference.replacingCharacters(at: 30, with: "é"),
        " " + reference.dropLast(),
    ])
    func rejectsMalformedTokens(token: String) {
        #expect(APITokenFormat.parse(token) == nil)
    }
}

extension String {
    /// A copy with the character at `offset` swapped for `replacement`.
    fileprivate func replacingCharacters(at offset: Int, with replacement: Character) -> String {
        var characters = Array(self)
        characters[offset] = replacement
        return String(characters)
    }
}
