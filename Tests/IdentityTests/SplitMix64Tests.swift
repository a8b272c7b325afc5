import Testing

@Suite struct SplitMix64Tests {
    @Test func firstOutputForSeedZeroIsTheReferenceValue() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }
}
