import Crypto
import Foundation

@testable import Passport

/// The spec's test keys and a few more made the same way (seed = SHA-256 of a label). Never use
/// outside tests.
enum TestKeys {
    static func seed(_ label: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(label.utf8)))
    }

    /// The spec's issuer key: seed = SHA-256("carepath-example-issuer-key-1").
    static let issuerKey1 = try! Ed25519SigningKey(seed: seed("carepath-example-issuer-key-1"))
    /// The issuer's rotated-in key.
    static let issuerKey2 = try! Ed25519SigningKey(seed: seed("carepath-example-issuer-key-2"))
    /// The trust-list operator's key.
    static let operatorKey = try! Ed25519SigningKey(seed: seed("carepath-example-trust-operator-key-1"))
    /// A second, independent training provider.
    static let trainerKey = try! Ed25519SigningKey(seed: seed("carepath-example-training-provider-key-1"))
    /// An issuer that is not on the trust list.
    static let rogueKey = try! Ed25519SigningKey(seed: seed("carepath-example-rogue-issuer-key-1"))
    /// The W3C vc-di-eddsa test key pair: the worker of the spec examples.
    static let workerKey = try! Ed25519SigningKey(
        seed: Base58BTC.decode("3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")!.dropFirst(2))
    /// Another worker.
    static let otherWorkerKey = try! Ed25519SigningKey(seed: seed("carepath-example-worker-key-2"))
}

/// The fixed identities and clock of the tests.
enum TestWorld {
    static let issuerDID = "did:web:carepath.example:issuers:sunrise-care-group"
    static let trainerDID = "did:web:carepath.example:issuers:bright-training"
    static let rogueDID = "did:web:rogue.example"
    static let operatorDID = "did:web:carepath.example"
    static let verifierDID = "did:web:carepath.example:issuers:meadowbank-homes"
    static let baseURL = "https://carepath.example"
    static let statusListURL = "https://carepath.example/status/sunrise-care-group/1"
    static let workerDID = DIDKey.did(for: TestKeys.workerKey.publicKey)

    static func date(_ text: String) -> Date {
        Timestamp.parse(text)!
    }

    static func day(_ text: String) -> CalendarDate {
        CalendarDate(iso: text)!
    }

    /// The issuer's signers: key-1 (the spec's) and key-2 (rotated in on 2025-06-01).
    static let issuerSigner1 = PassportSigner(key: TestKeys.issuerKey1, keyID: issuerDID + "#key-1")
    static let issuerSigner2 = PassportSigner(key: TestKeys.issuerKey2, keyID: issuerDID + "#key-2")
    static let trainerSigner = PassportSigner(key: TestKeys.trainerKey, keyID: trainerDID + "#key-1")
    static let rogueSigner = PassportSigner(key: TestKeys.rogueKey, keyID: rogueDID + "#key-1")
    static let operatorSigner = PassportSigner(key: TestKeys.operatorKey, keyID: operatorDID + "#key-1")
    static let workerSigner = PassportSigner.holder(key: TestKeys.workerKey)

    static let rotation = date("2025-06-01T00:00:00Z")

    /// The spec's trust list: the issuer with key-1 only, no end date.
    static let specTrustList = TrustList(
        version: 12, issued: date("2025-07-01T00:00:00Z"), nextUpdate: date("2025-07-08T00:00:00Z"),
        issuers: [
            TrustedIssuer(
                did: issuerDID, name: "Sunrise Care Group", kind: .employer, cqcProviderID: "1-101234567",
                cqcLocationIDs: ["1-112345678", "1-123456789"], achievements: ["CSTF-*", "MED-ADMIN", "CC-2025"],
                keys: [
                    TrustedIssuer.Key(
                        keyID: issuerDID + "#key-1", publicKey: TestKeys.issuerKey1.publicKey,
                        validFrom: date("2025-01-01T00:00:00Z"))
                ])
        ])

    /// The rotated world: key-1 retired at `rotation`, key-2 current; a training provider for first aid.
    static let trustList = TrustList(
        version: 13, issued: date("2025-07-01T00:00:00Z"), nextUpdate: date("2025-07-08T00:00:00Z"),
        issuers: [
            TrustedIssuer(
                did: issuerDID, name: "Sunrise Care Group", kind: .employer, cqcProviderID: "1-101234567",
                cqcLocationIDs: ["1-112345678"], achievements: ["CSTF-*", "MED-ADMIN", "CC-2025", "CHECK-*"],
                keys: [
                    TrustedIssuer.Key(
                        keyID: issuerDID + "#key-1", publicKey: TestKeys.issuerKey1.publicKey,
                        validFrom: date("2025-01-01T00:00:00Z"), validUntil: rotation),
                    TrustedIssuer.Key(
                        keyID: issuerDID + "#key-2", publicKey: TestKeys.issuerKey2.publicKey, validFrom: rotation),
                ]),
            TrustedIssuer(
                did: trainerDID, name: "Bright Training Ltd", kind: .trainingProvider, achievements: ["FA-*"],
                keys: [
                    TrustedIssuer.Key(
                        keyID: trainerDID + "#key-1", publicKey: TestKeys.trainerKey.publicKey,
                        validFrom: date("2025-01-01T00:00:00Z"))
                ]),
        ])

    /// The issuer's DID document listing both keys, the retired one first.
    static let issuerDocument = DIDDocument.issuer(
        did: issuerDID,
        keys: [("key-1", TestKeys.issuerKey1.publicKey), ("key-2", TestKeys.issuerKey2.publicKey)])

    static let catalogue: [CatalogueItem] = {
        try! TrainingCatalogue.parse(csv: Fixtures.text("training-catalogue.csv"))
    }()

    static func catalogueItem(_ code: String) -> CatalogueItem {
        catalogue.first { $0.code == code }!
    }
}
