import Testing

@testable import QRCode

/// Format and version information against ISO/IEC 18004:2015 annexes C and D.
@Suite("Format and version information")
struct SymbolInformationTests {
    /// Table C.1, by level in the order L, M, Q, H and then mask 0–7.
    static let formatTable: [[Int]] = [
        [0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976],
        [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0],
        [0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED],
        [0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B],
    ]

    /// Table D.1, versions 7 to 40.
    static let versionTable = [
        0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D, 0x0F928, 0x10B78,
        0x1145D, 0x12A17, 0x13532, 0x149A6, 0x15683, 0x168C9, 0x177EC, 0x18EC4, 0x191E1, 0x1AFAB,
        0x1B08E, 0x1CC1A, 0x1D33F, 0x1ED75, 0x1F250, 0x209D5, 0x216F0, 0x228BA, 0x2379F, 0x24B0B,
        0x2542E, 0x26A64, 0x27541, 0x28C69,
    ]

    @Test("annex C example: level M, mask 101 gives 100000011001110")
    func formatExample() {
        #expect(SymbolInformation.formatBits(correction: .medium, mask: 0b101) == 0b100_0000_1100_1110)
    }

    @Test("all 32 format words match table C.1")
    func formatTableMatches() {
        for correction in ErrorCorrection.allCases {
            for mask in DataMask.references {
                #expect(
                    SymbolInformation.formatBits(correction: correction, mask: mask)
                        == Self.formatTable[correction.tableIndex][mask], "\(correction.letter) mask \(mask)")
            }
        }
    }

    @Test("annex D example: version 7 gives 000111110010010100")
    func versionExample() {
        #expect(SymbolInformation.versionBits(version: 7) == 0b00_0111_1100_1001_0100)
    }

    @Test("all 34 version words match table D.1")
    func versionTableMatches() {
        #expect((7...40).map { SymbolInformation.versionBits(version: $0) } == Self.versionTable)
    }

    @Test("both copies of the format information read back the same word")
    func formatCopiesAgree() throws {
        let code = try QRCode.encode("https://carepath.example", correction: .quartile)
        let size = code.size
        // Figure 25's bit positions, bit 0 first, for each copy.
        let first =
            (0...5).map { (row: $0, column: 8) } + [(7, 8), (8, 8), (8, 7)] + (9..<15).map { (8, 14 - $0) }
        let second = (0..<8).map { (row: 8, column: size - 1 - $0) } + (8..<15).map { (size - 15 + $0, 8) }
        func word(_ positions: [(row: Int, column: Int)]) -> Int {
            positions.enumerated().reduce(0) { $0 | (code.isDark(row: $1.1.row, column: $1.1.column) ? 1 << $1.0 : 0) }
        }
        #expect(word(first) == word(second))
        #expect(word(first) == SymbolInformation.formatBits(correction: .quartile, mask: code.mask))
        #expect(code.isDark(row: size - 8, column: 8), "the dark module")
    }
}
