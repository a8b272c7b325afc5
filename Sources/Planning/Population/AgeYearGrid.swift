/// One area's figures for one sex as its rows arrive, with the line each came from,
/// so that repeats and gaps can be reported where they are.
struct AgeYearGrid: Sendable {
    /// The line of the area's first row of this sex.
    let firstLine: Int
    /// Year → a value for each slot of ``PopulationAge``; NaN until a row gives one.
    private(set) var values: [Int: [Double]] = [:]
    /// Year → the line that gave each slot; 0 until a row does.
    private(set) var lines: [Int: [Int]] = [:]

    init(firstLine: Int) {
        self.firstLine = firstLine
    }

    /// The years with at least one value.
    var years: Dictionary<Int, [Double]>.Keys { values.keys }

    /// The line that gave the value for `slot` in `year`, or nil if none has yet.
    func line(year: Int, slot: Int) -> Int? {
        guard let line = lines[year]?[slot], line > 0 else { return nil }
        return line
    }

    /// Keeps `value` for `slot` in `year`, given on `line`.
    mutating func record(_ value: Double, year: Int, slot: Int, line: Int) {
        values[year, default: Self.emptyValues][slot] = value
        lines[year, default: Self.emptyLines][slot] = line
    }

    /// The first of ages 0...90 with no value in `year` (all of them if the year has none), or nil.
    func firstMissingAge(in year: Int) -> Int? {
        guard let yearLines = lines[year] else { return 0 }
        return yearLines[0...PopulationAge.oldest].firstIndex(of: 0)
    }

    /// The values for ages 0...90 in `year`, which must all be present.
    func ages(in year: Int) -> [Double] {
        Array(values[year]![0...PopulationAge.oldest])
    }

    private static let emptyValues = [Double](repeating: .nan, count: PopulationAge.slotCount)
    private static let emptyLines = [Int](repeating: 0, count: PopulationAge.slotCount)
}
