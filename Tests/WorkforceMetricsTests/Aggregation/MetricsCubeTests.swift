import ASCWDS
import CarepathCore
import Testing
import WorkforceMetrics

@Suite("Metrics cube: area figures as sums of workplace facts")
struct MetricsCubeTests {
    let workers = [
        randomWorkers(60, workplaceID: "a", seed: 1), randomWorkers(35, workplaceID: "b", seed: 2),
        randomWorkers(12, workplaceID: "c", seed: 3),
    ]

    private func cube(_ all: [WorkplaceMetricFacts]) -> MetricsCube {
        var cube = MetricsCube()
        for (index, facts) in all.enumerated() {
            cube.insert(
                .init(
                    id: "row-\(index)", workplaceID: facts.workplaceID, asOf: facts.asOf, sequence: index, facts: facts)
            )
        }
        return cube
    }

    @Test func summedFactsEqualTheCalculatorOverEveryRecord() {
        let built = zip(["a", "b", "c"], workers).map { facts($0, workers: $1) }
        let cell = cube(built).measure(KPI.allCases, .england, at: YearMonth(countDate))
        let declared = ["a", "b", "c"].map { WorkplaceFacts(workplaceRecord(reference: $0), workplaceID: $0) }
        let direct = KPICalculator.measureAll(workers: workers.flatMap { $0 }, workplaces: declared, at: countDate)
        for kpi in KPI.allCases {
            let summed = cell.measurements[kpi]!
            let expected = direct[kpi]!
            #expect(summed.denominator == expected.denominator, "\(kpi)")
            #expect(summed.workers == expected.workers, "\(kpi)")
            #expect(summed.workplaces == expected.workplaces, "\(kpi)")
            #expect(summed.excludedUnknown == expected.excludedUnknown, "\(kpi)")
            #expect(abs(summed.largestWorkplaceShare - expected.largestWorkplaceShare) < 1e-12, "\(kpi)")
            #expect(abs(summed.numerator - expected.numerator) < 1e-9, "\(kpi)")
            #expect(summed.value.map { abs($0 - expected.value!) < 1e-9 } ?? (expected.value == nil), "\(kpi)")
        }
        #expect(cell.staffRecords == 107)
        #expect(cell.workplaces == 3)
    }

    @Test func aRoleGroupIsTheCalculatorOverThatGroupsRecords() {
        let built = facts("a", workers: workers[0])
        let filter = MetricsFilter(areaLevel: .cassr, areaCode: "E10000020", roleGroup: .directCare)
        let cell = cube([built]).measure(
            [.sicknessDays, .careWorkerHourlyPay, .turnover], filter, at: YearMonth(countDate))
        let careStaff = workers[0].filter { JobRoleGroup(jobRole: $0.mainJobRole!) == .directCare }
        let declared = WorkplaceFacts(workplaceRecord(reference: "a"), workplaceID: "a", jobRoles: [7, 8])
        for kpi in [KPI.sicknessDays, .careWorkerHourlyPay, .turnover] {
            let expected = KPICalculator.measure(kpi, workers: careStaff, workplaces: [declared], at: countDate)
            #expect(cell.measurements[kpi]!.value == expected.value, "\(kpi)")
        }
        // Declared leavers of roles 8 and 7 only: 3 + 1.
        #expect(cell.measurements[.turnover]!.numerator == 4)
    }

    @Test func breakdownByRoleGroupMatchesFilteringByEachGroup() {
        let built = zip(["a", "b", "c"], workers).map { facts($0, workers: $1) }
        let cube = cube(built)
        let month = YearMonth(countDate)
        let rows = cube.breakdown([.zeroHours, .turnover], .england, by: .roleGroup, at: month)
        for group in JobRoleGroup.allCases {
            var filter = MetricsFilter.england
            filter.roleGroup = group
            #expect(rows[group.rawValue] == cube.measure([.zeroHours, .turnover], filter, at: month), "\(group)")
        }
    }

    @Test func areasServicesAndExclusionNarrowTheGroup() {
        let built = [
            facts("a", workers: workers[0]), facts("b", workers: workers[1], location: suffolk),
            facts("c", workers: workers[2], mainService: 8),
        ]
        let cube = cube(built)
        let month = YearMonth(countDate)
        #expect(cube.measure([], MetricsFilter(areaLevel: .cassr, areaCode: "E10000020"), at: month).staffRecords == 72)
        #expect(
            cube.measure([], MetricsFilter(areaLevel: .region, areaCode: "E12000006"), at: month).staffRecords == 107)
        let benchmark = MetricsFilter(
            areaLevel: .cassr, areaCode: "E10000020", mainService: 2, excludingWorkplaceID: "a")
        #expect(cube.measure([], benchmark, at: month).isEmpty)
        let byArea = cube.breakdown(
            [], MetricsFilter(areaLevel: .region, areaCode: "E12000006"), by: .area(.cassr), at: month)
        #expect(byArea.mapValues(\.staffRecords) == ["E10000020": 72, "E10000029": 35])
        #expect(cube.measure([.turnover], MetricsFilter(areaLevel: .cassr, areaCode: "E06000001"), at: month).isEmpty)
    }

    @Test func eachMonthUsesEachWorkplacesLatestReturnUntilItIsRemoved() {
        let january = CalendarDate(year: 2025, month: 1, day: 15)!
        let april = CalendarDate(year: 2025, month: 4, day: 2)!
        let june = CalendarDate(year: 2025, month: 6, day: 30)!
        var cube = MetricsCube()
        cube.insert(
            .init(
                id: "1", workplaceID: "a", asOf: january, sequence: 1,
                facts: facts("a", workers: workers[2], asOf: january)))
        cube.insert(
            .init(
                id: "2", workplaceID: "a", asOf: april, sequence: 2, facts: facts("a", workers: workers[1], asOf: april)
            ))
        cube.insert(.init(id: "3", workplaceID: "a", asOf: june, sequence: 3, facts: nil))
        let staff = { (month: YearMonth) in cube.measure([], .england, at: month).staffRecords }
        #expect(staff(YearMonth(year: 2024, month: 12)!) == 0)
        #expect(staff(YearMonth(year: 2025, month: 1)!) == 12)
        #expect(staff(YearMonth(year: 2025, month: 3)!) == 12)
        #expect(staff(YearMonth(year: 2025, month: 4)!) == 35)
        #expect(staff(YearMonth(year: 2025, month: 6)!) == 0)
        let series = cube.series(.zeroHours, .england)
        #expect(series.map(\.month.description) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"])
        #expect(series.last!.measurement.denominator == 0)
        // Reloading a row replaces it rather than adding a second copy.
        cube.insert(
            .init(
                id: "2", workplaceID: "a", asOf: april, sequence: 2, facts: facts("a", workers: workers[0], asOf: april)
            ))
        #expect(staff(YearMonth(year: 2025, month: 5)!) == 60)
    }
}
