import CarepathCore
import Testing
import WorkforceMetrics

func measurement(
    value: Double? = 0.3, denominator: Double = 100, workers: Int = 100, workplaces: Int = 5,
    largestShare: Double = 0.3,
    unknown: Int = 0
) -> KPIMeasurement {
    KPIMeasurement(
        value: value, numerator: (value ?? 0) * denominator, denominator: denominator, workers: workers,
        workplaces: workplaces, largestWorkplaceShare: largestShare, excludedUnknown: unknown)
}

struct DisclosureControlTests {
    private let control = DisclosureControl()

    @Test func countsFollowRuleOne() {
        #expect(control.count(0, level: .cassr) == DisclosedValue(value: 0, suppression: nil))
        #expect(control.count(7, level: .cassr).suppression == .smallCount)
        #expect(control.count(8, level: .district).value == 10)
        #expect(control.count(1_234, level: .region).value == 1_235)
        // Rule 7: England is neither suppressed nor rounded.
        #expect(control.count(3, level: .country).value == 3)
    }

    @Test func ratesFollowRuleThree() {
        #expect(control.rate(measurement(workers: 9), level: .cassr, isPercentage: true).suppression == .tooFewWorkers)
        #expect(
            control.rate(measurement(workplaces: 2), level: .cassr, isPercentage: true).suppression == .tooFewWorkplaces
        )
        #expect(
            control.rate(measurement(largestShare: 0.51), level: .cassr, isPercentage: true).suppression == .dominance)
        #expect(control.rate(measurement(largestShare: 0.5), level: .cassr, isPercentage: true).suppression == nil)
        #expect(control.rate(measurement(workers: 2, workplaces: 1), level: .country, isPercentage: true).value == 0.3)
    }

    @Test func percentagesAreWholeBelowRegionAndOneDecimalAbove() {
        let value = measurement(value: 0.31549)
        #expect(control.rate(value, level: .cassr, isPercentage: true).value == 0.32)
        #expect(control.rate(value, level: .region, isPercentage: true).value == 0.315)
        #expect(control.rate(measurement(value: 3.86), level: .cassr, isPercentage: false).value == 3.9)
    }

    @Test func coverageGateHidesThinlyAnsweredFigures() {
        let thin = measurement(workers: 70, unknown: 30)
        #expect(control.rate(thin, level: .cassr, isPercentage: true, coverageGated: true).suppression == .lowCoverage)
        #expect(control.rate(thin, level: .cassr, isPercentage: true).suppression == nil)
    }

    @Test func aTightenedThresholdSuppressesMore() {
        let strict = DisclosureControl(thresholds: DisclosureThresholds(minimumWorkers: 20, minimumWorkplaces: 5))
        #expect(strict.rate(measurement(workers: 15), level: .cassr, isPercentage: true).suppression == .tooFewWorkers)
        #expect(control.rate(measurement(workers: 15), level: .cassr, isPercentage: true).suppression == nil)
    }

    @Test func oneSuppressedCellTakesTheNextSmallestWithIt() {
        let cells = [
            BreakdownCell(key: "direct-care", measurement: measurement(denominator: 400, workers: 400)),
            BreakdownCell(key: "managerial", measurement: measurement(denominator: 40, workers: 40)),
            BreakdownCell(key: "regulated", measurement: measurement(denominator: 6, workers: 6)),
            BreakdownCell(key: "other", measurement: measurement(denominator: 30, workers: 30)),
        ]
        let total = measurement(denominator: 476, workers: 476)
        let published = control.breakdown(cells, total: total, level: .cassr, isPercentage: true)
        #expect(published["regulated"]?.suppression == .tooFewWorkers)
        #expect(published["other"]?.suppression == .complementary)
        #expect(published["managerial"]?.isSuppressed == false)
        #expect(published["direct-care"]?.isSuppressed == false)
    }

    @Test func twoSuppressedCellsNeedNoMore() {
        let cells = [
            BreakdownCell(key: "a", measurement: measurement(denominator: 400, workers: 400)),
            BreakdownCell(key: "b", measurement: measurement(denominator: 5, workers: 5)),
            BreakdownCell(key: "c", measurement: measurement(denominator: 4, workers: 4)),
        ]
        let published = control.breakdown(
            cells, total: measurement(denominator: 409, workers: 409), level: .cassr, isPercentage: true)
        #expect(published.values.filter(\.isSuppressed).count == 2)
        #expect(published["a"]?.isSuppressed == false)
    }

    @Test func countBreakdownsAreProtectedToo() {
        let published = control.countBreakdown(["a": 120, "b": 5, "c": 40, "d": 0], level: .cassr)
        #expect(published["b"]?.suppression == .smallCount)
        #expect(published["c"]?.suppression == .complementary)
        #expect(published["d"]?.value == 0)
        #expect(published["a"]?.value == 120)
    }
}
