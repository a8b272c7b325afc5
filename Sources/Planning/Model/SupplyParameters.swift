/// The base-year workforce and its flow rates, by age band (workforce-planning.md 2.1).
///
/// Arrays are indexed by band, youngest first, and all have the same length. The model is
/// written for any banding (the worked example uses three bands); ``AgeBand`` gives the seven
/// bands Carepath's data uses.
public struct SupplyParameters: Sendable, Hashable {
    /// `S[b, base]`: filled posts (headcount) in each band at the start of the base year.
    public var stock: [Double]
    /// `τ[b]`: turnover (all leavers, retirements included) in each band.
    public var turnover: [Double]
    /// `r[b]`: the part of `τ[b]` that is retirement or permanent exit.
    public var retirement: [Double]
    /// `δ[b]`: the share of each band that ages into the next each year; 0 for the top band.
    public var ageing: [Double]
    /// `ρ`: the share of leavers who stay in adult social care.
    public var withinSectorShare: Double
    /// `e`: people new to the area's sector each year, as a share of total stock.
    public var entrantRate: Double
    /// `age_share[b]`: the age profile of entrants, summing to 1.
    public var entrantAgeShare: [Double]
    /// `φ`: the international share of entrants.
    public var internationalShare: Double
    /// The share of the stock in direct-care roles, which the values and pay levers act on.
    public var directCareShare: Double

    public init(
        stock: [Double], turnover: [Double], retirement: [Double], ageing: [Double], withinSectorShare: Double,
        entrantRate: Double, entrantAgeShare: [Double], internationalShare: Double, directCareShare: Double
    ) {
        self.stock = stock
        self.turnover = turnover
        self.retirement = retirement
        self.ageing = ageing
        self.withinSectorShare = withinSectorShare
        self.entrantRate = entrantRate
        self.entrantAgeShare = entrantAgeShare
        self.internationalShare = internationalShare
        self.directCareShare = directCareShare
    }

    /// The number of age bands.
    public var bandCount: Int { stock.count }

    /// The stock-weighted mean turnover: the all-ages rate a council would quote.
    public var meanTurnover: Double {
        let total = stock.reduce(0, +)
        guard total > 0 else { return 0 }
        return zip(stock, turnover).reduce(0) { $0 + $1.0 * $1.1 } / total
    }
}

/// Everything one projection needs: the workforce, demand and costs.
public struct ProjectionInputs: Sendable {
    /// The first year of the projection, whose stock is ``SupplyParameters/stock``.
    public var baseYear: Int
    /// The number of years projected after the base year.
    public var horizon: Int
    public var supply: SupplyParameters
    /// Vacancies in the base year: `Posts(base) = Σ S[b, base] + vacancies`.
    public var baseVacancies: Double
    /// The population that drives demand.
    public var population: PopulationSeries
    public var costs: CostParameters

    public init(
        baseYear: Int, horizon: Int, supply: SupplyParameters, baseVacancies: Double, population: PopulationSeries,
        costs: CostParameters = .defaults
    ) {
        self.baseYear = baseYear
        self.horizon = horizon
        self.supply = supply
        self.baseVacancies = baseVacancies
        self.population = population
        self.costs = costs
    }

    /// The projection's years, base year first.
    public var years: ClosedRange<Int> { baseYear...(baseYear + horizon) }
}
