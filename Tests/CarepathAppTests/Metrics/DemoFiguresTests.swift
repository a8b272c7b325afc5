import CarepathCore
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Demo figures against the published ones they were generated from")
struct DemoFiguresTests {
    /// Published figure, tolerance, and the area and KPI it is checked on. Sources:
    /// `shared/reference/seed-figures.csv`, document norfolk-waveney-2021 (Norfolk, Suffolk and East of
    /// England columns of its KPI table).
    static let published: [(area: String, kpi: String, value: Double, tolerance: Double)] = [
        ("E10000020", "turnover", 0.315, 0.03),
        ("E10000020", "vacancy", 0.06, 0.02),
        ("E10000020", "sickness-days", 3.8, 0.8),
        ("E10000020", "zero-hours", 0.17, 0.04),
        ("E10000020", "nationality-british", 0.89, 0.04),
        ("E10000029", "turnover", 0.366, 0.03),
        ("E12000006", "turnover", 0.329, 0.02),
        ("E12000006", "vacancy", 0.073, 0.015),
        ("E12000006", "zero-hours", 0.26, 0.03),
    ]

    @Test("serve --demo's dashboards show Norfolk, Suffolk and East of England figures near the published ones")
    func demoIsCloseToPublished() async throws {
        try await withTestApp { app in
            try await DemoData.loadIfEmpty(app)
            for figure in Self.published {
                try await app.testing().test(.GET, "/api/v1/areas/\(figure.area)/metrics") { response async throws in
                    let body = try WorkforceFixture.json(response)
                    let value = try #require(WorkforceFixture.metric(body, figure.kpi)?["value"] as? Double)
                    #expect(
                        abs(value - figure.value) <= figure.tolerance,
                        "\(figure.area) \(figure.kpi): \(value) against \(figure.value)")
                }
            }
            // Three returns, a year apart at the ends: the series has a point for each of 13 months.
            try await app.testing().test(.GET, "/api/v1/areas/E10000020/metrics/turnover/series") {
                response async throws in
                #expect((try WorkforceFixture.json(response)["points"] as? [Any])?.count == 13)
            }
        }
    }
}
