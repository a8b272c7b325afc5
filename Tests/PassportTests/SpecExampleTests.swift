import Foundation
import Testing

@testable import Passport

/// passport.md section 9: the examples verify as the spec says.
@Suite struct SpecExampleTests {
    @Test func rebuildsTheSpecCredentialAndJWTByteForByte() throws {
        let built = try SpecExamples.fireSafety().json()
        let specCredential = try JSONValue.parse(Fixtures.text("spec/carepath-fire-safety.credential.json"))
        #expect(JSONValue.object(built) == specCredential)
        #expect(try SpecExamples.signedFireSafety() == Fixtures.text("spec/carepath-fire-safety.vc-jwt.txt"))
        let jws = try CompactJWS(parsing: SpecExamples.signedFireSafety(), maximumLength: 10_000)
        #expect(try jws.payloadObject().serialized == (try Fixtures.text("spec/carepath-fire-safety.payload.json")))
    }

    @Test func reSignsTheSpecStatusListByteForByte() throws {
        let unsigned = try JSONValue.parse(Fixtures.text("spec/status-list.credential.json")).objectValue!
        let token = try TestWorld.issuerSigner1.sign(
            credential: unsigned, issuedAt: Date(timeIntervalSince1970: 1_741_910_400))
        #expect(token == (try Fixtures.text("spec/status-list.vc-jwt.txt")))
    }

    @Test func rebuildsTheSpecPresentationByteForByte() throws {
        let token = try TestWorld.workerSigner.signPresentation(
            credentials: [Fixtures.text("spec/carepath-fire-safety.vc-jwt.txt")],
            audience: TestWorld.verifierDID, nonce: SpecExamples.nonce, issuedAt: SpecExamples.presentedAt)
        #expect(token == (try Fixtures.text("spec/presentation.vp-jwt.txt")))
    }

    @Test(arguments: [
        ("2025-03-11T23:59:59Z", CredentialVerdict.Outcome.notYetValid),
        ("2025-03-12T00:00:00Z", .valid),
        ("2026-12-10T12:00:00Z", .valid),
        ("2026-12-11T00:00:00Z", .expiringSoon),
        ("2027-03-11T23:59:59Z", .expiringSoon),
        ("2027-03-12T00:00:00Z", .expired),
        ("2030-01-01T00:00:00Z", .expired),
    ])
    func givesTheSpecVerdictOnEachDate(now: String, expected: CredentialVerdict.Outcome) throws {
        let token = try Fixtures.text("spec/carepath-fire-safety.vc-jwt.txt")
        let verdict = try SpecExamples.verifier().verify(token, at: TestWorld.date(now))
        #expect(verdict.outcome == expected, "\(verdict)")
        #expect(verdict.details.lastValidDay == TestWorld.day("2027-03-11"))
        #expect(verdict.details.achievementCode == "CSTF-FIRE-L1")
    }

    @Test func theSpecListRevokesACopyAtPosition12345() throws {
        let verdict = try SpecExamples.verifier().verify(
            SpecExamples.signedFireSafety(statusIndex: 12_345), at: TestWorld.date("2025-07-03T10:05:00Z"))
        #expect(verdict.outcome == .revoked)
        #expect(verdict.reason.contains("revoked"))
    }

    @Test func theSpecPresentationVerifiesOnlyForItsAudienceNonceAndTime() throws {
        let token = try Fixtures.text("spec/presentation.vp-jwt.txt")
        let verifier = PresentationVerifier(
            credentialVerifier: try SpecExamples.verifier(), audience: TestWorld.verifierDID)
        let at1005 = TestWorld.date("2025-07-03T10:05:00Z")
        let presentation = try verifier.verify(token, expectedNonce: SpecExamples.nonce, at: at1005)
        #expect(presentation.holder == TestWorld.workerDID)
        #expect(presentation.credentials.map(\.outcome) == [.valid])

        var elsewhere = verifier
        elsewhere.audience = "did:web:carepath.example:issuers:another-home"
        #expect(throws: PresentationProblem.wrongAudience(found: TestWorld.verifierDID)) {
            try elsewhere.verify(token, expectedNonce: SpecExamples.nonce, at: at1005)
        }
        #expect(throws: PresentationProblem.wrongNonce) {
            try verifier.verify(token, expectedNonce: "AAAAAAAAAAAAAAAAAAAAAA", at: at1005)
        }
        #expect(throws: PresentationProblem.expired) {
            try verifier.verify(token, expectedNonce: SpecExamples.nonce, at: TestWorld.date("2025-07-03T10:10:00Z"))
        }
    }

    @Test func theUnsignedOB3ExamplePassesTheShapeChecks() throws {
        for file in ["spec/ob3-fire-safety-credential.unsigned.json", "spec/carepath-fire-safety.credential.json"] {
            let credential = try JSONValue.parse(Fixtures.text(file)).objectValue!
            #expect(CredentialShape.problems(in: credential) == [])
        }
    }

    @Test func theSpecDIDDocumentRoundTrips() throws {
        let text = try Fixtures.text("spec/issuer-did.json")
        let document = try DIDDocument(jsonText: text)
        #expect(document.assertionKey(for: TestWorld.issuerDID + "#key-1") == TestKeys.issuerKey1.publicKey)
        #expect(JSONValue.object(document.json) == (try JSONValue.parse(text)))
        let built = DIDDocument.issuer(did: TestWorld.issuerDID, keys: [("key-1", TestKeys.issuerKey1.publicKey)])
        #expect(built == document)
    }
}
