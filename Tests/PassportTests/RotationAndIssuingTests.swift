import Foundation
import Testing

@testable import Passport

@Suite struct RotationAndIssuingTests {
    @Test func theDIDDocumentKeepsRotatedKeysSoOldCredentialsVerify() throws {
        let document = try DIDDocument(jsonText: TestWorld.issuerDocument.json.serialized)
        #expect(document.assertionMethod == [TestWorld.issuerDID + "#key-1", TestWorld.issuerDID + "#key-2"])
        #expect(document.assertionKey(for: TestWorld.issuerDID + "#key-1") == TestKeys.issuerKey1.publicKey)
        let multikey = DIDDocument.issuer(
            did: TestWorld.issuerDID, keys: [("key-1", TestKeys.issuerKey1.publicKey)], representation: .multikey)
        let method = try #require(multikey.json["verificationMethod"]?.arrayValue?.first?.objectValue)
        #expect(method["publicKeyMultibase"]?.stringValue == TestKeys.issuerKey1.publicKey.multibase)
        #expect(try DIDDocument(json: multikey.json) == multikey)
        let old = GoldenWorld.credentials.first { $0.file == "moving-handling-old-key.vc-jwt" }!
        #expect(GoldenWorld.verifier.verify(old.token, at: GoldenWorld.verifiedAt).outcome == .valid)
    }

    @Test func aKeyMissingFromTheSuppliedDocumentIsUntrusted() {
        var verifier = GoldenWorld.verifier
        let onlyKey2 = DIDDocument.issuer(did: TestWorld.issuerDID, keys: [("key-2", TestKeys.issuerKey2.publicKey)])
        verifier.documents = .documents([onlyKey2])
        let old = GoldenWorld.credentials.first { $0.file == "moving-handling-old-key.vc-jwt" }!
        #expect(verifier.verify(old.token, at: GoldenWorld.verifiedAt).outcome == .untrustedIssuer)
        var swapped = onlyKey2
        swapped.verificationMethods[0].publicKey = TestKeys.rogueKey.publicKey
        verifier.documents = .documents([swapped])
        #expect(
            verifier.verify(GoldenWorld.credentials[0].token, at: GoldenWorld.verifiedAt).outcome == .untrustedIssuer)
    }

    @Test func expiryFollowsTheCatalogueUnlessOverridden() throws {
        var credential = SpecExamples.fireSafety()
        #expect(try credential.expiryDate() == TestWorld.day("2027-03-12"))
        credential.expiry = .refreshMonths(12)
        #expect(try credential.expiryDate() == TestWorld.day("2026-03-12"))
        credential.expiry = .on(TestWorld.day("2025-12-31"))
        #expect(try credential.json()["validUntil"] == "2025-12-31T00:00:00Z")
        credential.expiry = .never
        #expect(try credential.json()["validUntil"] == nil)
        credential.expiry = .on(TestWorld.day("2025-03-12"))
        #expect(throws: CredentialBuildError.self) { try credential.json() }
        credential.expiry = .refreshMonths(0)
        #expect(throws: CredentialBuildError.invalidRefreshMonths(0)) { try credential.json() }
        credential.expiry = .catalogue
        credential.subject = "Jane Smith"
        #expect(throws: CredentialBuildError.subjectNotDIDKey("Jane Smith")) { try credential.json() }
    }

    @Test func onceOnlyAchievementsHaveNoValidUntil() throws {
        let token = GoldenWorld.credentials.first { $0.file == "care-certificate.vc-jwt" }!.token
        let payload = try CompactJWS(parsing: token, maximumLength: 10_000).payloadObject()
        #expect(payload["validUntil"] == nil)
        let verdict = GoldenWorld.verifier.verify(token, at: TestWorld.date("2060-01-01T00:00:00Z"))
        #expect(verdict.outcome == .valid)
    }

    @Test func theSignerRefusesAKeyThatIsNotTheIssuers() throws {
        let credential = try SpecExamples.fireSafety().json()
        #expect(
            throws: SigningError.keyDoesNotBelongToIssuer(
                keyID: TestWorld.trainerDID + "#key-1", issuer: TestWorld.issuerDID)
        ) {
            try TestWorld.trainerSigner.sign(credential: credential, issuedAt: SpecExamples.issuedAt)
        }
    }

    @Test func theExpiringWindowIsConfigurable() throws {
        let token = try Fixtures.text("spec/carepath-fire-safety.vc-jwt.txt")
        let at = TestWorld.date("2027-01-20T12:00:00Z")
        #expect(try SpecExamples.verifier().verify(token, at: at).outcome == .expiringSoon)
        let thirtyDays = try SpecExamples.verifier(policy: VerificationPolicy(expiringWindowDays: 30))
        #expect(thirtyDays.verify(token, at: at).outcome == .valid)
    }

    @Test func uuidsAreVersion4() {
        var generator = SplitMix64(seed: 4)
        let id = UUID.version4(using: &generator).uuidString
        #expect(Array(id)[14] == "4")
        #expect("89AB".contains(Array(id)[19]))
    }
}
