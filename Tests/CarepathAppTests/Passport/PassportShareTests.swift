import Fluent
import Foundation
import Passport
import SQLKit
import Testing
import VaporTesting

@testable import CarepathApp

/// Sharing: the worker shares some credentials with a named organisation for a time; only its members
/// can open the link; each opening is a fresh presentation, verified and logged for the worker; the
/// worker can stop it.
@Suite("Passport: sharing")
struct PassportShareTests {
    /// The worker shares only safeguarding with HARBOUR for 7 days and returns the share's page path
    /// and its link path.
    static func share(_ worker: inout TestSession, _ app: Application) async throws -> (page: String, link: String) {
        let wallet = try await worker.get(app, "/passport")
        #expect(wallet.body.string.contains("Share your passport"))
        let harbour = try #require(
            try await OrganisationEntity.query(on: app.db).filter(\.$reference == "HARBOUR").first())
        let safeguarding = try #require(
            try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CSTF-SGA-L1").first())
        let created = try await worker.post(
            app, "/passport/shares",
            form: ["share-\(safeguarding.id!.uuidString)": "on", "organisation": harbour.id!.uuidString, "days": "7"])
        #expect(created.status == .seeOther)
        let page = try #require(created.headers.first(name: .location))
        let shown = try await worker.get(app, page)
        #expect(shown.body.string.contains("<svg"))
        let body = shown.body.string
        let start = try #require(body.range(of: "/shared/"))
        let link = String(body[start.lowerBound...].prefix { $0 != "<" && $0 != "\"" })
        return (page, link)
    }

    @Test("A member of the organisation opens the share, sees verified credentials and accepts them")
    func openAndAccept() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let (page, link) = try await Self.share(&worker, app)
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            let opened = try await harbour.get(app, link)
            #expect(opened.status == .ok)
            #expect(opened.body.string.contains("1 of 1 credentials can be relied on"))
            #expect(opened.body.string.contains("Safeguarding"))
            #expect(!opened.body.string.contains("Infection"))
            let accepted = try await harbour.post(
                app, link + "/accept", form: ["workplace": AccessWorld.workplace, "worker": "HRB0102"])
            #expect(accepted.body.string.contains("1 credentials added to the training records of HRB0102"))
            let log = try await worker.get(app, page)
            #expect(log.body.string.contains(AccessWorld.Person.harbourAdmin.email))
            // Each opening is a new presentation with its own nonce.
            _ = try await harbour.get(app, link)
            let nonces = try await PassportShareViewEntity.query(on: app.db).all().map(\.nonce)
            #expect(nonces.count == 2)
            #expect(Set(nonces).count == 2)
        }
    }

    @Test("Nobody outside the organisation can open it, and once stopped nobody can")
    func onlyTheOrganisation() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let (page, link) = try await Self.share(&worker, app)
            var sunrise = try await AccessWorld.session(.sunriseAdmin, app)
            #expect(try await sunrise.get(app, link).status == .notFound)
            var platform = try await AccessWorld.session(.platformAdmin, app)
            #expect(try await platform.get(app, link).status == .notFound)
            var anonymous = TestSession()
            #expect(try await anonymous.get(app, link).status != .ok)
            #expect(try await PassportShareViewEntity.query(on: app.db).count() == 0)
            // Another worker cannot see or stop the share.
            var other = try await AccessWorld.session(.sunriseViewer, app)
            #expect(try await other.get(app, page).status == .notFound)
            _ = try await worker.get(app, page)
            #expect(try await worker.post(app, page + "/revoke").status == .seeOther)
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            #expect(try await harbour.get(app, link).status == .notFound)
        }
    }

    @Test("The log of who looked cannot be changed")
    func viewLogIsAppendOnly() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let (_, link) = try await Self.share(&worker, app)
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await harbour.get(app, link)
            await #expect(throws: (any Error).self) {
                try await app.db.sql.raw("UPDATE passport_share_views SET viewer = 'someone else'").run()
            }
            await #expect(throws: (any Error).self) {
                try await app.db.sql.raw("DELETE FROM passport_share_views").run()
            }
        }
    }
}
