import Foundation
import Testing

@testable import Passport

/// Golden files: fixed keys and clock give fixed bytes. Set PASSPORT_WRITE_GOLDEN=1 to rewrite them
/// after a deliberate format change (then review the diff and rerun).
@Suite struct GoldenFixtureTests {
    @Test func goldenFilesMatchTheCodeByteForByte() throws {
        let files = GoldenWorld.files
        if ProcessInfo.processInfo.environment["PASSPORT_WRITE_GOLDEN"] == "1" {
            let folder = Fixtures.sourceFolder().appendingPathComponent("golden")
            for (path, contents) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data((contents + "\n").utf8).write(to: url)
            }
            return
        }
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            #expect(try Fixtures.text("golden/" + path) == contents, "golden/\(path) differs")
        }
    }

    @Test(arguments: GoldenWorld.credentials.map(\.file))
    func eachGoldenCredentialGetsItsExpectedVerdict(file: String) throws {
        let credential = try #require(GoldenWorld.credentials.first { $0.file == file })
        let verdict = GoldenWorld.verifier.verify(credential.token, at: GoldenWorld.verifiedAt)
        #expect(verdict.outcome == credential.expected, "\(verdict)")
        #expect(!verdict.reason.isEmpty)
    }

    @Test func theGoldenPresentationVerifies() throws {
        let verifier = PresentationVerifier(credentialVerifier: GoldenWorld.verifier, audience: TestWorld.verifierDID)
        let result = try verifier.verify(
            GoldenWorld.presentation, expectedNonce: GoldenWorld.nonce, at: GoldenWorld.verifiedAt)
        #expect(result.credentials.map(\.outcome) == [.valid, .valid, .valid])
        #expect(result.holder == TestWorld.workerDID)
    }

    @Test func theGoldenTrustListVerifiesWithTheOperatorDocument() throws {
        let token = try Fixtures.text("golden/trust-list.jwt")
        #expect(try TrustList.verify(token, operatorDocument: GoldenWorld.operatorDocument) == TestWorld.trustList)
    }

    @Test func attestationsCarryNoContent() throws {
        let dbs = try #require(GoldenWorld.credentials.first { $0.file == "dbs-check.vc-jwt" })
        let payload = try CompactJWS(parsing: dbs.token, maximumLength: 10_000).payloadObject()
        let check = try #require(payload["credentialSubject"]?["checkAttestation"]?.objectValue)
        #expect(
            check.keys.sorted() == [
                "barredListsChecked", "certificateIssuedOn", "checkType", "checkedOn", "level",
                "originalCertificateSeen",
                "updateServiceSubscribed", "workforce",
            ])
        #expect(payload["validUntil"] == nil)
        #expect(payload["credentialSubject"]?["achievement"]?["humanCode"] == "CHECK-DBS")
    }
}
