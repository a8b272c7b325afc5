extension Array where Element == Double {
    /// The middle value, or the mean of the two middle values of an even count (as Python's
    /// `statistics.median`); `nil` when empty.
    ///
    /// It selects rather than sorts (Hoare's quickselect, expected O(n)): a national median of
    /// pay runs over most of a million values on every uncached page.
    public var median: Double? {
        guard !isEmpty else { return nil }
        var values = self
        let middle = count / 2
        let upper = values.select(middle)
        guard count.isMultiple(of: 2) else { return upper }
        // After selecting, everything before `middle` is no greater than it: the lower middle is
        // their largest.
        let lower = values[..<middle].max()!
        return (lower + upper) / 2
    }

    /// Rearranges the array so that position `k` holds the value it would hold if sorted, with
    /// no greater value before it and no smaller after it, and returns that value.
    fileprivate mutating func select(_ k: Int) -> Double {
        var low = 0
        var high = count - 1
        while low < high {
            // Median of three as the pivot keeps sorted and reversed input linear.
            let mid = low + (high - low) / 2
            let pivot = Swift.max(
                Swift.min(self[low], self[mid]), Swift.min(Swift.max(self[low], self[mid]), self[high]))
            var left = low
            var right = high
            while left <= right {
                while self[left] < pivot { left += 1 }
                while self[right] > pivot { right -= 1 }
                if left <= right {
                    swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if k <= right {
                high = right
            } else if k >= left {
                low = left
            } else {
                return self[k]
            }
        }
        return self[k]
    }
}
