/// How a symbol of one version and error correction level divides its codewords into
/// Reed–Solomon blocks (ISO/IEC 18004:2015 table 9).
///
/// Every block carries the same number of error correction codewords. When the data
/// codewords do not divide evenly, the first group of blocks is one data codeword
/// shorter than the second.
struct BlockStructure: Sendable, Hashable {
    /// All codewords, data and error correction, that the symbol's data region holds.
    let totalCodewords: Int
    /// Error correction codewords in each block.
    let errorCorrectionPerBlock: Int
    /// Blocks in both groups together.
    let blockCount: Int

    /// The structure of a version from 1 to 40 at a level.
    init(version: Int, correction: ErrorCorrection) {
        precondition((1...40).contains(version), "QR Code versions run from 1 to 40")
        totalCodewords = Self.dataRegionModules(version: version) / 8
        errorCorrectionPerBlock = Self.errorCorrectionPerBlockTable[correction.tableIndex][version - 1]
        blockCount = Self.blockCountTable[correction.tableIndex][version - 1]
    }

    /// Codewords left for data once error correction is taken out.
    var dataCodewords: Int { totalCodewords - errorCorrectionPerBlock * blockCount }

    /// Blocks in the first, shorter group.
    var shortBlockCount: Int { blockCount - totalCodewords % blockCount }

    /// Data codewords in each block of the first group; the second group has one more.
    var shortBlockDataCodewords: Int { totalCodewords / blockCount - errorCorrectionPerBlock }

    /// Modules left for codewords and remainder bits once the function patterns, format
    /// and version information are drawn.
    ///
    /// A closed form rather than a count over a drawn matrix, because version selection
    /// asks about many versions before any matrix exists.
    static func dataRegionModules(version: Int) -> Int {
        let side = 4 * version + 17
        // Three finders with separators, and the format information beside them.
        var modules = side * side - 3 * 64 - 31
        // Timing patterns, less the modules the separators already took.
        modules -= 2 * (side - 16)
        if version >= 2 {
            let perAxis = version / 7 + 2
            // Alignment patterns, less the three corners finders occupy, give back the
            // modules where those on row or column 6 overlap the timing patterns.
            let patterns = perAxis * perAxis - 3
            modules -= patterns * 25 - 2 * (perAxis - 2) * 5
        }
        if version >= 7 {
            modules -= 2 * 18
        }
        return modules
    }
}
