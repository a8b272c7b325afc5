import Fluent
import Foundation
import Passport
import Testing
import VaporTesting

@testable import CarepathApp

/// Verifying and accepting: the worker's bundle verifies offline and through the page and API, a new
/// employer accepts what is valid into its records, and bad input gets a clear answer.
@Suite("Passport: bundle, verify, accept")
struct PassportVerifyTests {
    @Test("The bundle verifies offline with nothing but its own contents")
    func bundleVerifiesOffline() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let response = try await worker.get(app, "/passport/bundle.json")
            #expect(response.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let bundle = try #require(try JSONValue.parse(response.body.string).objectValue)
            #expect(bundle["type"]?.stringValue == "CarepathPassportBundle")
            let documents = try #require(bundle["issuerDocuments"]?.objectValue)
            let resolved = try documents.members.map { try DIDDocument(json: $0.value.objectValue ?? [:]) }
            let platform = try #require(resolved.first { !$0.id.contains(":issuers:") })
            let trustList = try TrustList.verify(
                try #require(bundle["trustList"]?.stringValue), operatorDocument: platform)
            let lists = try #require(bundle["statusLists"]?.objectValue).members.map {
                ($0.key, StatusListSource.credential($0.value.stringValue ?? ""))
            }
            let verifier = CredentialVerifier(
                trustList: trustList, documents: .documents(resolved),
                statusLists: .sources(Dictionary(uniqueKeysWithValues: lists)))
            let credentials = try #require(bundle["credentials"]?.arrayValue).compactMap(\.stringValue)
            #expect(credentials.count == 2)
            // Infection prevention (completed 2025-02-05, refreshed yearly) is within 90 days of its end.
            #expect(
                Set(credentials.map { verifier.verify($0, at: AccessWorld.now).outcome }) == [.valid, .expiringSoon])
        }
    }

    @Test("A new employer verifies the bundle and accepts the valid credentials into its records, once")
    func acceptIntoRecords() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            let bundle = try await worker.get(app, "/passport/bundle.json").body.string
            var harbour = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await harbour.get(app, "/verify")
            let checked = try await harbour.post(app, "/verify", form: ["credential": bundle])
            #expect(checked.status == .ok)
            #expect(checked.body.string.contains("2 of 2 credentials can be relied on today"))
            #expect(checked.body.string.contains("Add to training records"))
            let form = [
                "credential": bundle, "provider": "HARBOUR", "workplace": AccessWorld.workplace, "worker": "HRB0102",
            ]
            let accepted = try await harbour.post(app, "/verify/accept", form: form)
            #expect(accepted.body.string.contains("2 credentials added to the training records of HRB0102"))
            let again = try await harbour.post(app, "/verify/accept", form: form)
            #expect(again.body.string.contains("0 credentials added"))
            #expect(again.body.string.contains("2 were already there"))
            #expect(try await PassportAcceptedCredentialEntity.query(on: app.db).count() == 2)
            // Not into another provider's records.
            var other = form
            other["provider"] = "SUNRISE"
            #expect(try await harbour.post(app, "/verify/accept", form: other).status == .notFound)
            // Anyone may check, but only employers see the accept form.
            var anonymous = TestSession()
            _ = try await anonymous.get(app, "/verify")
            let anyone = try await anonymous.post(app, "/verify", form: ["credential": bundle])
            #expect(anyone.body.string.contains("2 of 2 credentials"))
            #expect(!anyone.body.string.contains("Add to training records"))
        }
    }

    @Test("Tampered, unsigned, truncated and unrecognised input each get the right answer")
    func badInput() async throws {
        try await withTestApp { app in
            _ = try await PassportWorld.build(app)
            let token = try #require(
                try await PassportWorld.tokens(of: AccessWorld.Person.worker.email, app)["CSTF-SGA-L1"])
            let parts = token.split(separator: ".").map(String.init)
            let payload = try #require(Data(base64URL: parts[1]))
            let forged = String(decoding: payload, as: UTF8.self).replacingOccurrences(
                of: "2025-03-12", with: "2025-03-13")
            let tampered = [parts[0], Data(forged.utf8).base64URL, parts[2]].joined(separator: ".")
            let unsigned = [Data(#"{"alg":"none","typ":"vc+jwt"}"#.utf8).base64URL, parts[1], ""].joined(separator: ".")
            var outcomes: [String] = []
            for candidate in [tampered, unsigned, String(token.dropLast(10))] {
                let answer = try await PassportFlowTests.apiVerify(app, body: #"{"credential":"\#(candidate)"}"#)
                outcomes.append(contentsOf: answer.credentials.map(\.outcome))
            }
            #expect(outcomes == ["bad_signature", "bad_signature", "bad_signature"])
            for (body, message) in [
                ("", "Paste a credential"), ("not a token", "three parts"),
                (#"{"type":"Other"}"#, "CarepathPassportBundle"),
            ] {
                try await app.testing().test(.POST, "/api/v1/verify", body: .init(string: body)) { response async in
                    #expect(response.status == .unprocessableEntity)
                    #expect(response.body.string.contains(message), "\(response.body.string)")
                }
            }
            var anonymous = TestSession()
            _ = try await anonymous.get(app, "/verify")
            let page = try await anonymous.post(app, "/verify", form: ["credential": "not a token"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("cp-error-summary"))
        }
    }

    @Test("The worker can take their key away; it is the key of their did:key")
    func exportKey() async throws {
        try await withTestApp { app in
            var (worker, _) = try await PassportWorld.build(app)
            _ = try await worker.get(app, "/passport")
            let response = try await worker.post(app, "/passport/key")
            let jwk = try #require(try JSONValue.parse(response.body.string).objectValue)
            let d = try #require(jwk["d"]?.stringValue)
            let seed = try #require(Data(base64URL: d))
            let key = try Ed25519SigningKey(seed: Array(seed))
            let user = try #require(
                try await AccountStore(database: app.db).user(email: AccessWorld.Person.worker.email))
            let wallet = try #require(
                try await PassportWalletEntity.query(on: app.db).filter(\.$userID == user.requireID()).first())
            #expect(DIDKey.did(for: key.publicKey) == wallet.did)
            #expect(try await AuditEventEntity.query(on: app.db).filter(\.$action == "passport.exported").count() == 1)
        }
    }
}

extension Data {
    /// Decodes base64url without padding.
    init?(base64URL text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }

    /// Encodes as base64url without padding.
    var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
