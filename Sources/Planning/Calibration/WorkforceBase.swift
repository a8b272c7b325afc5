/// What Carepath's returns say about an area's workforce in the base year: the raw counts a
/// projection is calibrated from. Built by the app from stored returns; no rates yet.
public struct WorkforceBase: Sendable, Hashable {
    /// The year the returns describe (the latest as-of date's year).
    public var asOfYear: Int
    /// Staff records by ``AgeBand``, youngest first (seven entries).
    public var stockByBand: [Double]
    /// Staff records without a year of birth; spread over the bands in proportion.
    public var stockOfUnknownAge: Double
    /// Staff records in direct-care roles, which the values and pay levers act on.
    public var directCareStock: Double
    /// Declared leavers in the last 12 months, over the directly employed staff of the
    /// workplaces that declared them (unknowns excluded from both sides).
    public var declaredLeavers: RateCounts?
    /// Declared starters in the last 12 months, likewise.
    public var declaredStarters: RateCounts?
    /// Declared vacancies, over the directly employed staff of the workplaces that declared them.
    public var declaredVacancies: RateCounts?
    /// Starters in the last 12 months (by main-role start date) by age band, for the entrants' age profile.
    public var recentStartersByBand: [Double]
    /// Leavers whose keyed NI number could be followed, and how many of them reappear at another workplace.
    public var linkedLeavers: RateCounts?
    /// The workplaces the counts come from.
    public var workplaceCount: Int
    /// The largest single workplace's share of the staff records, for the dominance rule.
    public var largestWorkplaceShare: Double

    public init(asOfYear: Int, stockByBand: [Double]) {
        self.asOfYear = asOfYear
        self.stockByBand = stockByBand
        self.stockOfUnknownAge = 0
        self.directCareStock = 0
        self.recentStartersByBand = Array(repeating: 0, count: stockByBand.count)
        self.workplaceCount = 0
        self.largestWorkplaceShare = 0
    }

    /// Every staff record, of known age or not.
    public var totalStock: Double { stockByBand.reduce(0, +) + stockOfUnknownAge }
}

/// A numerator over a denominator, kept apart so rates are ratios of totals.
public struct RateCounts: Sendable, Hashable {
    public var numerator: Double
    public var denominator: Double

    public init(numerator: Double, denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The rate, or `nil` when the denominator is empty.
    public var rate: Double? { denominator > 0 ? numerator / denominator : nil }
}
