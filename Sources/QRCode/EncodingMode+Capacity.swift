extension EncodingMode {
    /// Whether `count` characters in this mode fit a symbol of the version and level.
    func fits(count: Int, version: Int, correction: ErrorCorrection) -> Bool {
        // The count indicator caps the length even where the data bits would fit.
        guard count < 1 << characterCountBits(version: version) else { return false }
        let capacity = BlockStructure(version: version, correction: correction).dataCodewords * 8
        return segmentBits(count: count, version: version) <= capacity
    }

    /// The smallest version that holds `count` characters in this mode, or nil when
    /// even version 40 is too small.
    func smallestVersion(count: Int, correction: ErrorCorrection) -> Int? {
        (1...40).first { fits(count: count, version: $0, correction: correction) }
    }

    /// The most characters of this mode a symbol of the version and level holds.
    func maximumCount(version: Int, correction: ErrorCorrection) -> Int {
        // Bits per character fall between 3⅓ and 8, so a binary search over a
        // generous range finds the boundary without a per-mode formula.
        var fitting = 0
        var tooMany = 8 * BlockStructure(version: version, correction: correction).dataCodewords
        while tooMany - fitting > 1 {
            let middle = (fitting + tooMany) / 2
            if fits(count: middle, version: version, correction: correction) {
                fitting = middle
            } else {
                tooMany = middle
            }
        }
        return fitting
    }
}
