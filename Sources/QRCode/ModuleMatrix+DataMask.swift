extension ModuleMatrix {
    /// Flips every non-function module the mask selects; applying it twice undoes it.
    mutating func applyMask(_ reference: Int) {
        for row in 0..<size {
            for column in 0..<size
            where !isFunctionModule(row: row, column: column)
                && DataMask.flips(reference, row: row, column: column)
            {
                self[row, column].toggle()
            }
        }
    }
}
