import Identity
import Testing

@Suite struct RecoveryCodesTests {
    @Test func generatesTheReferenceCodesForASeed() {
        var generator = SplitMix64(seed: 7)
        #expect(RecoveryCodes.generate(count: 3, using: &generator) == ["xmzx6-8nm9d", "3utev-6nnzr", "chuc5-cy563"])
    }

    @Test func generatesTenWellFormedDistinctCodesByDefault() {
        var generator = SplitMix64(seed: 2024)
        let codes = RecoveryCodes.generate(using: &generator)
        #expect(codes.count == 10)
        #expect(Set(codes).count == 10)
        for code in codes {
            #expect(code.count == 11)
            #expect(Array(code)[5] == "-")
            #expect(code.filter { $0 != "-" }.allSatisfy(RecoveryCodes.alphabet.contains))
        }
    }

    @Test func alphabetLeavesOutLookAlikes() {
        #expect(RecoveryCodes.alphabet.count == 31)
        #expect(RecoveryCodes.alphabet.contains { "0o1li".contains($0) } == false)
        var generator = SplitMix64(seed: 0)
        #expect(RecoveryCodes.generate(count: 0, using: &generator) == [])
    }

    @Test func everySymbolTurnsUpAcrossManyCodes() {
        var generator = SplitMix64(seed: 11)
        let used = Set(RecoveryCodes.generate(count: 200, using: &generator).joined().filter { $0 != "-" })
        #expect(used == Set(RecoveryCodes.alphabet))
    }

    @Test func normalisesWhatPeopleType() {
        #expect(RecoveryCodes.normalise(" K7M2P-X9Q4R ") == "k7m2px9q4r")
        #expect(RecoveryCodes.normalise("k7m2p x9q4r") == "k7m2px9q4r")
        #expect(RecoveryCodes.normalise("k7m2px9q4r") == "k7m2px9q4r")
    }

    @Test func hashesTheNormalisedCode() {
        let expected = "f08e4481e31a2afd08f704956ac38352b500dfc1a2bdc4381d23e4e117293de7"
        #expect(RecoveryCodes.hash("k7m2p-x9q4r") == expected)
        #expect(RecoveryCodes.hash("K7M2P X9Q4R") == expected)
        #expect(RecoveryCodes.hash("k7m2p-x9q4s") != expected)
    }
}
