import Fluent
import Foundation
import Passport
import Testing
import VaporTesting

@testable import CarepathApp

/// The access world plus a passport: SUNRISE invites two of its staff (EMP0102, who already has an
/// account, and EMP0131, who is new), both claim, and SUNRISE issues from its training records.
enum PassportWorld {
    static let newWorker = "new.worker@example.test"

    /// Builds it and returns the worker sessions.
    static func build(_ app: Application) async throws -> (worker: TestSession, newWorker: TestSession) {
        try await AccessWorld.build(app)
        let mailer = RecordingMailer()
        app.mailer = mailer
        var admin = try await AccessWorld.session(.sunriseAdmin, app)
        _ = try await admin.get(app, "/providers/SUNRISE/passport")
        var worker = try await AccessWorld.session(.worker, app)
        _ = try await admin.post(
            app, "/providers/SUNRISE/passport/invitations",
            form: ["workplace": AccessWorld.workplace, "worker": "EMP0102", "email": AccessWorld.Person.worker.email])
        let workerLink = try #require(mailer.sent.last).linkPath("/passport/claim/")
        _ = try await worker.get(app, workerLink)
        #expect(try await worker.post(app, workerLink).status == .seeOther)

        _ = try await admin.post(
            app, "/providers/SUNRISE/passport/invitations",
            form: ["workplace": AccessWorld.workplace, "worker": "EMP0131", "email": newWorker])
        let newLink = try #require(mailer.sent.last).linkPath("/passport/claim/")
        var newcomer = TestSession()
        _ = try await newcomer.get(app, newLink)
        let claimed = try await newcomer.post(
            app, newLink, form: ["name": "New Worker", "password": "lantern orchard velvet canyon"])
        #expect(claimed.status == .seeOther)
        #expect(claimed.headers.first(name: .location) == "/passport")
        let issued = try await admin.post(app, "/providers/SUNRISE/passport/issue")
        #expect(issued.body.string.contains("3 credentials issued"))
        return (worker, newcomer)
    }

    /// What a verifier outside Carepath would do: fetch the DID document of the operator, the trust list,
    /// each issuer's DID document and the status lists, over HTTP, and build a verifier from them.
    static func outsideVerifier(_ app: Application) async throws -> CredentialVerifier {
        var anonymous = TestSession()
        let operatorDocument = try DIDDocument(
            jsonText: try await anonymous.get(app, "/.well-known/did.json").body.string)
        let trustList = try TrustList.verify(
            try await anonymous.get(app, "/trust-list").body.string, operatorDocument: operatorDocument)
        var documents: [DIDDocument] = []
        for issuer in trustList.issuers {
            let path = URL(string: try DIDWeb.documentURL(for: issuer.did))!.path
            documents.append(try DIDDocument(jsonText: try await anonymous.get(app, path).body.string))
        }
        var lists: [String: StatusListSource] = [:]
        for list in try await PassportStatusListEntity.query(on: app.db).all() {
            let issuer = try #require(try await PassportIssuerEntity.find(list.issuerID, on: app.db))
            let url = PassportStatusLists.url(issuer: issuer, number: list.number)
            let response = try await anonymous.get(app, URL(string: url)!.path)
            #expect(response.headers.contentType?.description == "application/vc+jwt")
            lists[url] = .credential(response.body.string)
        }
        return CredentialVerifier(
            trustList: trustList, documents: .documents(documents), statusLists: .sources(lists))
    }

    /// The tokens issued to `email`'s wallet, by achievement code.
    static func tokens(of email: String, _ app: Application) async throws -> [String: String] {
        let user = try #require(try await AccountStore(database: app.db).user(email: email))
        let wallet = try #require(
            try await PassportWalletEntity.query(on: app.db).filter(\.$userID == user.requireID()).first())
        let credentials = try await PassportCredentialEntity.query(on: app.db).filter(\.$subjectDID == wallet.did).all()
        return Dictionary(credentials.map { ($0.achievementCode, $0.token) }, uniquingKeysWith: { first, _ in first })
    }
}
