import Planning
import Testing

struct UncertaintyTests {
    @Test func bandsContainTheCentralProjectionAndWidenOverTime() throws {
        let central = try ProjectionModel.project(WorkedExample.inputs).get()
        let bands = try ProjectionModel.uncertainty(WorkedExample.inputs, runs: 300, seed: 7).get()
        #expect(bands.years.map(\.year) == Array(2025...2030))
        // The base year is data, not a projection: no spread.
        #expect(bands.years[0].gapLow == bands.years[0].gapHigh)
        for (band, year) in zip(bands.years, central.years).dropFirst() {
            #expect(band.gapLow < band.gapMiddle && band.gapMiddle < band.gapHigh)
            #expect(band.gapLow <= year.gap && year.gap <= band.gapHigh, "\(year.year)")
        }
        let first = bands.years[1].gapHigh - bands.years[1].gapLow
        let last = bands.years[5].gapHigh - bands.years[5].gapLow
        #expect(last > first)
    }

    @Test func theSameSeedGivesTheSameBands() throws {
        let once = try ProjectionModel.uncertainty(WorkedExample.inputs, runs: 50, seed: 3).get()
        let twice = try ProjectionModel.uncertainty(WorkedExample.inputs, runs: 50, seed: 3).get()
        let other = try ProjectionModel.uncertainty(WorkedExample.inputs, runs: 50, seed: 4).get()
        #expect(once == twice)
        #expect(once != other)
    }

    @Test func leverProblemsAreReportedNotSampled() {
        var levers = ScenarioLevers()
        levers.turnoverRate = 2
        guard case .failure(.invalidLevers) = ProjectionModel.uncertainty(WorkedExample.inputs, levers: levers) else {
            Issue.record("expected the levers to be refused")
            return
        }
    }
}
