import Foundation
import Testing

@testable import QRCode

/// The block and alignment tables against segno's copy of the standard's tables, and the
/// closed-form data region size against a drawn matrix.
@Suite("Version tables")
struct TableTests {
    static let lines: [[Substring]] = {
        let url = GoldenFixture.directory.appendingPathComponent("tables.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ") }
    }()

    @Test("block structure matches table 9 for all 160 versions and levels")
    func blockStructure() {
        let levels: [Substring: ErrorCorrection] = ["L": .low, "M": .medium, "Q": .quartile, "H": .high]
        let rows = Self.lines.filter { $0.first == "block" }
        #expect(rows.count == 160)
        for row in rows {
            let numbers = row.compactMap { Int($0) }
            let (version, correction) = (numbers[0], levels[row[2]]!)
            let structure = BlockStructure(version: version, correction: correction)
            #expect(
                [
                    structure.totalCodewords, structure.errorCorrectionPerBlock, structure.blockCount,
                    structure.dataCodewords,
                ] == Array(numbers[1...]), "version \(version)-\(correction.letter)")
        }
    }

    @Test("alignment pattern centres match annex E for every version")
    func alignmentCentres() {
        let rows = Self.lines.filter { $0.first == "alignment" }
        #expect(rows.count == 40)
        for row in rows {
            let numbers = row.compactMap { Int($0) }
            #expect(ModuleMatrix.alignmentPatternCentres(version: numbers[0]) == Array(numbers[1...]))
        }
    }

    @Test("the data region formula counts the modules the function patterns leave", arguments: 1...40)
    func dataRegion(version: Int) {
        let matrix = ModuleMatrix.withFunctionPatterns(version: version)
        let free = (0..<matrix.size * matrix.size).count {
            !matrix.isFunctionModule(row: $0 / matrix.size, column: $0 % matrix.size)
        }
        #expect(BlockStructure.dataRegionModules(version: version) == free)
        // Table 1's remainder bits are 0, 3, 4 or 7.
        #expect([0, 3, 4, 7].contains(free % 8))
    }
}
