import Identity
import Testing

@Suite struct SecretTokenTests {
    @Test func generatesTheReferenceTokenForASeed() {
        var generator = SplitMix64(seed: 1)
        let token = SecretToken.generate(using: &generator)
        #expect(token == "wVwCiewtCpFn7I5loY3rvl5VMvvuopP4C8lC7pCGwXE")
        #expect(token.count == 43)
    }

    @Test func honoursTheByteCountWithoutPadding() {
        var generator = SplitMix64(seed: 1)
        #expect(SecretToken.generate(byteCount: 5, using: &generator) == "wVwCiew")
        #expect(SecretToken.generate(byteCount: 0, using: &generator) == "")
        #expect(SecretToken.generate(byteCount: 64, using: &generator).count == 86)
    }

    @Test func usesOnlyURLSafeCharacters() {
        var generator = SplitMix64(seed: 3)
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let tokens = (0..<50).map { _ in SecretToken.generate(using: &generator) }
        #expect(tokens.allSatisfy { $0.allSatisfy(allowed.contains) })
        #expect(Set(tokens.joined()).isSuperset(of: ["-", "_"]))
    }

    @Test func hashesToLowerCaseSHA256Hex() {
        #expect(SecretToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SecretToken.hash("wVwCiewtCpFn7I5loY3rvl5VMvvuopP4C8lC7pCGwXE")
                == "0910df2bae75bdae2f1925e05f02d9db6524153b111654c29fe069af15eea96a"
        )
    }

    @Test func comparesExactly() {
        #expect(SecretToken.constantTimeEquals("", ""))
        #expect(SecretToken.constantTimeEquals("same-token", "same-token"))
        #expect(!SecretToken.constantTimeEquals("same-token", "same-tokeN"))
        #expect(!SecretToken.constantTimeEquals("Xame-token", "same-token"))
        #expect(!SecretToken.constantTimeEquals("same-token", "same-token2"))
        #expect(!SecretToken.constantTimeEquals("", "a"))
    }
}
