import Planning
import Testing

/// The model against the hand-worked numbers of workforce-planning.md 4.2–4.4,
/// to 0.1 for counts and £1 for costs.
struct ProjectionModelTests {
    private func project(_ levers: ScenarioLevers = ScenarioLevers()) throws -> Projection {
        try ProjectionModel.project(WorkedExample.inputs, levers: levers).get()
    }

    @Test func firstYearMatchesTheHandCalculation() throws {
        let projection = try project()
        let base = projection.years[0]
        let flows = try #require(base.flows)
        #expect(abs(flows.exits - 1_184.5) < 0.1)
        #expect(abs(flows.entrants - 1_155.0) < 0.1)
        #expect(abs(flows.entrantsNeeded - 2_200.5) < 0.1)
        #expect(abs(flows.hires - 3_136.0) < 0.1)
        #expect(abs(flows.turnoverCost - 19_534_144) < 1)

        let next = projection.years[1]
        let expectedBands = [3_057.36, 4_404.54, 2_508.60]
        for (band, expected) in expectedBands.enumerated() {
            #expect(abs(next.supplyByBand[band] - expected) < 0.01)
        }
        #expect(abs(next.supply - 9_970.5) < 0.1)
        #expect(abs(next.demand - 11_016.0) < 0.1)
        #expect(abs(next.gap - 1_045.5) < 0.1)
        #expect(abs(next.impliedVacancyRate - 0.0949) < 0.00005)
    }

    @Test func entrantsNeededExceedBaselineEntrantsByNextYearsGap() throws {
        let projection = try project()
        for (year, next) in zip(projection.years, projection.years.dropFirst()) {
            let flows = try #require(year.flows)
            #expect(abs(flows.entrantsNeeded - flows.entrants - next.gap) < 1e-6)
        }
    }

    @Test func fiveYearBaselineMatchesTable43() throws {
        let rows = try project().years
        let expected: [(demand: Double, supply: Double, gap: Double, rate: Double, hires: Double?)] = [
            (10_800.0, 10_000.0, 800.0, 0.0741, 3_136.0), (11_016.0, 9_970.5, 1_045.5, 0.0949, 3_141.4),
            (11_237.4, 9_937.0, 1_300.4, 0.1157, 3_144.2), (11_464.2, 9_900.4, 1_563.8, 0.1364, 3_139.6),
            (11_691.0, 9_861.4, 1_829.6, 0.1565, 3_138.6), (11_923.2, 9_820.6, 2_102.6, 0.1763, nil),
        ]
        #expect(rows.map(\.year) == Array(2025...2030))
        for (row, want) in zip(rows, expected) {
            #expect(abs(row.demand - want.demand) < 0.1, "demand \(row.year)")
            #expect(abs(row.supply - want.supply) < 0.1, "supply \(row.year)")
            #expect(abs(row.gap - want.gap) < 0.1, "gap \(row.year)")
            #expect(abs(row.impliedVacancyRate - want.rate) < 0.00005, "vacancy rate \(row.year)")
            if let hires = want.hires {
                #expect(abs((row.flows?.hires ?? 0) - hires) < 0.1, "hires \(row.year)")
            } else {
                #expect(row.flows == nil)
            }
        }
    }

    @Test func valuesBasedRecruitmentMatchesTable44() throws {
        var levers = ScenarioLevers()
        levers.valuesBasedRecruitmentShare = 1
        let rows = try project(levers).years
        let expected: [(supply: Double, gap: Double, hires: Double?, costMillions: Double?)] = [
            (10_000.0, 800.0, 2_471.3, 15.39), (10_203.2, 812.8, 2_532.4, 15.77), (10_406.9, 830.5, 2_592.5, 16.15),
            (10_611.8, 852.4, 2_646.4, 16.48), (10_818.5, 872.5, 2_705.3, 16.85), (11_027.5, 895.7, nil, nil),
        ]
        for (row, want) in zip(rows, expected) {
            #expect(abs(row.supply - want.supply) < 0.1, "supply \(row.year)")
            #expect(abs(row.gap - want.gap) < 0.1, "gap \(row.year)")
            if let hires = want.hires, let cost = want.costMillions {
                #expect(abs((row.flows?.hires ?? 0) - hires) < 0.1, "hires \(row.year)")
                #expect(abs((row.flows?.turnoverCost ?? 0) / 1_000_000 - cost) < 0.005, "cost \(row.year)")
            }
        }
    }

    @Test func valuesBasedRecruitmentSavesAbout4Point14MillionInTheFirstYear() throws {
        var levers = ScenarioLevers()
        levers.valuesBasedRecruitmentShare = 1
        let baseline = try #require(try project().years[0].flows)
        let scenario = try #require(try project(levers).years[0].flows)
        let fewerHires = baseline.hires - scenario.hires
        #expect(abs(fewerHires - 664.7) < 0.1)
        #expect(abs((baseline.turnoverCost - scenario.turnoverCost) - 664.7 * 6_229) < 0.1 * 6_229)
    }

    @Test func costOfATurnoverCutOnAHundredStaffIsAbout34900() {
        let perHire = CostParameters.defaults.perHire
        #expect(perHire == 6_229)
        #expect(abs((0.246 - 0.19) * 100 * perHire - 34_882.4) < 0.01)
        #expect(abs(100 * 0.246 * CostParameters.defaults.recruitmentPerHire - 98_400) < 1e-6)
        #expect(abs(100 * 0.19 * CostParameters.defaults.recruitmentPerHire - 76_000) < 1e-6)
    }

    @Test func leversWaitForTheirFromYear() throws {
        var levers = ScenarioLevers()
        levers.valuesBasedRecruitmentShare = 1
        levers.fromYear = 2027
        let baseline = try project().years
        let scenario = try project(levers).years
        #expect(scenario[0...2].map(\.supply) == baseline[0...2].map(\.supply))
        #expect(scenario[3].supply > baseline[3].supply)
    }
}
