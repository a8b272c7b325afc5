/// The square grid of a symbol under construction: each module's colour, and whether it
/// belongs to a function pattern, which data placement and masking leave alone.
struct ModuleMatrix: Sendable, Hashable {
    /// The symbol version, 1 to 40.
    let version: Int
    /// Modules along each side: 21 for version 1, four more for each version after.
    let size: Int
    /// Dark modules, row by row.
    private(set) var dark: [Bool]
    /// Function-pattern and reserved modules, row by row.
    private(set) var isFunction: [Bool]

    /// An all-light grid with no function patterns yet.
    init(version: Int) {
        self.version = version
        size = 4 * version + 17
        dark = [Bool](repeating: false, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
    }

    /// Whether a module is dark.
    subscript(row: Int, column: Int) -> Bool {
        get { dark[row * size + column] }
        set { dark[row * size + column] = newValue }
    }

    /// Whether a module belongs to a function pattern or reserved area.
    func isFunctionModule(row: Int, column: Int) -> Bool {
        isFunction[row * size + column]
    }

    /// Sets a function module's colour and marks it as function.
    mutating func setFunctionModule(row: Int, column: Int, dark isDark: Bool) {
        dark[row * size + column] = isDark
        isFunction[row * size + column] = true
    }
}
