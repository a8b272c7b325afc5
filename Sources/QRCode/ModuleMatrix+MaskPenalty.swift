extension ModuleMatrix {
    /// The penalty of the matrix as it stands.
    ///
    /// The standard evaluates the complete symbol, not just the masked data region, so
    /// the caller draws the mask's format information first.
    var maskPenalty: MaskPenalty {
        var penalty = MaskPenalty()
        var darkCount = 0
        for index in 0..<size {
            let row = Array(dark[index * size..<(index + 1) * size])
            let column = stride(from: index, to: dark.count, by: size).map { dark[$0] }
            penalty.adjacentRuns += Self.runPenalty(row) + Self.runPenalty(column)
            penalty.finderLikePatterns += Self.finderLikePenalty(row) + Self.finderLikePenalty(column)
            darkCount += row.count { $0 }
        }
        for row in 0..<size - 1 {
            for column in 0..<size - 1 {
                let colour = self[row, column]
                if self[row, column + 1] == colour && self[row + 1, column] == colour
                    && self[row + 1, column + 1] == colour
                {
                    penalty.blocks += 3
                }
            }
        }
        // k = ⌊|dark% − 50| / 5⌋, kept in integers so that exact 5% steps score exactly.
        let total = size * size
        penalty.darkProportion = 10 * (abs(darkCount * 20 - total * 10) / total)
        return penalty
    }

    /// Rule N1 along one line.
    private static func runPenalty(_ line: [Bool]) -> Int {
        var penalty = 0
        var runLength = 0
        for (index, module) in line.enumerated() {
            runLength = index > 0 && line[index - 1] == module ? runLength + 1 : 1
            let runEnds = index == line.count - 1 || line[index + 1] != module
            if runEnds && runLength >= 5 {
                penalty += runLength - 2
            }
        }
        return penalty
    }

    /// The core of a finder pattern across one line: dark, light, three dark, light, dark.
    private static let finderLikeCore = [true, false, true, true, true, false, true]

    /// Rule N3 along one line. Beyond the edge lies the quiet zone, so it counts as light.
    ///
    /// Every occurrence scores, including one that begins on the last module of another
    /// (`1011101011101` then four light): both are finder-like to a reader. ZXing counts
    /// the same way; segno resumes its scan after a scored pattern and misses the second.
    private static func finderLikePenalty(_ line: [Bool]) -> Int {
        func isLight(_ range: Range<Int>) -> Bool {
            line[max(range.lowerBound, 0)..<min(range.upperBound, line.count)].allSatisfy { !$0 }
        }
        var penalty = 0
        for start in 0...(line.count - finderLikeCore.count)
        where line[start..<start + finderLikeCore.count].elementsEqual(finderLikeCore) {
            if isLight(start - 4..<start) || isLight(start + 7..<start + 11) {
                penalty += 40
            }
        }
        return penalty
    }
}
