import Foundation

@testable import Passport

/// The spec's example credential rebuilt from its facts, and the verifier the spec's outcomes assume.
enum SpecExamples {
    static let credentialID = UUID(uuidString: "3b7f6c1e-9a52-4d0b-8f21-6c4e2a9d7b10")!
    static let issuedAt = TestWorld.date("2025-03-14T09:30:00Z")
    static let nonce = "q3Z8m0VfT2yJd1bK6wXc4A"
    static let presentedAt = TestWorld.date("2025-07-03T10:00:00Z")

    static func fireSafety(statusIndex: Int = 94_567) -> TrainingCredential {
        var achievement = TestWorld.catalogueItem("CSTF-FIRE-L1").achievement(baseURL: TestWorld.baseURL)
        // The spec's example has hand-written description text; everything else is derived.
        achievement.description = "Fire safety awareness aligned to the Core Skills Training Framework, level 1."
        return TrainingCredential(
            id: credentialID, issuer: IssuerProfile(did: TestWorld.issuerDID, name: "Sunrise Care Group"),
            subject: TestWorld.workerDID, achievement: achievement, completedOn: TestWorld.day("2025-03-12"),
            awardedAt: issuedAt, status: StatusListEntry(listURL: TestWorld.statusListURL, index: statusIndex))
    }

    static func signedFireSafety(statusIndex: Int = 94_567) throws -> String {
        try TestWorld.issuerSigner1.sign(credential: fireSafety(statusIndex: statusIndex).json(), issuedAt: issuedAt)
    }

    static func verifier(policy: VerificationPolicy = VerificationPolicy()) throws -> CredentialVerifier {
        let statusList = try Fixtures.text("spec/status-list.vc-jwt.txt")
        let document = try DIDDocument(jsonText: Fixtures.text("spec/issuer-did.json"))
        return CredentialVerifier(
            trustList: TestWorld.specTrustList, documents: .documents([document]),
            statusLists: .sources([TestWorld.statusListURL: .credential(statusList)]), policy: policy)
    }
}
