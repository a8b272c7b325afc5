import Fluent
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

/// Changing a password when signed in, and resetting a forgotten one by email.
@Suite("Passwords")
struct PasswordTests {
    static let email = AccessWorld.Person.norfolk.email
    static let newPassword = "harbour lantern quietly ninety"

    static func signIn(_ app: Application, password: String) async throws -> HTTPStatus {
        var browser = TestSession()
        _ = try await browser.get(app, "/sign-in")
        return try await browser.post(app, "/sign-in", form: ["email": email, "password": password]).status
    }

    @Test("a change needs the current password and a good new one, and signs out every other device")
    func change() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var other = try await AccessWorld.session(.norfolk, app)
            var browser = try await AccessWorld.session(.norfolk, app)
            #expect(try await browser.get(app, "/account/password").status == .ok)
            let wrong = try await browser.post(
                app, "/account/password", form: ["current": "nope", "password": Self.newPassword])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("#current"))
            let weak = try await browser.post(
                app, "/account/password", form: ["current": AccessWorld.password, "password": "short"])
            #expect(weak.status == .unprocessableEntity)
            let changed = try await browser.post(
                app, "/account/password", form: ["current": AccessWorld.password, "password": Self.newPassword])
            #expect(changed.status == .ok)
            #expect(try await browser.get(app, "/account").status == .ok)
            #expect(try await other.get(app, "/account").status == .seeOther)
            #expect(try await Self.signIn(app, password: AccessWorld.password) == .unauthorized)
            #expect(try await Self.signIn(app, password: Self.newPassword) == .seeOther)
        }
    }

    @Test("a reset link is emailed only to real accounts, works once, and ends every session")
    func reset() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let mailer = RecordingMailer()
            app.mailer = mailer
            var signedIn = try await AccessWorld.session(.norfolk, app)
            var browser = TestSession()
            _ = try await browser.get(app, "/sign-in/forgotten-password")
            let unknown = try await browser.post(
                app, "/sign-in/forgotten-password", form: ["email": "who@example.test"])
            let known = try await browser.post(app, "/sign-in/forgotten-password", form: ["email": Self.email])
            // The same answer either way, so the form cannot tell who has an account.
            #expect(unknown.status == known.status)
            #expect(unknown.body.string.contains("If there is an account for that address"))
            #expect(mailer.sent.count == 1)
            let path = try #require(mailer.sent.first).linkPath("/reset-password/")
            #expect(try await browser.get(app, path).status == .ok)
            #expect(
                try await browser.post(app, path, form: ["password": "qwerty123456"]).status == .unprocessableEntity)
            #expect(try await browser.post(app, path, form: ["password": Self.newPassword]).status == .seeOther)
            #expect(try await browser.post(app, path, form: ["password": Self.newPassword]).status == .notFound)
            #expect(try await signedIn.get(app, "/account").status == .seeOther)
            #expect(try await Self.signIn(app, password: Self.newPassword) == .seeOther)
            let actions = try await AuditEventEntity.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.passwordResetRequested.rawValue))
            #expect(actions.contains(AuditAction.passwordChanged.rawValue))
        }
    }
}
