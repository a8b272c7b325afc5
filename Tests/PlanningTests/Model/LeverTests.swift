import Planning
import Testing

/// Each lever moves the parameter workforce-planning.md 3.1 says it moves, and only that one.
struct LeverTests {
    private func firstYear(
        _ configure: (inout ScenarioLevers) -> Void
    ) throws -> (baseline: ProjectionFlows, scenario: ProjectionFlows) {
        var levers = ScenarioLevers()
        configure(&levers)
        let baseline = try ProjectionModel.project(WorkedExample.inputs).get()
        let scenario = try ProjectionModel.project(WorkedExample.inputs, levers: levers).get()
        return (try #require(baseline.years[0].flows), try #require(scenario.years[0].flows))
    }

    @Test func payLeverCutsDirectCareTurnoverAndIsCosted() throws {
        let (baseline, scenario) = try firstYear { $0.payAboveLivingWageShare = 0.5 }
        // Half the (all direct-care) staff move from 37.8% to 31% turnover: τ × (1 − 0.5 × (1 − 0.31/0.378)).
        let factor = 1 - 0.5 * (1 - 0.31 / 0.378)
        #expect(abs(scenario.leavers - baseline.leavers * factor) < 1e-6)
        #expect(abs(scenario.payUpliftCost - 0.5 * 10_000 * 1.50 * 1_560) < 1e-6)
        #expect(baseline.payUpliftCost == 0)
    }

    @Test func zeroHoursLeverTakesPointsOffTurnover() throws {
        let (baseline, scenario) = try firstYear { $0.zeroHoursMovedShare = 0.5 }
        #expect(abs((baseline.leavers - scenario.leavers) - 10_000 * 0.5 * 0.058) < 1e-6)
    }

    @Test func retirementLeverMovesExitsOfTheOldestBandOnly() throws {
        let (baseline, scenario) = try firstYear { $0.retirementMultiplier = 2 }
        // Band 3 only: r 0.10 → 0.20, turnover 0.22 → 0.32; non-retirement exits unchanged.
        #expect(abs((scenario.exits - baseline.exits) - 2_500 * 0.10) < 1e-6)
        #expect(abs((scenario.leavers - baseline.leavers) - 2_500 * 0.10) < 1e-6)
    }

    @Test func retiringAtStatePensionAgeEmptiesTheTopBand() throws {
        let (baseline, scenario) = try firstYear { $0.retireAtStatePensionAge = true }
        #expect(abs((scenario.exits - baseline.exits) - (2_500 - 355)) < 1e-6)
    }

    @Test func internationalShareAndCapChangeEntrants() throws {
        let (baseline, halved) = try firstYear { $0.internationalShare = 0.1 }
        #expect(abs(baseline.internationalEntrants - 1_155 * 0.2) < 1e-6)
        #expect(abs(halved.internationalEntrants - 1_155 * 0.1) < 1e-6)
        #expect(abs(halved.entrants - (1_155 - 1_155 * 0.1)) < 1e-6)
        let (_, capped) = try firstYear { $0.internationalCap = 50 }
        #expect(abs(capped.internationalEntrants - 50) < 1e-6)
        #expect(abs(capped.entrants - (1_155 * 0.8 + 50)) < 1e-6)
    }

    @Test func apprenticesJoinTheYoungestBand() throws {
        var levers = ScenarioLevers()
        levers.extraApprenticesPerYear = 100
        let baseline = try ProjectionModel.project(WorkedExample.inputs).get().years[1]
        let scenario = try ProjectionModel.project(WorkedExample.inputs, levers: levers).get().years[1]
        #expect(abs(scenario.supplyByBand[0] - baseline.supplyByBand[0] - 100) < 1e-6)
        #expect(scenario.supplyByBand[1...] == baseline.supplyByBand[1...])
    }

    @Test func turnoverRateSetsTheMeanAndKeepsTheAgePattern() throws {
        let (baseline, scenario) = try firstYear { $0.turnoverRate = 0.2 }
        #expect(abs(scenario.leavers - 0.2 * 10_000) < 1e-6)
        // Every band is scaled by the same factor, so exits of the non-retirement part scale with it.
        #expect(abs(baseline.leavers - (0.40 * 3_000 + 0.26 * 4_500 + 0.22 * 2_500)) < 1e-6)
    }

    @Test func demandUpliftCompoundsFromTheLeversYear() throws {
        var levers = ScenarioLevers()
        levers.demandUpliftPercentPerYear = 1
        levers.fromYear = 2026
        let baseline = try ProjectionModel.project(WorkedExample.inputs).get().years
        let scenario = try ProjectionModel.project(WorkedExample.inputs, levers: levers).get().years
        #expect(scenario[1].demand == baseline[1].demand)
        #expect(abs(scenario[3].demand - baseline[3].demand * 1.01 * 1.01) < 1e-9)
    }

    @Test func outOfRangeLeversAreRefusedByName() {
        var levers = ScenarioLevers()
        levers.turnoverRate = 1.2
        levers.recruitmentCostPerHire = -1
        levers.fromYear = 2040
        guard
            case .failure(.invalidLevers(let problems)) = ProjectionModel.project(WorkedExample.inputs, levers: levers)
        else {
            Issue.record("expected the levers to be refused")
            return
        }
        #expect(problems.map(\.field) == ["fromYear", "turnoverRate", "recruitmentCostPerHire"])
        #expect(problems[1].message == "Turnover must be between 0% and 100%.")
        #expect(problems[2].message == "The recruitment cost per hire must be 0 or more.")
    }

    @Test func ageWeightedDriverNeedsAWeight() {
        var levers = ScenarioLevers()
        levers.demandDriver = DemandDriver(kind: .ageWeighted, weights: [AgeWeight(fromAge: 65, toAge: 90, weight: 0)])
        let problems = levers.problems(baseYear: 2025, lastYear: 2030)
        #expect(problems.map(\.field) == ["demandDriver"])
    }

    @Test func projectionFailsWhenThePopulationStopsShort() {
        var inputs = WorkedExample.inputs
        inputs.horizon = 6
        guard case .failure(.populationMissing(let missing)) = ProjectionModel.project(inputs) else {
            Issue.record("expected a missing population year")
            return
        }
        #expect(missing.year == 2031)
    }
}

struct LeverNamesTests {
    /// The list the API checks requests against names every stored property, so no lever is refused by mistake.
    @Test func fieldNamesCoverEveryLever() {
        let properties = Set(Mirror(reflecting: ScenarioLevers()).children.compactMap(\.label))
        #expect(properties == ScenarioLevers.fieldNames)
    }
}
