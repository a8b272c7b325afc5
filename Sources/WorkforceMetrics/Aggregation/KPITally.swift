/// The additive part of a ``KPIMeasurement``: totals that can be summed over workplaces, so an area
/// figure is the sum of its workplaces' tallies (workforce-metrics.md 2 rule 1, ratios of totals).
public struct KPITally: Sendable, Hashable {
    public var numerator: Double
    public var denominator: Double
    public var workers: Int
    public var excludedUnknown: Int

    public init(numerator: Double = 0, denominator: Double = 0, workers: Int = 0, excludedUnknown: Int = 0) {
        self.numerator = numerator
        self.denominator = denominator
        self.workers = workers
        self.excludedUnknown = excludedUnknown
    }

    /// The totals of one workplace's measurement.
    public init(_ measurement: KPIMeasurement) {
        self.init(
            numerator: measurement.numerator, denominator: measurement.denominator, workers: measurement.workers,
            excludedUnknown: measurement.excludedUnknown)
    }

    /// True when the tally holds nothing at all, so it need not be stored.
    public var isEmpty: Bool {
        numerator == 0 && denominator == 0 && workers == 0 && excludedUnknown == 0
    }

    /// Adds another workplace's (or role group's) totals.
    public mutating func add(_ other: KPITally) {
        numerator += other.numerator
        denominator += other.denominator
        workers += other.workers
        excludedUnknown += other.excludedUnknown
    }
}
