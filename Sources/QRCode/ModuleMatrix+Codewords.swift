extension ModuleMatrix {
    /// Places the codeword sequence in the data region (ISO/IEC 18004:2015 7.7.3).
    ///
    /// Codewords run most significant bit first up and down two-module-wide columns from
    /// the lower right, skipping function modules; the vertical timing pattern takes a
    /// whole column out of the sweep. Leftover remainder bits stay light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var rightColumn = size - 1
        while rightColumn >= 1 {
            if rightColumn == 6 {
                rightColumn = 5
            }
            // Column pairs right of the timing column alternate up, down, up…; past it the
            // shift by one keeps the same alternation.
            let upward = (rightColumn + 1) & 2 == 0
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for column in [rightColumn, rightColumn - 1]
                where !isFunctionModule(row: row, column: column) && bitIndex < bitCount {
                    self[row, column] = codewords[bitIndex / 8] >> UInt8(7 - bitIndex % 8) & 1 == 1
                    bitIndex += 1
                }
            }
            rightColumn -= 2
        }
    }
}
