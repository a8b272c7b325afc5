extension ModuleMatrix {
    /// Draws both copies of the 15-bit format information and the dark module beside the
    /// lower-left copy (ISO/IEC 18004:2015 figure 25). Bit 0 is the least significant.
    mutating func drawFormatInformation(_ bits: Int) {
        func bit(_ index: Int) -> Bool { bits >> index & 1 == 1 }

        // The copy around the upper-left finder, stepping over the timing patterns.
        for index in 0...5 {
            setFunctionModule(row: index, column: 8, dark: bit(index))
        }
        setFunctionModule(row: 7, column: 8, dark: bit(6))
        setFunctionModule(row: 8, column: 8, dark: bit(7))
        setFunctionModule(row: 8, column: 7, dark: bit(8))
        for index in 9..<15 {
            setFunctionModule(row: 8, column: 14 - index, dark: bit(index))
        }

        // The copy split between the upper-right and lower-left finders.
        for index in 0..<8 {
            setFunctionModule(row: 8, column: size - 1 - index, dark: bit(index))
        }
        for index in 8..<15 {
            setFunctionModule(row: size - 15 + index, column: 8, dark: bit(index))
        }
        setFunctionModule(row: size - 8, column: 8, dark: true)
    }

    /// Draws both 6×3 copies of the version information, for versions 7 and above
    /// (ISO/IEC 18004:2015 figure 27).
    mutating func drawVersionInformation() {
        guard version >= 7 else { return }
        let bits = SymbolInformation.versionBits(version: version)
        for index in 0..<18 {
            let isDark = bits >> index & 1 == 1
            let near = index / 3
            let far = size - 11 + index % 3
            setFunctionModule(row: near, column: far, dark: isDark)
            setFunctionModule(row: far, column: near, dark: isDark)
        }
    }
}
