import Fluent
import Foundation
import Passport
import Testing
import VaporTesting

@testable import CarepathApp

/// A training provider issues a course completion to a worker's passport by the identifier the worker
/// gives it; only its editors can, and only training it may issue.
@Suite("Passport: course completions from a training provider")
struct CourseCompletionsTests {
    @Test("An editor of the training provider issues a completion that the worker holds and anyone verifies")
    func issueCompletion() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let user = try #require(
                try await AccountStore(database: app.db).user(email: AccessWorld.Person.worker.email))
            let wallet = try #require(
                try await PassportWalletEntity.query(on: app.db).filter(\.$userID == user.requireID()).first())
            var trainer = try await TestAccounts.session(
                app, organisation: "ACADEMY", kind: .trainingProvider, role: .editor)
            let page = try await trainer.get(app, "/courses/ACADEMY")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Issue a course completion"))
            #expect(!page.body.string.contains("CHECK-DBS"))
            #expect(!page.body.string.contains("L2-ASCC"))
            let form = ["subject": wallet.did, "course": "FA-EFAW", "completed": "2025-11-03"]
            let issued = try await trainer.post(app, "/courses/ACADEMY/completions", form: form)
            #expect(issued.body.string.contains("FA-EFAW completion issued"))
            let row = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "FA-EFAW").first())
            #expect(
                try await PassportWorld.outsideVerifier(app).verify(row.token, at: AccessWorld.now).outcome == .valid)
            #expect(try await worker.get(app, "/passport").body.string.contains(row.name))

            for (field, value, message) in [
                ("subject", "did:web:example.org", "passport identifier"), ("course", "L2-ASCC", "Choose a course"),
                ("course", "CHECK-DBS", "Choose a course"), ("completed", "2027-01-01", "not after today"),
            ] {
                var bad = form
                bad[field] = value
                let refused = try await trainer.post(app, "/courses/ACADEMY/completions", form: bad)
                #expect(refused.status == .unprocessableEntity, "\(field)")
                #expect(refused.body.string.contains(message), "\(field)")
            }
            #expect(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "FA-EFAW").count()
                    == 1)

            _ = try await trainer.post(app, "/courses/ACADEMY/credentials/\(row.id!.uuidString)/revoke")
            #expect(
                try await PassportWorld.outsideVerifier(app).verify(row.token, at: AccessWorld.now).outcome == .revoked)
        }
    }

    @Test("Viewers, other organisations and employers cannot issue as the training provider")
    func onlyItsEditors() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            _ = try await TestAccounts.member(app, organisation: "ACADEMY", kind: .trainingProvider, role: .editor)
            var viewer = try await TestAccounts.session(
                app, organisation: "ACADEMY", kind: .trainingProvider, role: .viewer)
            #expect(try await viewer.get(app, "/courses/ACADEMY").status == .notFound)
            var employer = try await AccessWorld.session(.sunriseAdmin, app)
            #expect(try await employer.get(app, "/courses/ACADEMY").status == .notFound)
            #expect(try await employer.get(app, "/courses/SUNRISE").status == .notFound)
            var platform = try await AccessWorld.session(.platformAdmin, app)
            #expect(try await platform.get(app, "/courses/ACADEMY").status == .notFound)
        }
    }
}
