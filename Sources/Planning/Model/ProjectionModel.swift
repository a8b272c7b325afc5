import Foundation

/// The demand and stock-flow supply projection of workforce-planning.md sections 1–3.
///
/// For each year `t` from the base year, with `S[b, t]` the stock in band `b`:
///
///     D[t]       = Posts(base) × W[t] / W[base] × (1 + uplift)^(t − from)
///     Exits[b,t] = S[b,t] · ((1 − ρ) · (τ[b] − r[b]) + r[b])
///     S'[b,t]    = S[b,t] − Exits[b,t] − δ[b]·S[b,t] + δ[b−1]·S[b−1,t]
///     E[t]       = e · Σ_b S[b,t]      (international part φ·E, plus any extra apprentices)
///     S[b,t+1]   = S'[b,t] + E[t] · age_share[b]   (apprentices join the youngest band)
///     Gap[t]     = D[t] − Σ_b S[b,t],   v[t] = Gap[t] / D[t]
///     E*[t]      = D[t+1] − Σ_b S'[b,t]
///     Hires[t]   = Σ_b τ[b]·S[b,t] + max(0, D[t+1] − D[t])
///     Cost[t]    = Hires[t] · (c_recruit + c_induction) + Σ_b τ[b]·S[b,t] · c_lost + pay uplift
///
/// `Posts(base) = Σ S[b, base] + vacancies`, and `W` is the chosen ``DemandDriver``'s weighted
/// population. Levers change `τ`, `r`, `φ` and the entrants from their `fromYear` (see
/// ``ScenarioLevers``). Everything stays unrounded.
public enum ProjectionModel {
    /// Lever 1: turnover where employers recruit for values, over turnover where they do not (SfC 2019).
    public static let valuesBasedTurnoverRatio = 19.0 / 24.6
    /// Lever 2: care-worker turnover when paid £1.50 or more above the National Living Wage, over at or below it.
    public static let payAboveThresholdTurnoverRatio = 0.31 / 0.378
    /// Lever 5: the extra turnover of a zero-hours worker over one on 35+ contracted hours (5.8 points).
    public static let zeroHoursTurnoverPoints = 0.058

    /// Projects `inputs` under `levers`; fails when the levers are out of range or the
    /// population does not cover the years.
    public static func project(
        _ inputs: ProjectionInputs, levers: ScenarioLevers = ScenarioLevers()
    ) -> Result<Projection, ProjectionError> {
        let lastYear = inputs.baseYear + inputs.horizon
        let problems = levers.problems(baseYear: inputs.baseYear, lastYear: lastYear)
        guard problems.isEmpty else { return .failure(.invalidLevers(problems)) }
        let driver = levers.demandDriver ?? .skillsForCare
        let index: [Double]
        switch driver.index(of: inputs.population, over: inputs.years) {
        case .success(let values): index = values
        case .failure(let missing): return .failure(.populationMissing(missing))
        }
        guard let baseIndex = index.first, baseIndex > 0 else {
            return .failure(.noDemandBase(areaCode: inputs.population.areaCode.rawValue, year: inputs.baseYear))
        }
        let supply = inputs.supply
        let costs = levers.costs(over: inputs.costs)
        let fromYear = levers.fromYear ?? inputs.baseYear
        let postsBase = supply.stock.reduce(0, +) + inputs.baseVacancies
        let uplift = (levers.demandUpliftPercentPerYear ?? 0) / 100
        let demand = zip(inputs.years, index).map { year, weighted in
            postsBase * weighted / baseIndex * pow(1 + uplift, Double(max(0, year - fromYear)))
        }
        let baseline = YearRates(supply: supply, levers: ScenarioLevers())
        let scenario = YearRates(supply: supply, levers: levers)

        var stock = supply.stock
        var years: [ProjectionYear] = []
        for (offset, year) in inputs.years.enumerated() {
            let total = stock.reduce(0, +)
            let posts = demand[offset]
            var row = ProjectionYear(
                year: year, demand: posts, supplyByBand: stock, supply: total, gap: posts - total,
                impliedVacancyRate: posts > 0 ? (posts - total) / posts : 0, flows: nil)
            if offset < inputs.horizon {
                let rates = year >= fromYear ? scenario : baseline
                let step = rates.step(stock: stock, supply: supply)
                let hires = step.leavers + max(0, demand[offset + 1] - posts)
                row.flows = ProjectionFlows(
                    leavers: step.leavers, exits: step.exits, entrants: step.entrants,
                    internationalEntrants: step.internationalEntrants,
                    entrantsNeeded: demand[offset + 1] - step.afterExitsAndAgeing,
                    hires: hires,
                    turnoverCost: hires * costs.perHire + step.leavers * costs.lostProductivityPerLeaver,
                    payUpliftCost: rates.payMovedShare * supply.directCareShare * total * costs.payUpliftPerHour
                        * costs.paidHoursPerYear)
                stock = step.nextStock
            }
            years.append(row)
        }
        return .success(
            Projection(baseYear: inputs.baseYear, driver: driver, levers: levers, costs: costs, years: years))
    }
}

/// Why a projection could not be made.
public enum ProjectionError: Error, Sendable, Hashable {
    case invalidLevers([LeverProblem])
    case populationMissing(MissingPopulationYear)
    /// The driver's population is 0 in the base year, so growth is undefined.
    case noDemandBase(areaCode: String, year: Int)
}

/// A projection's result: one row per year, with what produced it.
public struct Projection: Sendable, Hashable {
    public var baseYear: Int
    public var driver: DemandDriver
    public var levers: ScenarioLevers
    public var costs: CostParameters
    public var years: [ProjectionYear]

    /// The last projected year.
    public var finalYear: ProjectionYear { years[years.count - 1] }

    /// The total cost over the projection's flow years.
    public var totalCost: Double { years.compactMap(\.flows).reduce(0) { $0 + $1.totalCost } }
}
