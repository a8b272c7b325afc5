import CarepathCore

/// A projection as it may be shown: counts rounded as estimates (workforce-metrics.md 6.1
/// rule 2), rates to whole percent below region level and 1 dp above, costs to £1,000.
/// Pages, CSV files and the API all show these same values.
public struct PublishedProjection: Sendable, Hashable {
    public struct Year: Sendable, Hashable, Codable {
        public var year: Int
        public var demand: Double
        public var supply: Double
        public var supplyByBand: [Double]
        public var gap: Double
        /// A ratio, rounded to the published precision.
        public var impliedVacancyRate: Double
        public var leavers: Double?
        public var entrants: Double?
        public var entrantsNeeded: Double?
        public var hires: Double?
        public var turnoverCost: Double?
        public var payUpliftCost: Double?
    }

    public var years: [Year]
    /// Decimal places of percentages: 1 for regions and England, 0 below.
    public var percentPlaces: Int

    public init(_ projection: Projection, rounding: EstimateRounding, percentPlaces: Int) {
        self.percentPlaces = percentPlaces
        let rateStep = percentPlaces == 0 ? 100.0 : 1_000.0
        func cost(_ value: Double) -> Double { (value / 1_000).rounded() * 1_000 }
        years = projection.years.map { row in
            Year(
                year: row.year, demand: rounding.round(row.demand), supply: rounding.round(row.supply),
                supplyByBand: row.supplyByBand.map(rounding.round), gap: rounding.round(row.gap),
                impliedVacancyRate: (row.impliedVacancyRate * rateStep).rounded() / rateStep,
                leavers: row.flows.map { rounding.round($0.leavers) },
                entrants: row.flows.map { rounding.round($0.entrants) },
                entrantsNeeded: row.flows.map { rounding.round($0.entrantsNeeded) },
                hires: row.flows.map { rounding.round($0.hires) },
                turnoverCost: row.flows.map { cost($0.turnoverCost) },
                payUpliftCost: row.flows.map { cost($0.payUpliftCost) })
        }
    }

    /// A published rate as text: "9%" or "9.5%".
    public func percent(_ ratio: Double) -> String {
        NumberText.percent(ratio, places: percentPlaces)
    }
}
