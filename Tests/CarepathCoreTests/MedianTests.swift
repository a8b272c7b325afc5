import CarepathCore
import Testing

@Suite("Median by selection")
struct MedianTests {
    /// The definition: sort, then take the middle value or the mean of the two middle values.
    private func sortedMedian(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    @Test func smallCases() {
        #expect([Double]().median == nil)
        #expect([4.0].median == 4)
        #expect([3.0, 1].median == 2)
        #expect([5.0, 1, 3].median == 3)
        #expect([1.0, 1, 1, 1].median == 1)
    }

    @Test func agreesWithSortingOnRandomSortedReversedAndRepetitiveInput() {
        var random = SeededGenerator(seed: 3)
        for trial in 0..<400 {
            let count = 1 + random.below(300)
            var values = (0..<count).map { _ in Double(random.below(trial.isMultiple(of: 3) ? 5 : 10_000)) / 4 }
            if trial.isMultiple(of: 5) { values.sort() }
            if trial.isMultiple(of: 7) { values.sort(by: >) }
            #expect(values.median == sortedMedian(values), "trial \(trial): \(values)")
        }
    }
}
