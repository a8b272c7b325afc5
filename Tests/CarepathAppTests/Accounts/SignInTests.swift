import Fluent
import Foundation
import Identity
import SQLKit
import Testing
import VaporTesting

@testable import CarepathApp

/// Signing in through the pages: password, second factor, lockout, CSRF, fixation and timeouts.
@Suite("Sign-in")
struct SignInTests {
    static let secret = Array("12345678901234567890".utf8)
    static let email = "sunrise.admin@example.test"

    /// The access world, with the SUNRISE admin given an authenticator app.
    static func world(_ app: Application) async throws {
        try await AccessWorld.build(app)
        let user = try #require(try await AccountStore(database: app.db).user(email: email))
        user.sealedTOTPSecret = try SecretBox(masterKey: app.carepathConfig.masterKey, purpose: "totp").seal(secret)
        try await user.save(on: app.db)
    }

    static func code(at date: Date) -> String { TOTP(secret: secret).code(at: date) }

    @Test("Password then code signs in, under a new session token each step")
    func twoFactorSignIn() async throws {
        try await withTestApp { app in
            try await Self.world(app)
            // Session fixation: a real session (the attacker's own) planted in the victim's browser.
            var browser = try await AccessWorld.session(.suffolk, app)
            let plantedToken = try #require(browser.cookies[SessionCookies.session])
            let password = try await browser.post(
                app, "/sign-in?return-to=/providers/SUNRISE",
                form: ["email": Self.email, "password": AccessWorld.password])
            #expect(password.status == .seeOther)
            // Where the person was going survives the code page.
            #expect(password.headers.first(name: .location) == "/sign-in/two-factor?return-to=/providers/SUNRISE")
            let afterPassword = try #require(browser.cookies[SessionCookies.session])
            #expect(afterPassword != plantedToken)
            // The planted token was ended, not upgraded to the victim's account.
            var attacker = TestSession(cookies: [SessionCookies.session: plantedToken])
            #expect(try await attacker.get(app, "/account").status == .seeOther)
            // Half signed in: nothing else opens yet.
            #expect(try await browser.get(app, "/account").status == .seeOther)
            #expect(try await browser.get(app, "/sign-in/two-factor").status == .ok)
            let wrong = try await browser.post(app, "/sign-in/two-factor", form: ["code": "000000"])
            #expect(wrong.status == .unauthorized)
            let right = try await browser.post(
                app, "/sign-in/two-factor?return-to=/providers/SUNRISE", form: ["code": Self.code(at: AccessWorld.now)])
            #expect(right.status == .seeOther)
            #expect(right.headers.first(name: .location) == "/providers/SUNRISE")
            #expect(browser.cookies[SessionCookies.session] != afterPassword)
            let account = try await browser.get(app, "/account")
            #expect(account.status == .ok)
            #expect(account.body.string.contains("Signed in"))

            // The same code cannot be used again, even in another browser.
            var second = TestSession()
            _ = try await second.get(app, "/sign-in")
            _ = try await second.post(app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password])
            _ = try await second.get(app, "/sign-in/two-factor")
            let replay = try await second.post(
                app, "/sign-in/two-factor", form: ["code": Self.code(at: AccessWorld.now)])
            #expect(replay.status == .unauthorized)

            let signOut = try await browser.post(app, "/sign-out")
            #expect(signOut.status == .seeOther)
            #expect(browser.cookies[SessionCookies.session] == nil)
            #expect(try await browser.get(app, "/account").status == .seeOther)
        }
    }

    @Test("A form without the CSRF token is refused")
    func csrf() async throws {
        try await withTestApp { app in
            try await Self.world(app)
            var browser = TestSession()
            _ = try await browser.get(app, "/sign-in")
            let forged = try await browser.post(
                app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password], csrf: false)
            #expect(forged.status == .forbidden)
            var signedIn = try await AccessWorld.session(.sunriseAdmin, app)
            let noToken = try await signedIn.post(app, "/account/sign-out-everywhere", csrf: false)
            #expect(noToken.status == .forbidden)
            signedIn.csrfToken = "not-the-session-token-at-all-0123456789"
            #expect(try await signedIn.post(app, "/account/sign-out-everywhere").status == .forbidden)
            #expect(try await UserSessionEntity.query(on: app.db).count() == 1)
        }
    }

    @Test("Five wrong passwords lock the account; the emailed link unlocks it")
    func lockout() async throws {
        try await withTestApp { app in
            try await Self.world(app)
            let mailer = RecordingMailer()
            app.mailer = mailer
            var browser = TestSession()
            _ = try await browser.get(app, "/sign-in")
            for attempt in 1...5 {
                let response = try await browser.post(
                    app, "/sign-in", form: ["email": Self.email, "password": "wrong"])
                #expect(response.status == (attempt < 5 ? .unauthorized : .tooManyRequests), "attempt \(attempt)")
            }
            let locked = try await browser.post(
                app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("locked"))
            let email = try #require(mailer.sent.last)
            #expect(email.to == Self.email)
            let unlockPath = try email.linkPath("/unlock/")
            #expect(try await browser.get(app, unlockPath).status == .ok)
            #expect(try await browser.post(app, unlockPath).status == .seeOther)
            #expect(try await browser.post(app, unlockPath).status == .notFound)
            let again = try await browser.post(
                app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password])
            #expect(again.status == .seeOther)
            let actions = try await AuditEventEntity.query(on: app.db).all().map(\.action)
            #expect(actions.filter { $0 == AuditAction.signInFailed.rawValue }.count == 5)
            #expect(actions.contains(AuditAction.accountLocked.rawValue))
            #expect(actions.contains(AuditAction.accountUnlocked.rawValue))
        }
    }

    @Test("Wrong security codes lock the account too, and knowing the password does not reset the count")
    func codeLockout() async throws {
        try await withTestApp { app in
            try await Self.world(app)
            app.mailer = RecordingMailer()
            var statuses: [HTTPStatus] = []
            for _ in 1...3 {
                var browser = TestSession()
                _ = try await browser.get(app, "/sign-in")
                _ = try await browser.post(
                    app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password])
                _ = try await browser.get(app, "/sign-in/two-factor")
                for _ in 1...2 {
                    statuses.append(try await browser.post(app, "/sign-in/two-factor", form: ["code": "000000"]).status)
                }
            }
            // Five wrong codes across three sign-ins lock the account; the sixth attempt is refused.
            #expect(statuses.filter { $0 == .unauthorized }.count == 4)
            let user = try #require(try await AccountStore(database: app.db).user(email: Self.email))
            #expect(user.lockedUntil != nil)
            var browser = TestSession()
            _ = try await browser.get(app, "/sign-in")
            let locked = try await browser.post(
                app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers.first(name: .retryAfter) != nil)
        }
    }

    @Test("A recovery code signs in once")
    func recoveryCode() async throws {
        try await withTestApp { app in
            try await Self.world(app)
            let user = try #require(try await AccountStore(database: app.db).user(email: Self.email))
            let code = RecoveryCode(user: try user.requireID())
            try await code.store(on: app.db)
            for expected in [HTTPStatus.seeOther, .unauthorized] {
                var browser = TestSession()
                _ = try await browser.get(app, "/sign-in")
                _ = try await browser.post(
                    app, "/sign-in", form: ["email": Self.email, "password": AccessWorld.password])
                _ = try await browser.get(app, "/sign-in/two-factor")
                #expect(
                    try await browser.post(app, "/sign-in/two-factor", form: ["code": code.text]).status == expected)
            }
        }
    }

    /// One recovery code, stored as the set-up page stores them.
    struct RecoveryCode {
        var user: UUID
        var text = "k7m2p-x9q4r"

        func store(on database: any Database) async throws {
            let stored = RecoveryCodeEntity()
            stored.userID = user
            stored.codeHash = RecoveryCodes.hash(text)
            try await stored.create(on: database)
        }
    }

    @Test("After sign-in, only a path on this site is followed")
    func returnPaths() {
        for hostile in [
            "//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example", "/\n/evil", "evil",
            "/ok\u{0}", "/\r\nSet-Cookie:x",
        ] {
            #expect(AccountURL.safeReturnPath(hostile) == "/account", "\(hostile)")
        }
        #expect(
            AccountURL.safeReturnPath("/workforce/E12000006?role=direct-care")
                == "/workforce/E12000006?role=direct-care")
        #expect(AccountURL.safeReturnPath(nil) == "/account")
    }

    @Test("A session ends after 30 idle minutes")
    func idleTimeout() async throws {
        try await withTestApp { app in
            try await Self.world(app)
            var session = try await AccessWorld.session(.norfolk, app)
            #expect(try await session.get(app, "/account").status == .ok)
            app.fixClock { AccessWorld.now.addingTimeInterval(31 * 60) }
            #expect(try await session.get(app, "/account").status == .seeOther)
            #expect(try await UserSessionEntity.query(on: app.db).count() == 0)
        }
    }

    @Test("Roles that see staff records must set up a second factor before anything else")
    func requiredSetUp() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var browser = TestSession()
            _ = try await browser.get(app, "/sign-in")
            let response = try await browser.post(
                app, "/sign-in", form: ["email": "sunrise.viewer@example.test", "password": AccessWorld.password])
            #expect(response.headers.first(name: .location) == "/account/two-factor")
            #expect(try await browser.get(app, "/providers").status == .seeOther)
            let page = try await browser.get(app, "/account/two-factor")
            let html = page.body.string
            #expect(html.contains("<svg"))
            let key = try #require(html.range(of: "<code>").map { html[$0.upperBound...].prefix { $0 != "<" } })
            let pending = try #require(
                html.range(of: "name=\"pending\" value=\"").map { html[$0.upperBound...].prefix { $0 != "\"" } })
            let secret = try Base32.decode(String(key))
            let done = try await browser.post(
                app, "/account/two-factor",
                form: ["pending": String(pending), "code": TOTP(secret: secret).code(at: AccessWorld.now)])
            #expect(done.status == .ok)
            #expect(done.body.string.contains("recovery codes"))
            #expect(try await browser.get(app, "/providers").status == .ok)
            #expect(try await RecoveryCodeEntity.query(on: app.db).count() == 10)
        }
    }

    @Test("The audit log refuses changes and deletions, on both engines")
    func auditIsAppendOnly() async throws {
        try await withTestApp { app in
            try await AuditLog.record(
                .init(action: .signedOut, subjectKind: "user"), actorID: nil, actor: "test", ip: nil,
                at: AccessWorld.now, on: app.db)
            await #expect(throws: (any Error).self) {
                try await app.db.sql.raw("UPDATE audit_events SET actor = 'someone else'").run()
            }
            await #expect(throws: (any Error).self) {
                try await app.db.sql.raw("DELETE FROM audit_events").run()
            }
            #expect(try await AuditEventEntity.query(on: app.db).first()?.actor == "test")
        }
    }
}
