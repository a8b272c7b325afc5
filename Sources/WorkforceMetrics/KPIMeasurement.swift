/// One KPI for one group of workers, before disclosure control: the value with the totals it
/// rests on. Rates are ratios of totals (workforce-metrics.md 2 rule 1), never means of rates.
public struct KPIMeasurement: Sendable, Hashable, Codable {
    /// The value: a ratio for rates and shares, days for sickness, years for ages and experience,
    /// pounds for pay; `nil` when the denominator is empty.
    public var value: Double?
    /// The numerator (for a mean: the sum; for a median: the number of values).
    public var numerator: Double
    /// The denominator (for a mean or median: the number of known values).
    public var denominator: Double
    /// Workers whose records count in the denominator.
    public var workers: Int
    /// Workplaces supplying at least one of those workers.
    public var workplaces: Int
    /// The largest share of the denominator supplied by one workplace, for the dominance rule.
    public var largestWorkplaceShare: Double
    /// Records left out because their answer was unknown ("don't know", blank, 999).
    public var excludedUnknown: Int

    public init(
        value: Double?, numerator: Double, denominator: Double, workers: Int, workplaces: Int,
        largestWorkplaceShare: Double, excludedUnknown: Int
    ) {
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.workers = workers
        self.workplaces = workplaces
        self.largestWorkplaceShare = largestWorkplaceShare
        self.excludedUnknown = excludedUnknown
    }

    /// The share of records with a known answer: workers ÷ (workers + unknown).
    public var coverage: Double {
        let all = workers + excludedUnknown
        return all > 0 ? Double(workers) / Double(all) : 0
    }
}
