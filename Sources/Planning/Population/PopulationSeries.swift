import CarepathCore

/// Persons by single year of age for one area: index 0...89 = that age, index 90 = "90 and over".
public struct PopulationSeries: Sendable, Equatable {
    /// The area's current ONS code.
    public var areaCode: AreaCode
    /// Projection year → 91 values, one for each age 0...89 and a last one for 90 and over.
    public var persons: [Int: [Double]]

    /// The index of "90 and over" in each year's values.
    public static let oldestAgeIndex = 90

    /// A series from its parts.
    public init(areaCode: AreaCode, persons: [Int: [Double]]) {
        self.areaCode = areaCode
        self.persons = persons
    }

    /// The persons aged within `ages` in `year`, such as `65...90` for everyone 65 and over;
    /// nil if the series has no figures for `year`.
    ///
    /// Ages outside 0...90 are left out, so `65...200` means the same as `65...90`
    /// (90 stands for 90 and over).
    public func total(year: Int, ages: ClosedRange<Int>) -> Double? {
        guard let values = persons[year] else { return nil }
        let lowest = max(ages.lowerBound, 0)
        let highest = min(ages.upperBound, values.count - 1)
        guard lowest <= highest else { return 0 }
        return values[lowest...highest].reduce(0, +)
    }

    /// Adds another area's figures, year by year and age by age, as when districts make up a county.
    mutating func add(_ other: [Int: [Double]]) {
        for (year, values) in other {
            guard let existing = persons[year] else {
                persons[year] = values
                continue
            }
            persons[year] = zip(existing, values).map { $0 + $1 }
        }
    }
}
