import CarepathCore
import Testing
import WorkforceMetrics

@testable import CarepathApp

@Suite("The same cell gets the same disclosure decision on every page")
struct DisclosureConsistencyTests {
    static let region = AreaReference(code: AreaCode(rawValue: "E12000006")!, name: "East of England", level: .region)

    static func council(_ code: String) -> AreaReference {
        AreaReference(code: AreaCode(rawValue: code)!, name: code, level: .cassr)
    }

    /// `workplaces` workplaces in `cassr` sharing `workers` staff, a third of whom left.
    static func insert(_ cube: inout MetricsCube, cassr: String, workplaces: Int, workers: Int) {
        for index in 0..<workplaces {
            let id = "\(cassr)-\(index)"
            let share = workers / workplaces
            let tally = KPITally(numerator: Double(share) / 3, denominator: Double(share), workers: share)
            let facts = WorkplaceMetricFacts(
                workplaceID: id, organisationID: "org", asOf: CalendarDate(year: 2026, month: 3, day: 31)!,
                location: .init(districtCode: nil, cassrCode: cassr, regionCode: "E12000006"), mainService: 2,
                serviceGroup: "Adult residential", sector: .independent, declaredTotalStaff: share,
                allRoles: .init(staffRecords: share, directlyEmployed: share, tallies: [.turnover: tally]),
                byRoleGroup: [:])
            cube.insert(.init(id: id, workplaceID: id, asOf: facts.asOf, sequence: 1, facts: facts))
        }
    }

    @Test("a council hidden as the complement in its region's table is hidden on its own page too")
    func complementsFollowTheCell() throws {
        var cube = MetricsCube()
        Self.insert(&cube, cassr: "E10000020", workplaces: 4, workers: 40)
        Self.insert(&cube, cassr: "E10000029", workplaces: 3, workers: 30)
        // Too small to publish: primary suppression, so the next smallest council must go too.
        Self.insert(&cube, cassr: "E06000031", workplaces: 1, workers: 5)
        let service = WorkforceService(
            snapshot: MetricsSnapshot(cube: cube, sequence: 1), control: DisclosureControl(), serviceGroups: [])
        let councils = ["E10000020", "E10000029", "E06000031"].map {
            AreaSummary(reference: Self.council($0), parent: Self.region, childCount: nil)
        }
        let table = service.breakdown(Self.region, WorkforceQuery(), by: .area(.cassr), children: councils)
        let row = try #require(table.rows.first { $0.key == "E10000029" })
        #expect(row.values[.turnover]?.suppression == .complementary)
        #expect(row.filledPosts.suppression == .complementary)
        #expect(table.rows.first { $0.key == "E06000031" }?.values[.turnover]?.suppression == .tooFewWorkers)

        let own = service.figures(Self.council("E10000029"), parent: Self.region, WorkforceQuery(), kpis: [.turnover])
        #expect(own.kpi(.turnover)?.value.suppression == .complementary)
        #expect(own.filledPosts.suppression == .complementary)
        let trend = service.trend(.turnover, Self.council("E10000029"), parent: Self.region, WorkforceQuery())
        #expect(trend.points.map(\.value.suppression) == [.complementary])
        // The largest council is published in both places.
        let largest = service.figures(Self.council("E10000020"), parent: Self.region, WorkforceQuery())
        #expect(largest.kpi(.turnover)?.value.value != nil)
    }

    @Test("England narrowed by a filter is controlled like a region, not exempt as England is")
    func narrowedEnglandIsControlled() {
        var cube = MetricsCube()
        Self.insert(&cube, cassr: "E06000031", workplaces: 1, workers: 5)
        let service = WorkforceService(
            snapshot: MetricsSnapshot(cube: cube, sequence: 1), control: DisclosureControl(), serviceGroups: [])
        let whole = service.figures(England.reference, parent: nil, WorkforceQuery(), kpis: [.turnover])
        #expect(whole.kpi(.turnover)?.value.value != nil)
        let narrowed = service.figures(
            England.reference, parent: nil, WorkforceQuery(sector: .independent), kpis: [.turnover])
        #expect(narrowed.kpi(.turnover)?.value.suppression == .tooFewWorkers)
    }
}
