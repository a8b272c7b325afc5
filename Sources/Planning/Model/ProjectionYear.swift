/// One year of a projection. Figures are unrounded; round only for display.
public struct ProjectionYear: Sendable, Hashable, Codable {
    public var year: Int
    /// `D[t]`: posts demanded.
    public var demand: Double
    /// `S[b, t]`: filled posts by age band at the start of the year.
    public var supplyByBand: [Double]
    /// `Σ_b S[b, t]`.
    public var supply: Double
    /// `Gap[t] = D[t] − Σ S[b, t]`: the shortfall when positive.
    public var gap: Double
    /// `v[t] = Gap[t] / D[t]`: the implied vacancy rate.
    public var impliedVacancyRate: Double
    /// The year's flows, which run to the next year; `nil` in the last year.
    public var flows: ProjectionFlows?
}

/// What happens during a year, from its start to the next year's start.
public struct ProjectionFlows: Sendable, Hashable, Codable {
    /// `Σ τ[b]·S[b, t]`: every leaver, including those who move to another care employer.
    public var leavers: Double
    /// `Σ Exits[b, t]`: leavers who leave the sector.
    public var exits: Double
    /// `E[t]`: people new to the area's sector.
    public var entrants: Double
    /// Of ``entrants``, those recruited from abroad.
    public var internationalEntrants: Double
    /// `E*[t] = D[t+1] − Σ S'[b, t]`: entrants needed to close next year's gap.
    public var entrantsNeeded: Double
    /// `Hires[t] = Σ τ[b]·S[b, t] + max(0, D[t+1] − D[t])`: recruitment across employers.
    public var hires: Double
    /// `Hires × (recruitment + induction) + leavers × lost productivity`.
    public var turnoverCost: Double
    /// The yearly cost of the pay lever; 0 without it.
    public var payUpliftCost: Double

    /// Turnover cost and pay uplift together.
    public var totalCost: Double { turnoverCost + payUpliftCost }
}
