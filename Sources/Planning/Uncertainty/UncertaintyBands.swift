import CarepathCore

/// How much a projection moves when its uncertain parameters move within their published
/// ranges: Monte Carlo runs with a fixed seed, summarised as the 10th, 50th and 90th
/// percentiles of the gap and of supply in each year.
public struct UncertaintyBands: Sendable, Hashable, Codable {
    /// One year's percentiles.
    public struct Year: Sendable, Hashable, Codable {
        public var year: Int
        public var gapLow: Double
        public var gapMiddle: Double
        public var gapHigh: Double
        public var supplyLow: Double
        public var supplyHigh: Double

        public init(
            year: Int, gapLow: Double, gapMiddle: Double, gapHigh: Double, supplyLow: Double, supplyHigh: Double
        ) {
            self.year = year
            self.gapLow = gapLow
            self.gapMiddle = gapMiddle
            self.gapHigh = gapHigh
            self.supplyLow = supplyLow
            self.supplyHigh = supplyHigh
        }
    }

    public var runs: Int
    public var seed: UInt64
    public var ranges: ParameterRanges
    public var years: [Year]
}

/// The ranges the Monte Carlo runs draw from, each uniformly. The defaults follow the spread of
/// the published figures in workforce-planning.md 2.3.
public struct ParameterRanges: Sendable, Hashable, Codable {
    /// A multiplier on every band's turnover.
    public var turnoverMultiplier: ClosedRange<Double>
    /// `ρ`, the share of leavers who stay in the sector (Norfolk 0.63 to Suffolk 0.71).
    public var withinSectorShare: ClosedRange<Double>
    /// A multiplier on the entrant rate.
    public var entrantRateMultiplier: ClosedRange<Double>
    /// A multiplier on retirement rates.
    public var retirementMultiplier: ClosedRange<Double>

    public init(
        turnoverMultiplier: ClosedRange<Double>, withinSectorShare: ClosedRange<Double>,
        entrantRateMultiplier: ClosedRange<Double>, retirementMultiplier: ClosedRange<Double>
    ) {
        self.turnoverMultiplier = turnoverMultiplier
        self.withinSectorShare = withinSectorShare
        self.entrantRateMultiplier = entrantRateMultiplier
        self.retirementMultiplier = retirementMultiplier
    }

    /// Turnover ±10%, ρ 0.63–0.71, entrants ±10%, retirement ±20%.
    public static let standard = ParameterRanges(
        turnoverMultiplier: 0.9...1.1, withinSectorShare: 0.63...0.71, entrantRateMultiplier: 0.9...1.1,
        retirementMultiplier: 0.8...1.2)
}

extension ProjectionModel {
    /// Runs the projection `runs` times with parameters drawn from `ranges` (deterministic for a
    /// given `seed`), under the same levers, and returns the percentile bands.
    public static func uncertainty(
        _ inputs: ProjectionInputs, levers: ScenarioLevers = ScenarioLevers(), ranges: ParameterRanges = .standard,
        runs: Int = 200, seed: UInt64 = 1
    ) -> Result<UncertaintyBands, ProjectionError> {
        var random = SeededGenerator(seed: seed)
        var gaps: [[Double]] = Array(repeating: [], count: inputs.horizon + 1)
        var supplies: [[Double]] = Array(repeating: [], count: inputs.horizon + 1)
        for _ in 0..<max(1, runs) {
            var varied = inputs
            let turnover = random.double(in: ranges.turnoverMultiplier)
            let retirement = random.double(in: ranges.retirementMultiplier)
            varied.supply.retirement = inputs.supply.retirement.map { $0 * retirement }
            varied.supply.turnover = zip(inputs.supply.turnover, inputs.supply.retirement).enumerated().map {
                band, pair in
                // Non-retirement turnover scales with the draw; retirement follows its own.
                min(
                    1,
                    max(varied.supply.retirement[band], (pair.0 - pair.1) * turnover + varied.supply.retirement[band]))
            }
            varied.supply.withinSectorShare = random.double(in: ranges.withinSectorShare)
            varied.supply.entrantRate = inputs.supply.entrantRate * random.double(in: ranges.entrantRateMultiplier)
            switch project(varied, levers: levers) {
            case .failure(let error): return .failure(error)
            case .success(let projection):
                for (index, year) in projection.years.enumerated() {
                    gaps[index].append(year.gap)
                    supplies[index].append(year.supply)
                }
            }
        }
        let years = inputs.years.enumerated().map { index, year in
            let gap = gaps[index].sorted()
            let supply = supplies[index].sorted()
            return UncertaintyBands.Year(
                year: year, gapLow: percentile(gap, 0.1), gapMiddle: percentile(gap, 0.5),
                gapHigh: percentile(gap, 0.9),
                supplyLow: percentile(supply, 0.1), supplyHigh: percentile(supply, 0.9))
        }
        return .success(UncertaintyBands(runs: max(1, runs), seed: seed, ranges: ranges, years: years))
    }

    /// The nearest-rank percentile of sorted values.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}
