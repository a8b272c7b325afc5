/// The penalty score of a masked symbol (ISO/IEC 18004:2015 7.8.3.1, table 11), rule by
/// rule; the mask with the lowest total is used.
struct MaskPenalty: Sendable, Hashable {
    /// N1: runs of five or more same-coloured modules in a row or column, 3 points for
    /// five and one more for each module beyond.
    var adjacentRuns = 0
    /// N2: 3 points for every 2×2 block of one colour, so that an m×n block scores
    /// 3 (m − 1)(n − 1).
    var blocks = 0
    /// N3: 40 points for every dark-light-dark-light-dark 1:1:3:1:1 pattern in a row or
    /// column with four light modules before or after it.
    var finderLikePatterns = 0
    /// N4: 10 points for each full 5% by which the share of dark modules strays from half.
    var darkProportion = 0

    /// All four rules together.
    var total: Int { adjacentRuns + blocks + finderLikePatterns + darkProportion }
}
