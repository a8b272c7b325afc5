import Foundation
import Testing

@testable import Passport

@Suite struct PresentationTests {
    static let verifier = PresentationVerifier(
        credentialVerifier: GoldenWorld.verifier, audience: TestWorld.verifierDID)
    static let now = GoldenWorld.verifiedAt

    func present(
        _ files: [String], signer: PassportSigner = TestWorld.workerSigner, audience: String = TestWorld.verifierDID,
        nonce: String = GoldenWorld.nonce
    ) throws -> String {
        let tokens = GoldenWorld.credentials.filter { files.contains($0.file) }.map(\.token)
        return try signer.signPresentation(
            credentials: tokens, audience: audience, nonce: nonce, issuedAt: GoldenWorld.presentedAt)
    }

    @Test func givesOneVerdictPerCredentialInOrder() throws {
        let token = try present(GoldenWorld.credentials.map(\.file))
        let result = try Self.verifier.verify(token, expectedNonce: GoldenWorld.nonce, at: Self.now)
        #expect(result.credentials.map(\.outcome) == GoldenWorld.credentials.map(\.expected))
        #expect(result.issuedAt == GoldenWorld.presentedAt)
    }

    @Test func aReplayedPresentationIsRefused() throws {
        let token = GoldenWorld.presentation
        var other = Self.verifier
        other.audience = "did:web:carepath.example:issuers:another-home"
        #expect(throws: PresentationProblem.wrongAudience(found: TestWorld.verifierDID)) {
            try other.verify(token, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
        #expect(throws: PresentationProblem.wrongNonce) {
            try Self.verifier.verify(token, expectedNonce: "a-fresh-challenge-0000", at: Self.now)
        }
        #expect(throws: PresentationProblem.wrongNonce) {
            try Self.verifier.verify(token, expectedNonce: "", at: Self.now)
        }
        #expect(throws: PresentationProblem.expired) {
            try Self.verifier.verify(
                token, expectedNonce: GoldenWorld.nonce, at: GoldenWorld.presentedAt.addingTimeInterval(600))
        }
        #expect(throws: PresentationProblem.issuedInFuture) {
            try Self.verifier.verify(
                token, expectedNonce: GoldenWorld.nonce, at: GoldenWorld.presentedAt.addingTimeInterval(-120))
        }
    }

    @Test func someoneElsesCredentialBreaksHolderBinding() throws {
        let otherWorker = PassportSigner.holder(key: TestKeys.otherWorkerKey)
        let token = try present(["fire-safety.vc-jwt"], signer: otherWorker)
        #expect(throws: PresentationProblem.holderMismatch(credentialIndex: 0)) {
            try Self.verifier.verify(token, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
    }

    @Test func refusesForgedOrMalformedPresentations() throws {
        let token = GoldenWorld.presentation
        let retargeted = Tamper.payload(token) { $0["aud"] = "did:web:somewhere-else" }
        #expect(throws: PresentationProblem.self) {
            try Self.verifier.verify(retargeted, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
        let otherHolder = Tamper.header(token) {
            $0["kid"] = .string(DIDKey.verificationMethodID(for: TestKeys.otherWorkerKey.publicKey))
        }
        #expect(throws: PresentationProblem.badSignature("the signature does not match the holder's key")) {
            try Self.verifier.verify(otherHolder, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
        let asCredential = GoldenWorld.credentials[0].token
        #expect(throws: PresentationProblem.self) {
            try Self.verifier.verify(asCredential, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
        let none = Tamper.header(token) { $0["alg"] = "none" }
        #expect(throws: PresentationProblem.badSignature(JWSError.unsupportedAlgorithm("none").description)) {
            try Self.verifier.verify(none, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
        let huge = String(repeating: "A", count: 2_000_000)
        #expect(throws: PresentationProblem.malformed(JWSError.tooLarge(limit: 1_048_576).description)) {
            try Self.verifier.verify(huge, expectedNonce: GoldenWorld.nonce, at: Self.now)
        }
    }

    @Test func onlyAWorkersDIDKeyCanSignAPresentation() {
        #expect(throws: SigningError.self) {
            try TestWorld.issuerSigner2.signPresentation(
                credentials: [], audience: TestWorld.verifierDID, nonce: "n", issuedAt: GoldenWorld.presentedAt)
        }
    }

    @Test func noncesAre128RandomBits() {
        var generator = SplitMix64(seed: 1)
        let first = Presentation.makeNonce(using: &generator)
        let second = Presentation.makeNonce(using: &generator)
        #expect(first.count == 22)
        #expect(first != second)
        #expect(Base64URL.decode(first)?.count == 16)
    }
}
