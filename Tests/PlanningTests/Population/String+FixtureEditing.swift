// Small edits to fixture lines, so a test can break exactly one cell.
extension String {
    /// The line with its last cell replaced.
    func replacingLastValue(with value: String) -> String {
        var cells = split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[cells.count - 1] = value
        return cells.joined(separator: ",")
    }

    /// A wide line with each year's value changed.
    func replacingPersonsValues(_ change: (Double) -> Double) -> String {
        var cells = split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for index in 5..<cells.count { cells[index] = PopulationFixtures.figure(change(Double(cells[index])!)) }
        return cells.joined(separator: ",")
    }

    /// The string with every `target` replaced, without Foundation.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
