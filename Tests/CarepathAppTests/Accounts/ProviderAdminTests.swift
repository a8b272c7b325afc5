import Fluent
import Foundation
import Identity
import Testing
import VaporTesting

@testable import CarepathApp

/// Consents, parent sharing and invitations, changed through the pages by the people allowed to.
@Suite("Provider people and sharing")
struct ProviderAdminTests {
    typealias Person = AccessWorld.Person

    static func organisationID(_ reference: String, _ app: Application) async throws -> UUID {
        try #require(try await OrganisationEntity.query(on: app.db).filter(\.$reference == reference).first()?.id)
    }

    @Test("A consent the provider gives lets the council in; revoking it shuts the council out")
    func consentLifecycle() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var suffolk = try await AccessWorld.session(.suffolk, app)
            #expect(try await suffolk.get(app, "/providers/SUNRISE/workforce").status == .notFound)
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/sharing")
            let refused = try await admin.post(app, "/providers/SUNRISE/sharing/consents", form: ["grantee": "nobody"])
            #expect(refused.status == .unprocessableEntity)
            let suffolkID = try await Self.organisationID("SUFFOLK", app)
            let granted = try await admin.post(
                app, "/providers/SUNRISE/sharing/consents",
                form: ["grantee": suffolkID.uuidString, "purpose": "commissioning", "duration": "90"])
            #expect(granted.status == .seeOther)
            #expect(try await suffolk.get(app, "/providers/SUNRISE/workforce").status == .ok)
            let consent = try #require(
                try await ConsentEntity.query(on: app.db).filter(\.$granteeID == suffolkID).first())
            // Another provider's admin cannot revoke it: to them it does not exist.
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await harbour.get(app, "/providers/HARBOUR/sharing")
            let foreign = try await harbour.post(
                app, "/providers/HARBOUR/sharing/consents/\(consent.id!.uuidString)/revoke")
            #expect(foreign.status == .notFound)
            let revoked = try await admin.post(
                app, "/providers/SUNRISE/sharing/consents/\(consent.id!.uuidString)/revoke")
            #expect(revoked.status == .seeOther)
            #expect(try await suffolk.get(app, "/providers/SUNRISE/workforce").status == .notFound)
            let actions = try await AuditEventEntity.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.consentGranted.rawValue))
            #expect(actions.contains(AuditAction.consentRevoked.rawValue))
        }
    }

    @Test("The subsidiary takes its sharing away from the parent")
    func subsidiaryRevokesSharing() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var parent = try await AccessWorld.session(.parentAdmin, app)
            #expect(try await parent.get(app, "/providers/SUNRISE/workforce").status == .ok)
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/sharing")
            #expect(
                try await admin.post(app, "/providers/SUNRISE/sharing/parent", form: ["sharing": "none"]).status
                    == .seeOther)
            #expect(try await parent.get(app, "/providers/SUNRISE/workforce").status == .forbidden)
            #expect(try await parent.get(app, "/providers/SUNRISE").status == .ok)
        }
    }

    @Test("An invitation by email becomes an account with two-factor set-up; weak passwords are refused")
    func invitation() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let mailer = RecordingMailer()
            app.mailer = mailer
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/people")
            let bad = try await admin.post(
                app, "/providers/SUNRISE/people", form: ["email": "not an email", "role": "viewer"])
            #expect(bad.status == .unprocessableEntity)
            let sent = try await admin.post(
                app, "/providers/SUNRISE/people", form: ["email": "New.Person@Example.test", "role": "editor"])
            #expect(sent.status == .ok)
            let email = try #require(mailer.sent.last)
            #expect(email.to == "new.person@example.test")
            let path = try email.linkPath("/invitations/")

            var invitee = TestSession()
            #expect(try await invitee.get(app, path).status == .ok)
            let weak = try await invitee.post(app, path, form: ["name": "New Person", "password": "qwerty123456"])
            #expect(weak.status == .unprocessableEntity)
            #expect(weak.body.string.contains("common"))
            let accepted = try await invitee.post(
                app, path, form: ["name": "New Person", "password": "lantern orchard velvet canyon"])
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers.first(name: .location) == "/account/two-factor")
            let user = try #require(try await AccountStore(database: app.db).user(email: "new.person@example.test"))
            let membership = try #require(
                try await MembershipEntity.query(on: app.db).filter(\.$userID == user.requireID()).first())
            #expect(membership.role == "editor")
            // The link works once.
            var again = TestSession()
            #expect(try await again.get(app, path).status == .notFound)
        }
    }

    @Test("Removing people: never another organisation's, never the last admin")
    func removeMembers() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/people")
            let harbourAdmin = try #require(
                try await AccountStore(database: app.db).user(email: Person.harbourAdmin.email))
            let foreign = try #require(
                try await MembershipEntity.query(on: app.db).filter(\.$userID == harbourAdmin.requireID()).first())
            #expect(
                try await admin.post(app, "/providers/SUNRISE/people/\(foreign.id!.uuidString)/remove").status
                    == .notFound)
            let sunriseAdmin = try #require(
                try await AccountStore(database: app.db).user(email: Person.sunriseAdmin.email))
            let own = try #require(
                try await MembershipEntity.query(on: app.db).filter(\.$userID == sunriseAdmin.requireID()).first())
            #expect(
                try await admin.post(app, "/providers/SUNRISE/people/\(own.id!.uuidString)/remove").status == .forbidden
            )
            let viewer = try #require(try await AccountStore(database: app.db).user(email: Person.sunriseViewer.email))
            let viewerMembership = try #require(
                try await MembershipEntity.query(on: app.db).filter(\.$userID == viewer.requireID()).first())
            let removed = try await admin.post(
                app, "/providers/SUNRISE/people/\(viewerMembership.id!.uuidString)/remove")
            #expect(removed.status == .seeOther)
            var former = try await AccessWorld.session(.sunriseViewer, app)
            #expect(try await former.get(app, "/providers/SUNRISE").status == .notFound)
        }
    }

    @Test("A subsidiary whose parent owns its data cannot raise what it sees, but can leave and own it again")
    func ownedSubsidiary() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var owned = try await AccessWorld.session(.ownedAdmin, app)
            let staff = "/providers/OWNED/workplaces/\(AccessWorld.workplace)/staff"
            #expect(try await owned.get(app, staff).status == .forbidden)
            _ = try await owned.get(app, "/providers/OWNED/sharing")
            let raise = try await owned.post(
                app, "/providers/OWNED/sharing/parent", form: ["sharing": "workplace_and_staff"])
            #expect(raise.status == .forbidden)
            let consent = try await owned.post(
                app, "/providers/OWNED/sharing/consents",
                form: ["grantee": try await Self.organisationID("NORFOLK", app).uuidString, "purpose": "cqc"])
            #expect(consent.status == .forbidden)
            #expect(try await owned.get(app, staff).status == .forbidden)
            // Leaving the parent gives the data back to the subsidiary, and takes it from the parent.
            #expect(try await owned.post(app, "/providers/OWNED/sharing/parent/remove").status == .seeOther)
            #expect(try await owned.get(app, staff).status == .ok)
            var parent = try await AccessWorld.session(.parentAdmin, app)
            #expect(try await parent.get(app, staff).status == .notFound)
        }
    }

    @Test("Platform admins cannot add people; an invitation dies with its sender's right to invite")
    func invitationsNeedAnInviter() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let mailer = RecordingMailer()
            app.mailer = mailer
            var platform = try await AccessWorld.session(.platformAdmin, app)
            _ = try await platform.get(app, "/sign-in")
            let byPlatform = try await platform.post(
                app, "/providers/SUNRISE/people", form: ["email": "spy@example.test", "role": "admin"])
            #expect(byPlatform.status == .forbidden)
            #expect(mailer.sent.isEmpty)

            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/people")
            _ = try await admin.post(
                app, "/providers/SUNRISE/people", form: ["email": "late@example.test", "role": "admin"])
            let path = try Self.invitationPath(mailer)
            // The inviter is demoted before the invitation is accepted.
            let inviter = try #require(try await AccountStore(database: app.db).user(email: Person.sunriseAdmin.email))
            try await MembershipEntity.query(on: app.db).filter(\.$userID == inviter.requireID())
                .set(\.$role, to: MemberRole.viewer.rawValue).update()
            var invitee = TestSession()
            #expect(try await invitee.get(app, path).status == .notFound)
        }
    }

    @Test("Nobody can revoke another person's API token: to them it does not exist")
    func foreignToken() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let token = try await AccessWorld.token(.harbourAdmin, scopes: [.providersRead], app)
            let stored = try #require(
                try await APITokenEntity.query(on: app.db).filter(\.$prefix == APITokenFormat.parse(token)!.prefix)
                    .first())
            var other = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await other.get(app, "/account")
            let response = try await other.post(app, "/account/tokens/\(stored.id!.uuidString)/revoke")
            #expect(response.status == .notFound)
            #expect(try await APITokenEntity.find(stored.id, on: app.db)?.revokedAt == nil)
        }
    }

    static func invitationPath(_ mailer: RecordingMailer) throws -> String {
        try #require(mailer.sent.last).linkPath("/invitations/")
    }

    @Test("Someone with an account joins a second organisation once signed in as the invited address")
    func existingAccountJoins() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let mailer = RecordingMailer()
            app.mailer = mailer
            var admin = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await admin.get(app, "/providers/HARBOUR/people")
            _ = try await admin.post(
                app, "/providers/HARBOUR/people", form: ["email": Person.worker.email, "role": "viewer"])
            let path = try Self.invitationPath(mailer)
            var stranger = TestSession()
            #expect(try await stranger.get(app, path).body.string.contains("Sign in as \(Person.worker.email)"))
            var someoneElse = try await AccessWorld.session(.suffolk, app)
            _ = try await someoneElse.get(app, path)
            #expect(try await someoneElse.post(app, path).status == .seeOther)
            #expect(try await someoneElse.get(app, "/providers/HARBOUR").status == .notFound)
            var worker = try await AccessWorld.session(.worker, app)
            #expect(try await worker.get(app, path).body.string.contains("Join HARBOUR"))
            let joined = try await worker.post(app, path)
            #expect(joined.headers.first(name: .location) == "/account")
            let user = try #require(try await AccountStore(database: app.db).user(email: Person.worker.email))
            let memberships = try await MembershipEntity.query(on: app.db).filter(\.$userID == user.requireID()).count()
            #expect(memberships == 1)
            #expect(try await worker.get(app, path).status == .notFound)
        }
    }

    @Test("A pending invitation is listed and can be cancelled, only by its own organisation")
    func cancelInvitation() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let mailer = RecordingMailer()
            app.mailer = mailer
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/people")
            _ = try await admin.post(
                app, "/providers/SUNRISE/people", form: ["email": "maybe@example.test", "role": "viewer"])
            let path = try Self.invitationPath(mailer)
            let page = try await admin.get(app, "/providers/SUNRISE/people")
            #expect(page.body.string.contains("Cancel the invitation to maybe@example.test"))
            let link = try #require(
                try await AccountLinkEntity.query(on: app.db).filter(\.$email == "maybe@example.test").first())
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await harbour.get(app, "/providers/HARBOUR/people")
            let foreign = try await harbour.post(
                app, "/providers/HARBOUR/people/invitations/\(link.id!.uuidString)/cancel")
            #expect(foreign.status == .notFound)
            var invitee = TestSession()
            #expect(try await invitee.get(app, path).status == .ok)
            let cancelled = try await admin.post(
                app, "/providers/SUNRISE/people/invitations/\(link.id!.uuidString)/cancel")
            #expect(cancelled.status == .seeOther)
            #expect(try await invitee.get(app, path).status == .notFound)
        }
    }
}
