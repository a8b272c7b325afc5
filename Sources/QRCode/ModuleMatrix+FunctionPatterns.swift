extension ModuleMatrix {
    /// A grid with every function pattern drawn (ISO/IEC 18004:2015 6.3): finders with
    /// their separators, timing patterns, alignment patterns, the dark module, version
    /// information, and the format information area reserved for the mask-specific bits.
    static func withFunctionPatterns(version: Int) -> ModuleMatrix {
        var matrix = ModuleMatrix(version: version)
        matrix.drawTimingPatterns()
        matrix.drawFinderPatterns()
        matrix.drawAlignmentPatterns()
        // Placeholder bits until a mask is chosen; reserving the area is what matters.
        matrix.drawFormatInformation(0)
        matrix.drawVersionInformation()
        return matrix
    }

    /// Centre coordinates shared by the rows and columns of alignment patterns
    /// (annex E), for example `[6, 22, 38]` for version 7.
    static func alignmentPatternCentres(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let last = 4 * version + 10
        // Annex E spaces the patterns evenly from the last towards column 6, on an even
        // step rounded up; version 32 is the one exception the table makes.
        let step = version == 32 ? 26 : (4 * version + 2 * count + 1) / (2 * count - 2) * 2
        return [6] + (0..<(count - 1)).reversed().map { last - $0 * step }
    }

    /// Alternating modules along row 6 and column 6, starting and ending dark.
    private mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunctionModule(row: 6, column: index, dark: index % 2 == 0)
            setFunctionModule(row: index, column: 6, dark: index % 2 == 0)
        }
    }

    /// The three 7×7 finders in the corners, each with its one-module light separator.
    private mutating func drawFinderPatterns() {
        for (centreRow, centreColumn) in [(3, 3), (3, size - 4), (size - 4, 3)] {
            for rowOffset in -4...4 {
                for columnOffset in -4...4 {
                    let row = centreRow + rowOffset
                    let column = centreColumn + columnOffset
                    guard (0..<size).contains(row), (0..<size).contains(column) else { continue }
                    // Rings at distance 2 and 4 are light: the inner gap and the separator.
                    let ring = max(abs(rowOffset), abs(columnOffset))
                    setFunctionModule(row: row, column: column, dark: ring != 2 && ring != 4)
                }
            }
        }
    }

    /// The 5×5 alignment patterns, on every pairing of centres except the three that
    /// would overlap the finders.
    private mutating func drawAlignmentPatterns() {
        let centres = Self.alignmentPatternCentres(version: version)
        guard let first = centres.first, let last = centres.last else { return }
        for centreRow in centres {
            for centreColumn in centres {
                let overlapsFinder =
                    (centreRow == first && centreColumn == first) || (centreRow == first && centreColumn == last)
                    || (centreRow == last && centreColumn == first)
                guard !overlapsFinder else { continue }
                for rowOffset in -2...2 {
                    for columnOffset in -2...2 {
                        let ring = max(abs(rowOffset), abs(columnOffset))
                        setFunctionModule(
                            row: centreRow + rowOffset, column: centreColumn + columnOffset, dark: ring != 1)
                    }
                }
            }
        }
    }
}
