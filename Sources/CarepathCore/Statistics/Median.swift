extension Array where Element == Double {
    /// The middle value, or the mean of the two middle values of an even count (as Python's
    /// `statistics.median`); `nil` when empty. Sorting keeps it O(n log n).
    public var median: Double? {
        guard !isEmpty else { return nil }
        let sorted = self.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
