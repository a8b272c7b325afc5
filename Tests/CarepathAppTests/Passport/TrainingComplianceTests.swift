import Fluent
import Foundation
import Passport
import Testing
import VaporTesting

@testable import CarepathApp

/// The compliance matrix from training records and accepted credentials, on the page and in the API.
@Suite("Passport: training compliance")
struct TrainingComplianceTests {
    static func compliance(
        _ provider: String, _ person: AccessWorld.Person, _ app: Application
    ) async throws -> APIv1.TrainingCompliance {
        let token = try await AccessWorld.token(person, scopes: [.staffRead], app)
        var result: APIv1.TrainingCompliance?
        try await app.testing().test(
            .GET, "/api/v1/providers/\(provider)/workplaces/\(AccessWorld.workplace)/training",
            headers: ["Authorization": "Bearer \(token)"]
        ) { response async throws in
            #expect(response.status == .ok, "\(response.body.string)")
            result = try response.content.decode(APIv1.TrainingCompliance.self)
        }
        return try #require(result)
    }

    @Test("Training records count by role group, with the catalogue's refresh period or the record's expiry")
    func fromTrainingRecords() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let matrix = try await Self.compliance("SUNRISE", .sunriseAdmin, app)
            let manager = try #require(matrix.workers.first { $0.uniqueWorkerID == "EMP0102" })
            // Safeguarding: the employer's expiry (2028-03-11). Infection prevention: 12 months from
            // 2025-02-05, so its last day, 2026-02-04, is within 90 days of 2026-01-01.
            #expect(manager.training["CSTF-SGA-L1"] == "current")
            #expect(manager.training["CSTF-IPC-L1"] == "expiring_soon")
            #expect(manager.training["CSTF-FIRE-L1"] == "missing")
            let managers = try #require(matrix.groups.first { $0.roleGroup == "managers" })
            #expect(managers.workers == 1)
            let safeguarding = try #require(managers.items.first { $0.code == "CSTF-SGA-L1" })
            #expect(safeguarding.current == 1)
            #expect(safeguarding.missing == 0)
            var viewer = try await AccessWorld.session(.sunriseViewer, app)
            let page = try await viewer.get(app, "/providers/SUNRISE/workplaces/\(AccessWorld.workplace)/training")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Managers and supervisors: 1 staff"))
            var parent = try await AccessWorld.session(.parentAdmin, app)
            #expect(
                try await parent.get(app, "/providers/SUNRISE/workplaces/\(AccessWorld.workplace)/training").status
                    == .forbidden)
        }
    }

    @Test("Accepted credentials count until the issuer revokes them")
    func acceptedCredentialsAndRevocation() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let bundle = try await worker.get(app, "/passport/bundle.json").body.string
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await harbour.get(app, "/verify")
            _ = try await harbour.post(
                app, "/verify/accept",
                form: [
                    "credential": bundle, "provider": "HARBOUR", "workplace": AccessWorld.workplace,
                    "worker": "HRB0102",
                ])
            let before = try await Self.compliance("HARBOUR", .harbourAdmin, app)
            #expect(before.workers.first { $0.uniqueWorkerID == "HRB0102" }?.training["CSTF-SGA-L1"] == "current")
            let credential = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CSTF-SGA-L1").first()
            )
            var sunrise = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await sunrise.get(app, "/providers/SUNRISE/passport")
            _ = try await sunrise.post(
                app, "/providers/SUNRISE/passport/credentials/\(credential.id!.uuidString)/revoke",
                form: ["reason": "issued in error"])
            let after = try await Self.compliance("HARBOUR", .harbourAdmin, app)
            #expect(after.workers.first { $0.uniqueWorkerID == "HRB0102" }?.training["CSTF-SGA-L1"] == "missing")
        }
    }
}
