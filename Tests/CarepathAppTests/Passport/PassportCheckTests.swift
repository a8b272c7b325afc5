import Fluent
import Foundation
import Passport
import Testing
import VaporTesting

@testable import CarepathApp

/// Check attestations: an employer attests a DBS check it made to a linked worker's passport, with
/// only what passport.md 2.4 allows, and it verifies like any credential.
@Suite("Passport: check attestations")
struct PassportCheckTests {
    @Test("A DBS check becomes a verifiable attestation; bad dates and a missing role are refused")
    func attestDBS() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let staff = try #require(
                try await StaffEntity.query(on: app.db).filter(\.$reference == "EMP0102").first())
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/passport")
            let form = [
                "staff": staff.id!.uuidString, "check": "dbs", "checked": "2025-12-01",
                "dbs-level": "enhanced-with-barred-lists", "dbs-workforce": "adult", "dbs-issued": "2025-11-20",
                "dbs-update-service": "yes",
            ]
            let issued = try await admin.post(app, "/providers/SUNRISE/passport/checks", form: form)
            #expect(issued.body.string.contains("CHECK-DBS attestation issued"))
            let row = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CHECK-DBS").first())
            let verdict = try await PassportWorld.outsideVerifier(app).verify(row.token, at: AccessWorld.now)
            #expect(verdict.outcome == .valid, "\(verdict)")
            #expect(try await worker.get(app, "/passport").body.string.contains(row.name))

            var future = form
            future["checked"] = "2026-02-01"
            let refused = try await admin.post(app, "/providers/SUNRISE/passport/checks", form: future)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("not after today"))
            let noRole = try await admin.post(
                app, "/providers/SUNRISE/passport/checks",
                form: ["staff": staff.id!.uuidString, "check": "occupational-health", "checked": "2025-12-01"])
            #expect(noRole.status == .unprocessableEntity)
            #expect(noRole.body.string.contains("role category"))
            // Only a worker linked to this employer.
            let other = try await admin.post(
                app, "/providers/SUNRISE/passport/checks",
                form: ["staff": UUID().uuidString, "check": "right-to-work", "checked": "2025-12-01"])
            #expect(other.status == .unprocessableEntity)
            #expect(
                try await PassportCredentialEntity.query(on: app.db).filter(
                    \.$achievementCode ~~ ["CHECK-OH", "CHECK-RTW"]
                ).count() == 0)
        }
    }
}
