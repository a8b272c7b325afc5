import Testing

@testable import QRCode

/// The encoder against symbols that segno, an independent encoder, made for the same text,
/// level, mode and version.
@Suite("Golden symbols from segno")
struct GoldenFixtureTests {
    @Test("the fixtures cover every level, mode and the chosen versions")
    func coverage() {
        let fixtures = GoldenFixture.all
        #expect(fixtures.count == 13)
        #expect(Set(fixtures.map(\.correction)) == Set(ErrorCorrection.allCases))
        #expect(Set(fixtures.map(\.mode)) == Set(EncodingMode.allCases))
        #expect(Set(fixtures.map(\.version)).isSuperset(of: [1, 2, 5, 7, 10, 25, 40]))
        #expect(fixtures.contains { $0.text == "Café – £5" })
        for fixture in fixtures {
            #expect(fixture.rows.count == 4 * fixture.version + 17, "\(fixture.name)")
            #expect(fixture.rows.allSatisfy { $0.count == fixture.rows.count }, "\(fixture.name)")
            #expect(fixture.penalties.count == 8 && fixture.penalties.allSatisfy { $0.count == 4 })
        }
    }

    @Test("encoding gives segno's symbol module for module", arguments: GoldenFixture.all)
    func matchesModuleForModule(_ fixture: GoldenFixture) throws {
        let code = try QRCode.encode(fixture.text, correction: fixture.correction)
        #expect(code.version == fixture.version)
        #expect(code.size == fixture.rows.count)
        #expect(code.mode == fixture.mode)
        #expect(code.mask == fixture.mask)
        try #require(code.size == fixture.rows.count)

        var differing: [(row: Int, column: Int)] = []
        for (row, modules) in fixture.rows.enumerated() {
            for (column, dark) in modules.enumerated() where code.isDark(row: row, column: column) != dark {
                differing.append((row, column))
            }
        }
        // One expectation for the whole matrix, not one per module, keeps failures readable.
        #expect(differing.isEmpty, "\(differing.count) modules differ, first at \(differing.prefix(5))")
    }

    @Test("each mask's penalty matches segno's scoring of the complete symbol", arguments: GoldenFixture.all)
    func penaltiesMatch(_ fixture: GoldenFixture) throws {
        let unmasked = try QRCode.unmaskedSymbol(fixture.text, correction: fixture.correction).matrix
        for mask in DataMask.references {
            let penalty = QRCode.masked(unmasked, mask: mask, correction: fixture.correction).maskPenalty
            let rules = [penalty.adjacentRuns, penalty.blocks, penalty.finderLikePatterns, penalty.darkProportion]
            #expect(rules == fixture.penalties[mask], "mask \(mask)")
        }
    }

    /// segno scores each mask before drawing the format information, version information
    /// and dark module, where the standard scores the complete symbol, so for some
    /// fixtures the script fixed the mask to the complete-symbol choice. Scoring with those
    /// areas light must reproduce segno's automatic choice, which shows the mask is the
    /// only thing that differs from segno's unforced output.
    @Test("scoring with those areas light picks segno's automatic mask", arguments: GoldenFixture.all)
    func segnoAutomaticMask(_ fixture: GoldenFixture) throws {
        let unmasked = try QRCode.unmaskedSymbol(fixture.text, correction: fixture.correction).matrix
        let totals = DataMask.references.map { mask in
            var matrix = unmasked
            matrix.applyMask(mask)
            matrix.drawFormatInformation(0)
            matrix.setFunctionModule(row: matrix.size - 8, column: 8, dark: false)
            if matrix.version >= 7 {
                for near in 0..<6 {
                    for far in matrix.size - 11..<matrix.size - 8 {
                        matrix.setFunctionModule(row: near, column: far, dark: false)
                        matrix.setFunctionModule(row: far, column: near, dark: false)
                    }
                }
            }
            return matrix.maskPenalty.total
        }
        #expect(totals.firstIndex(of: totals.min()!) == fixture.segnoAutomaticMask)
    }
}
