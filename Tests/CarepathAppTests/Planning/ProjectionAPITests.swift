import CarepathCore
import Foundation
import Planning
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Projections API")
struct ProjectionAPITests {
    private func post(
        _ app: Application, _ json: String, _ check: @escaping (TestingHTTPResponse) async throws -> Void
    ) async throws {
        try await app.testing().test(
            .POST, "/api/v1/projections", headers: ["Content-Type": "application/json"], body: .init(string: json),
            afterResponse: check)
    }

    @Test("a projection with levers matches the page's rounded figures and lists every assumption")
    func projection() async throws {
        try await withTestApp { app in
            let staff = try await PlanningFixture.load(app)
            try await post(app, #"{"area":"E12000006","horizon":10,"levers":{"valuesBasedRecruitmentShare":1}}"#) {
                response in
                #expect(response.status == .ok)
                let body = try response.content.decode(APIv1.Projection.self)
                #expect(body.baseYear == 2025)
                #expect(body.years.map(\.year) == Array(2025...2035))
                #expect(body.years[0].supply == EstimateRounding.standard.round(Double(staff)))
                #expect(body.population.synthetic)
                #expect(body.assumptions.contains { $0.key == "turnover" })
                #expect(body.levers.map(\.key) == ["valuesBasedRecruitmentShare"])
                #expect(body.years.last?.hires == nil)
                #expect(body.uncertainty.years.count == body.years.count)
                let last = try #require(body.uncertainty.years.last)
                #expect(last.gapLow <= last.gapMiddle && last.gapMiddle <= last.gapHigh)
            }
        }
    }

    @Test(
        "bad requests get 422 naming the field, 404 for an unknown area, and 422 where no projection can be made",
        arguments: [
            (#"{"area":"E12000006","levers":{"turnoverRate":1.5}}"#, 422, "turnoverRate"),
            (#"{"area":"E12000006","levers":{"turnoverRat":0.2}}"#, 422, "turnoverRat"),
            (#"{"area":"E12000006","roleGroup":"nurses"}"#, 422, "role"),
            (#"{"area":"E12000006","horizon":0}"#, 422, "horizon"),
            (#"{"area":"E12000099"}"#, 404, "area-not-found"),
            (#"{"area":"E12000001"}"#, 422, "No returns yet"),
        ])
    func badRequests(json: String, status: Int, mention: String) async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            try await post(app, json) { response in
                #expect(Int(response.status.code) == status)
                #expect(response.body.string.contains(mention), "\(response.body.string)")
            }
        }
    }

    @Test("the saved scenarios of an area are listed with their levers")
    func scenarios() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            try await app.testing().test(.GET, "/api/v1/areas/E12000006/scenarios") { response async throws in
                #expect(response.status == .ok)
                let list = try response.content.decode(APIv1.ScenarioList.self)
                #expect(Set(list.scenarios.map(\.name)) == Set(DemoPlanning.scenarios.map(\.name)))
                #expect(list.scenarios.first?.levers.valuesBasedRecruitmentShare == 1)
            }
        }
    }
}
