import Foundation

@testable import Passport

/// A small, fully deterministic passport world (fixed keys, seeded ids, fixed clock) whose artefacts are
/// committed under `Fixtures/golden/` and read by `scripts/verify_passport.py`.
enum GoldenWorld {
    struct Credential {
        let file: String
        let token: String
        let expected: CredentialVerdict.Outcome
        /// The status value the list holds at the credential's position.
        let status: Int
    }

    static let verifiedAt = TestWorld.date("2025-07-03T10:05:00Z")
    static let presentedAt = TestWorld.date("2025-07-03T10:00:00Z")
    static let sunrise = IssuerProfile(did: TestWorld.issuerDID, name: "Sunrise Care Group")
    static let trainer = IssuerProfile(did: TestWorld.trainerDID, name: "Bright Training Ltd")
    static let revocationList = TestWorld.statusListURL
    static let messageList = "https://carepath.example/status/sunrise-care-group/messages/1"
    static let trainerList = "https://carepath.example/status/bright-training/1"
    static let operatorDocument = DIDDocument.issuer(
        did: TestWorld.operatorDID, keys: [("key-1", TestKeys.operatorKey.publicKey)])
    static let trainerDocument = DIDDocument.issuer(
        did: TestWorld.trainerDID, keys: [("key-1", TestKeys.trainerKey.publicKey)], representation: .multikey)
    static let revokedIndex = 77_777
    static let suspendedIndex = 300

    static let credentials: [Credential] = {
        var ids = SplitMix64(seed: 2025)
        func training(
            _ file: String, _ code: String, completed: String, awarded: String, signer: PassportSigner,
            issuer: IssuerProfile = sunrise, status: StatusListEntry, expected: CredentialVerdict.Outcome,
            statusValue: Int = 0
        ) -> Credential {
            let credential = TrainingCredential(
                id: UUID.version4(using: &ids), issuer: issuer, subject: TestWorld.workerDID,
                achievement: TestWorld.catalogueItem(code).achievement(baseURL: TestWorld.baseURL),
                completedOn: TestWorld.day(completed), awardedAt: TestWorld.date(awarded), status: status)
            let token = try! signer.sign(credential: credential.json(), issuedAt: TestWorld.date(awarded))
            return Credential(file: file, token: token, expected: expected, status: statusValue)
        }
        func attestation(_ file: String, _ check: EmploymentCheck, index: Int) -> Credential {
            let attestation = CheckAttestation(
                id: UUID.version4(using: &ids), issuer: sunrise, subject: TestWorld.workerDID, check: check,
                checkedOn: TestWorld.day("2025-06-10"), awardedAt: TestWorld.date("2025-06-11T08:00:00Z"),
                status: StatusListEntry(listURL: revocationList, index: index), baseURL: TestWorld.baseURL)
            let token = try! TestWorld.issuerSigner2.sign(
                credential: attestation.json(), issuedAt: TestWorld.date("2025-06-11T08:00:00Z"))
            return Credential(file: file, token: token, expected: .valid, status: 0)
        }
        let key1 = TestWorld.issuerSigner1
        let key2 = TestWorld.issuerSigner2
        func entry(_ index: Int) -> StatusListEntry { StatusListEntry(listURL: revocationList, index: index) }
        return [
            training(
                "fire-safety.vc-jwt", "CSTF-FIRE-L1", completed: "2025-06-20", awarded: "2025-06-21T10:00:00Z",
                signer: key2, status: entry(4_242), expected: .valid),
            training(
                "moving-handling-old-key.vc-jwt", "CSTF-MH-L1", completed: "2025-02-10",
                awarded: "2025-02-11T09:00:00Z", signer: key1, status: entry(101_010), expected: .valid),
            training(
                "infection-control-revoked.vc-jwt", "CSTF-IPC-L2", completed: "2025-06-02",
                awarded: "2025-06-02T15:00:00Z", signer: key2, status: entry(revokedIndex), expected: .revoked,
                statusValue: 1),
            training(
                "infection-control-expired.vc-jwt", "CSTF-IPC-L2", completed: "2024-05-01",
                awarded: "2025-02-01T12:00:00Z", signer: key1, status: entry(65_000), expected: .expired),
            training(
                "care-certificate.vc-jwt", "CC-2025", completed: "2025-05-30", awarded: "2025-06-05T09:00:00Z",
                signer: key2, status: entry(12), expected: .valid),
            training(
                "medication-suspended.vc-jwt", "MED-ADMIN", completed: "2025-06-15", awarded: "2025-06-16T09:00:00Z",
                signer: key2, status: .suspendable(listURL: messageList, index: suspendedIndex), expected: .suspended,
                statusValue: 1),
            training(
                "first-aid-training-provider.vc-jwt", "FA-EFAW", completed: "2025-04-01",
                awarded: "2025-04-02T09:00:00Z", signer: TestWorld.trainerSigner, issuer: trainer,
                status: StatusListEntry(listURL: trainerList, index: 999), expected: .valid),
            attestation(
                "dbs-check.vc-jwt",
                .dbs(
                    DBSCheck(
                        level: .enhancedWithBarredLists, workforce: .adult, barredListsChecked: [.adults],
                        certificateIssuedOn: TestWorld.day("2025-05-20"), updateServiceSubscribed: true)),
                index: 5_150),
            attestation(
                "right-to-work.vc-jwt", .rightToWork(role: .careOrSupportWorker, confirmed: true), index: 6_001),
            attestation("occupational-health.vc-jwt", .occupationalHealth(role: .careOrSupportWorker), index: 6_002),
        ]
    }()

    static let statusLists: [(url: String, file: String, statusSize: Int, token: String)] = {
        let published = TestWorld.date("2025-07-01T00:00:00Z")
        var revocations = BitstringStatusList()
        try! revocations.set(revokedIndex)
        var messages = BitstringStatusList(statusSize: 2)
        try! messages.setStatus(1, at: suspendedIndex)
        let lists = [
            (
                revocationList, "sunrise-care-group-1.vc-jwt", StatusPurpose.revocation, revocations,
                TestWorld.issuerSigner2
            ),
            (messageList, "sunrise-care-group-messages-1.vc-jwt", .message, messages, TestWorld.issuerSigner2),
            (trainerList, "bright-training-1.vc-jwt", .revocation, BitstringStatusList(), TestWorld.trainerSigner),
        ]
        return lists.map { url, file, purpose, list, signer in
            let credential = StatusListCredential(
                url: url, issuer: signer.did!, purpose: purpose, validFrom: published, list: list)
            return (url, file, list.statusSize, try! signer.sign(statusList: credential, issuedAt: published))
        }
    }()

    static let nonce: String = {
        var generator = SplitMix64(seed: 703)
        return Presentation.makeNonce(using: &generator)
    }()

    static let presentation: String = {
        let shared = credentials.filter {
            ["fire-safety.vc-jwt", "care-certificate.vc-jwt", "dbs-check.vc-jwt"].contains($0.file)
        }
        return try! TestWorld.workerSigner.signPresentation(
            credentials: shared.map(\.token), audience: TestWorld.verifierDID, nonce: nonce, issuedAt: presentedAt)
    }()

    static var documents: [DIDDocument] { [TestWorld.issuerDocument, trainerDocument] }

    static var verifier: CredentialVerifier {
        var sources: [String: StatusListSource] = [:]
        for list in statusLists { sources[list.url] = .credential(list.token) }
        return CredentialVerifier(
            trustList: TestWorld.trustList, documents: .documents(documents), statusLists: .sources(sources))
    }
}
