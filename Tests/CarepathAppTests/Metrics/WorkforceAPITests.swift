import ASCWDS
import CarepathCore
import Fluent
import Foundation
import Testing
import VaporTesting
import WorkforceMetrics

@testable import CarepathApp

@Suite("Workforce figures API")
struct WorkforceAPITests {
    @Test("completing a return writes facts, and England's figures count every staff record unrounded")
    func completionWritesFacts() async throws {
        try await withTestApp { app in
            let imported = try await WorkforceFixture.importRegion(app)
            #expect(try await WorkplaceMetricFactsEntity.query(on: app.db).count() == 12)
            #expect(try await MetricsStateEntity.find(MetricsStateEntity.singleRow, on: app.db)?.sequence == 1)
            try await app.testing().test(.GET, "/api/v1/areas/E92000001/metrics") { response async throws in
                #expect(response.status == .ok)
                let body = try WorkforceFixture.json(response)
                #expect(body["hasReturns"] as? Bool == true)
                #expect(body["month"] as? String == "2025-07")
                #expect((body["filledPosts"] as? [String: Any])?["value"] as? Double == Double(imported.staff))
                #expect(body["workplaces"] as? Int == 12)
                let turnover = try #require(WorkforceFixture.metric(body, "turnover"))
                #expect(turnover["suppressed"] as? Bool == false)
                #expect((turnover["value"] as? Double).map { $0 > 0.1 && $0 < 0.8 } == true)
            }
            try await app.testing().test(.GET, "/api/v1/areas/E12000006/metrics") { response async throws in
                let posts = try WorkforceFixture.json(response)["filledPosts"] as? [String: Any]
                // Below England, people counts are rounded to the nearest 5 (rule 1).
                #expect((posts?["value"] as? Double).map { $0.truncatingRemainder(dividingBy: 5) == 0 } == true)
            }
        }
    }

    @Test("returns completed before facts existed get facts for their current state, once")
    func backfill() async throws {
        try await withTestApp { app in
            try await WorkforceFixture.importRegion(app)
            try await WorkplaceMetricFactsEntity.query(on: app.db).delete()
            try await app.backfillWorkforceFacts()
            #expect(try await WorkplaceMetricFactsEntity.query(on: app.db).count() == 12)
            try await app.backfillWorkforceFacts()
            #expect(try await WorkplaceMetricFactsEntity.query(on: app.db).count() == 12)
            #expect(try await MetricsStateEntity.find(MetricsStateEntity.singleRow, on: app.db)?.sequence == 2)
            try await app.testing().test(.GET, "/api/v1/areas/E12000006/metrics") { response async throws in
                #expect(try WorkforceFixture.json(response)["hasReturns"] as? Bool == true)
            }
        }
    }

    @Test("a group too small to publish has a null value, suppressed true and a reason, keys always present")
    func smallGroupsAreSuppressed() async throws {
        try await withTestApp { app in
            try await WorkforceFixture.importRegion(app)
            try await app.testing().test(.GET, "/api/v1/areas/E12000006/metrics?role=regulated-profession") {
                response async throws in
                #expect(response.status == .ok)
                let body = try WorkforceFixture.json(response)
                #expect((body["filters"] as? [String: Any])?["role"] as? String == "regulated-profession")
                let pay = try #require(WorkforceFixture.metric(body, "registered-nurse-annual-pay"))
                #expect(pay["value"] is NSNull)
                #expect(pay["suppressed"] as? Bool == true)
                #expect(pay["reason"] as? String == "too-few-workers")
                let unanswered = try #require(WorkforceFixture.metric(body, "care-worker-hourly-pay"))
                #expect(unanswered["value"] is NSNull)
                #expect(unanswered["reason"] is NSNull)
            }
        }
    }

    @Test("each later return adds months to the series; the server picks new facts up on the next request")
    func seriesFollowsReturns() async throws {
        try await withTestApp { app in
            let imported = try await WorkforceFixture.importRegion(app)
            try await app.testing().test(.GET, "/api/v1/areas/E12000006/metrics/turnover/series") {
                response async throws in
                #expect((try WorkforceFixture.json(response)["points"] as? [Any])?.count == 1)
            }
            try await WorkforceFixture.importAgain(app, imported, asOf: CalendarDate(year: 2025, month: 9, day: 30)!)
            try await app.testing().test(.GET, "/api/v1/areas/E12000006/metrics/turnover/series") {
                response async throws in
                let points = try #require(try WorkforceFixture.json(response)["points"] as? [[String: Any]])
                #expect(points.map { $0["month"] as? String } == ["2025-07", "2025-08", "2025-09"])
                #expect(points.allSatisfy { $0["value"] is Double })
            }
            #expect(try await MetricsStateEntity.find(MetricsStateEntity.singleRow, on: app.db)?.sequence == 2)
        }
    }

    @Test("unknown areas and KPIs are 404, bad filters 400, and an area with no returns says so")
    func badInput() async throws {
        try await withTestApp { app in
            try await WorkforceFixture.importRegion(app)
            let cases: [(String, HTTPStatus, String)] = [
                ("/api/v1/areas/E99999999/metrics", .notFound, "area-not-found"),
                ("/api/v1/areas/nonsense/metrics", .notFound, "area-not-found"),
                ("/api/v1/areas/E12000006/metrics/happiness/series", .notFound, "kpi-not-found"),
                ("/api/v1/areas/E12000006/metrics?role=cooks", .badRequest, "invalid-filter"),
                ("/api/v1/areas/E12000006/metrics?service=moon-base", .badRequest, "invalid-filter"),
                ("/api/v1/areas/E12000006/metrics?sector=nhs", .badRequest, "invalid-filter"),
                ("/api/v1/areas/E12000006/metrics?at=2025-13", .badRequest, "invalid-filter"),
                ("/api/v1/areas/E12000006/metrics?at=2030-01", .badRequest, "invalid-filter"),
                ("/api/v1/areas/E12000006/metrics?at=9999-12", .badRequest, "invalid-filter"),
                ("/api/v1/areas/E12000006/metrics?at=%2B202-01", .badRequest, "invalid-filter"),
            ]
            for (path, status, code) in cases {
                try await app.testing().test(.GET, path) { response async throws in
                    #expect(response.status == status, "\(path)")
                    let error = try WorkforceFixture.json(response)["error"] as? [String: Any]
                    #expect(error?["code"] as? String == code, "\(path)")
                    #expect((error?["message"] as? String)?.isEmpty == false, "\(path)")
                }
            }
            try await app.testing().test(.GET, "/workforce/E12000006/csv?table=all&at=1999-01") { response async in
                #expect(response.status == .badRequest)
            }
            // A workplace's own figures need sign-in (who may see them is the access suite's business).
            try await app.testing().test(.GET, "/providers/DEMO-EAST/workforce") { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/sign-in?return-to=/providers/DEMO-EAST/workforce")
            }
            try await app.testing().test(.GET, "/api/v1/areas/E12000001/metrics") { response async throws in
                let body = try WorkforceFixture.json(response)
                #expect(body["hasReturns"] as? Bool == false)
                #expect(WorkforceFixture.metric(body, "turnover")?["value"] is NSNull)
                #expect(WorkforceFixture.metric(body, "turnover")?["suppressed"] as? Bool == false)
            }
        }
    }
}
