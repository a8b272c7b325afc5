import Fluent
import Foundation
import Passport
import Testing
import VaporTesting

@testable import CarepathApp

/// The passport from end to end: an employer invites workers, they claim, it issues from its training
/// records, and what it publishes lets anyone verify, revoke and rotate included.
@Suite("Passport: claim, issue, publish, revoke")
struct PassportFlowTests {
    @Test("Issued credentials verify from what Carepath publishes, as an outside verifier sees it")
    func issueAndVerifyFromOutside() async throws {
        try await withTestApp { app in
            var (worker, newcomer) = try await PassportWorld.build(app)
            let tokens = try await PassportWorld.tokens(of: AccessWorld.Person.worker.email, app)
            #expect(tokens.keys.sorted() == ["CSTF-IPC-L1", "CSTF-SGA-L1"])
            let medicines = try #require(try await PassportWorld.tokens(of: PassportWorld.newWorker, app)["MED-ADMIN"])
            let verifier = try await PassportWorld.outsideVerifier(app)
            let safeguarding = verifier.verify(tokens["CSTF-SGA-L1"]!, at: AccessWorld.now)
            #expect(safeguarding.outcome == .valid, "\(safeguarding)")
            #expect(safeguarding.details.issuerName == "SUNRISE")
            // The employer's own expiry (last valid day 2026-01-19) is kept; on 2026-01-01 that is soon.
            let expiring = verifier.verify(medicines, at: AccessWorld.now)
            #expect(expiring.outcome == .expiringSoon, "\(expiring)")
            #expect(expiring.details.lastValidDay?.description == "2026-01-19")

            let wallet = try await worker.get(app, "/passport")
            #expect(wallet.status == .ok)
            #expect(wallet.body.string.contains("Safeguarding"))
            #expect(wallet.body.string.contains("Current"))
            #expect(try await newcomer.get(app, "/passport").body.string.contains("Expiring soon"))
        }
    }

    @Test("Issuing twice issues nothing new; the employer's page lists what it issued")
    func issuingIsIdempotent() async throws {
        try await withTestApp { app in
            _ = try await PassportWorld.build(app)
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/passport")
            let again = try await admin.post(app, "/providers/SUNRISE/passport/issue")
            #expect(again.body.string.contains("No new credentials to issue"))
            #expect(try await PassportCredentialEntity.query(on: app.db).count() == 3)
            let page = try await admin.get(app, "/providers/SUNRISE/passport")
            #expect(page.body.string.contains("EMP0102"))
            #expect(page.body.string.contains("3, of which 0 revoked"))
            // One worker at a time: after a revocation only that worker has something new.
            let revoked = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CSTF-IPC-L1").first()
            )
            _ = try await admin.post(
                app, "/providers/SUNRISE/passport/credentials/\(revoked.id!.uuidString)/revoke",
                form: ["reason": "typo"])
            let other = try #require(try await StaffEntity.query(on: app.db).filter(\.$reference == "EMP0131").first())
            let none = try await admin.post(
                app, "/providers/SUNRISE/passport/issue", form: ["staff": other.id!.uuidString])
            #expect(none.body.string.contains("No new credentials to issue"))
            let one = try await admin.post(
                app, "/providers/SUNRISE/passport/issue", form: ["staff": revoked.staffID!.uuidString])
            #expect(one.body.string.contains("1 credentials issued"))
        }
    }

    @Test("Revocation shows in the status list, the worker's wallet and the verify API")
    func revocationShowsEverywhere() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let token = try #require(
                try await PassportWorld.tokens(of: AccessWorld.Person.worker.email, app)["CSTF-IPC-L1"])
            let credential = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CSTF-IPC-L1").first()
            )
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/passport")
            let revoked = try await admin.post(
                app, "/providers/SUNRISE/passport/credentials/\(credential.id!.uuidString)/revoke",
                form: ["reason": "issued in error"])
            #expect(revoked.body.string.contains("revoked"))
            #expect(try await PassportWorld.outsideVerifier(app).verify(token, at: AccessWorld.now).outcome == .revoked)
            #expect(try await worker.get(app, "/passport").body.string.contains("Revoked by the issuer"))
            let answer = try await Self.apiVerify(app, body: #"{"credential":"\#(token)"}"#)
            #expect(answer.credentials.map(\.outcome) == ["revoked"])
            // Another provider cannot revoke SUNRISE's credentials.
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await harbour.get(app, "/providers/HARBOUR/passport")
            let other = try await harbour.post(
                app, "/providers/HARBOUR/passport/credentials/\(credential.id!.uuidString)/revoke")
            #expect(other.status == .notFound)
        }
    }

    @Test("After a key rotation old credentials still verify and new ones use the new key")
    func rotation() async throws {
        try await withTestApp { app in
            _ = try await PassportWorld.build(app)
            let token = try #require(
                try await PassportWorld.tokens(of: AccessWorld.Person.worker.email, app)["CSTF-SGA-L1"])
            app.fixClock { AccessWorld.now.addingTimeInterval(3_600) }
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/passport")
            let rotated = try await admin.post(app, "/providers/SUNRISE/passport/keys")
            #expect(rotated.body.string.contains("Signing key 2 is now in use"))
            var anonymous = TestSession()
            let document = try DIDDocument(
                jsonText: try await anonymous.get(app, "/issuers/sunrise/did.json").body.string)
            #expect(document.verificationMethods.map { $0.id.split(separator: "#").last! } == ["key-1", "key-2"])
            let verdict = try await PassportWorld.outsideVerifier(app).verify(token, at: app.now)
            #expect(verdict.outcome == .valid, "\(verdict)")
            // Re-issuing after a revocation signs with key 2.
            let old = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CSTF-IPC-L1").first()
            )
            _ = try await admin.post(
                app, "/providers/SUNRISE/passport/credentials/\(old.id!.uuidString)/revoke", form: ["reason": "typo"])
            #expect(
                try await admin.post(app, "/providers/SUNRISE/passport/issue").body.string.contains(
                    "1 credentials issued"))
            let reissued = try #require(
                try await PassportCredentialEntity.query(on: app.db).filter(\.$achievementCode == "CSTF-IPC-L1")
                    .filter(\.$revokedAt == nil).first())
            #expect(reissued.keyID.hasSuffix("#key-2"))
            let fresh = try await PassportWorld.outsideVerifier(app).verify(reissued.token, at: app.now)
            #expect(fresh.outcome == .expiringSoon, "\(fresh)")
            // Only admins rotate.
            var viewer = try await AccessWorld.session(.sunriseViewer, app)
            _ = try await viewer.get(app, "/providers/SUNRISE/passport")
            #expect(try await viewer.post(app, "/providers/SUNRISE/passport/keys").status == .forbidden)
        }
    }

    static func apiVerify(_ app: Application, body: String) async throws -> APIv1.Verification {
        var result: APIv1.Verification?
        try await app.testing().test(
            .POST, "/api/v1/verify", headers: ["Content-Type": "application/json"], body: .init(string: body)
        ) { response async throws in
            #expect(response.status == .ok, "\(response.body.string)")
            result = try response.content.decode(APIv1.Verification.self)
        }
        return try #require(result)
    }
}
