import CarepathCore

/// A parsed file: every area's series, and the years it covers.
public struct PopulationProjectionFile: Sendable {
    /// The layout the header showed.
    public var layout: PopulationFileLayout
    /// The projection years; every series has figures for each of them.
    public var years: ClosedRange<Int>
    /// Each area's persons by age, under its current code.
    public var series: [AreaCode: PopulationSeries]
    /// Rows for geographies Carepath does not use (metropolitan counties, Inner and Outer London,
    /// combined authorities, Wales, Scotland, Northern Ireland and the UK), which were skipped.
    public var ignoredRows: Int
    /// County councils (E10) the file had no rows for, built by adding up their districts (E07).
    public var aggregatedCounties: [AreaCode]

    /// A parsed file from its parts.
    public init(
        layout: PopulationFileLayout, years: ClosedRange<Int>, series: [AreaCode: PopulationSeries],
        ignoredRows: Int, aggregatedCounties: [AreaCode]
    ) {
        self.layout = layout
        self.years = years
        self.series = series
        self.ignoredRows = ignoredRows
        self.aggregatedCounties = aggregatedCounties
    }
}
