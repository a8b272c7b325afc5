import ArgumentParser
import CarepathCore
import Foundation
import Planning

extension BenchCommand {
    /// `carepath bench projections`: one scenario projected for every CASSR and role group.
    struct ProjectionBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "projections",
            abstract: "Time one scenario's projections for 153 areas × 5 role groups and report the median.",
            discussion: """
                Builds synthetic inputs from a fixed seed (153 areas, the 4 role groups and all roles, seven \
                age bands, a 65+ population from 2025), calibrated as the app calibrates returns, then projects \
                all 765 of them --runs times. Prints each run, the median, the minimum, a checksum and the \
                process's peak resident memory. --json-out writes the inputs and results for \
                Benchmarks/projection_peer.py.
                """)

        @ArgumentParser.Option(help: "How many timed runs, each projecting every area and group.") var runs = 25
        @ArgumentParser.Option(help: "Years projected after the base year 2025 (2–50).") var horizon = 15
        @ArgumentParser.Option(name: .customLong("json-out"), help: "Write the inputs and results here, for the peer.")
        var jsonOut: String?

        /// The scenario: every employer recruits for values, half the care staff are paid above the threshold.
        static let levers: ScenarioLevers = {
            var levers = ScenarioLevers()
            levers.fromYear = 2027
            levers.valuesBasedRecruitmentShare = 1
            levers.payAboveLivingWageShare = 0.5
            return levers
        }()

        func validate() throws {
            guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
            // The scenario starts in 2027, which must lie inside the projection.
            guard (2...50).contains(horizon) else { throw ValidationError("--horizon must be between 2 and 50") }
        }

        func run() async throws {
            let cases = SyntheticPlanningInputs.make(horizon: horizon, seed: 1)
            let stocks = cases.map { $0.inputs.supply.stock.reduce(0, +) }
            print(
                String(
                    format: "inputs: %d areas × %d groups = %d projections of %d years, stock %.0f–%.0f",
                    SyntheticPlanningInputs.areaCount, SyntheticPlanningInputs.groups.count, cases.count,
                    horizon + 1, stocks.min() ?? 0, stocks.max() ?? 0))
            var milliseconds: [Double] = []
            var projections: [Projection] = []
            for run in 1...runs {
                var results: [Projection] = []
                results.reserveCapacity(cases.count)
                let start = ContinuousClock.now
                for item in cases {
                    results.append(try ProjectionModel.project(item.inputs, levers: Self.levers).get())
                }
                let elapsed = ContinuousClock.now - start
                let value = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
                milliseconds.append(value)
                print(String(format: "run %d: %.3f ms", run, value))
                projections = results
            }
            let finalSupply = projections.reduce(0) { $0 + $1.finalYear.supply }
            let totalCost = projections.reduce(0) { $0 + $1.totalCost }
            let median = milliseconds.median ?? 0
            let peak = ImportBench.peakMegabytes()
            print(
                String(
                    format:
                        "projections n=%d years=%d runs=%d median=%.3f ms min=%.3f ms checksum_supply=%.6f checksum_cost=%.2f peak_rss=%.0f MB",
                    projections.count, horizon + 1, runs, median, milliseconds.min() ?? 0, finalSupply, totalCost,
                    peak))
            guard let jsonOut else { return }
            let file = BenchFile(
                baseYear: SyntheticPlanningInputs.baseYear, horizon: horizon, runs: runs, levers: Self.levers,
                costs: .defaults,
                areas: stride(from: 0, to: cases.count, by: SyntheticPlanningInputs.groups.count).map { index in
                    let population = cases[index].inputs.population
                    return BenchArea(
                        code: population.areaCode.rawValue,
                        population: cases[index].inputs.years.map { population.persons[$0]! })
                },
                projections: cases.map(BenchProjection.init),
                swift: BenchResult(
                    milliseconds: milliseconds, medianMilliseconds: median, finalSupply: finalSupply,
                    totalCost: totalCost))
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            try encoder.encode(file).write(to: URL(fileURLWithPath: jsonOut))
            print("wrote \(jsonOut)")
        }
    }
}

/// What `--json-out` writes: the inputs the peer needs and Swift's results to check against.
private struct BenchFile: Encodable {
    var baseYear: Int
    var horizon: Int
    var runs: Int
    var levers: ScenarioLevers
    var costs: CostParameters
    var areas: [BenchArea]
    var projections: [BenchProjection]
    var swift: BenchResult
}

private struct BenchArea: Encodable {
    var code: String
    /// Each projection year's persons by single year of age, base year first.
    var population: [[Double]]
}

private struct BenchProjection: Encodable {
    var area: Int
    var group: String
    var stock, turnover, retirement, ageing, entrantAgeShare: [Double]
    var withinSectorShare, entrantRate, internationalShare, directCareShare, baseVacancies: Double

    init(_ item: SyntheticPlanningInputs.Case) {
        let supply = item.inputs.supply
        area = item.areaIndex
        group = item.group?.rawValue ?? "all"
        (stock, turnover, retirement, ageing) = (supply.stock, supply.turnover, supply.retirement, supply.ageing)
        entrantAgeShare = supply.entrantAgeShare
        (withinSectorShare, entrantRate) = (supply.withinSectorShare, supply.entrantRate)
        (internationalShare, directCareShare) = (supply.internationalShare, supply.directCareShare)
        baseVacancies = item.inputs.baseVacancies
    }
}

private struct BenchResult: Encodable {
    var milliseconds: [Double]
    var medianMilliseconds: Double
    /// Σ over projections of the final year's supply, and of the total cost: the peer must match both.
    var finalSupply: Double
    var totalCost: Double
}
