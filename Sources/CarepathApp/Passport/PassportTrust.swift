import Fluent
import Foundation
import Passport

/// What Carepath publishes for verifiers, read from the issuers and keys it holds: DID documents,
/// the trust list, and a verifier that trusts exactly that.
struct PassportTrust: Sendable {
    /// An issuer with every key it has had, oldest first.
    struct Issuer: Sendable {
        var entity: PassportIssuerEntity
        var keys: [PassportIssuerKeyEntity]

        /// Its DID document, listing rotated-out keys too so what they signed still verifies.
        func document() throws -> DIDDocument {
            DIDDocument.issuer(
                did: entity.did,
                keys: try keys.map { key in ("key-\(key.number)", try Self.publicKey(key)) })
        }

        /// Its trust-list entry: each key with the window it signed in.
        func trusted() throws -> TrustedIssuer {
            TrustedIssuer(
                did: entity.did, name: entity.name, kind: TrustedIssuer.Kind(rawValue: entity.kind) ?? .employer,
                achievements: entity.achievements.split(separator: " ").map(String.init),
                keys: try keys.map { key in
                    TrustedIssuer.Key(
                        keyID: "\(entity.did)#key-\(key.number)", publicKey: try Self.publicKey(key),
                        validFrom: key.validFrom, validUntil: key.validUntil)
                })
        }

        static func publicKey(_ key: PassportIssuerKeyEntity) throws -> Ed25519PublicKey {
            try Ed25519PublicKey(jwk: ["kty": "OKP", "crv": "Ed25519", "x": .string(key.publicKey)])
        }
    }

    var issuers: [Issuer]
    var now: Date

    /// Loads every issuer and key.
    static func load(on database: any Database, now: Date) async throws -> PassportTrust {
        let keys = Dictionary(
            grouping: try await PassportIssuerKeyEntity.query(on: database).sort(\.$number).all(), by: \.issuerID)
        let issuers = try await PassportIssuerEntity.query(on: database).sort(\.$createdAt).all()
        return PassportTrust(
            issuers: issuers.map { Issuer(entity: $0, keys: keys[$0.id!] ?? []) }, now: now)
    }

    /// The trust list. Its version counts the keys ever published, which grows with every new issuer
    /// and every rotation, the two changes that alter it.
    func trustList() throws -> TrustList {
        TrustList(
            version: issuers.reduce(0) { $0 + $1.keys.count }, issued: now,
            nextUpdate: now.addingTimeInterval(86_400), issuers: try issuers.map { try $0.trusted() })
    }

    /// The issuer whose DID is `did`.
    func issuer(did: String) -> Issuer? { issuers.first { $0.entity.did == did } }

    /// The issuer published under `slug`.
    func issuer(slug: String) -> Issuer? { issuers.first { $0.entity.slug == slug } }

    /// A verifier that trusts Carepath's issuers and reads status from `statusLists` (URL → bits).
    func verifier(
        statusLists: [String: BitstringStatusList], policy: VerificationPolicy = VerificationPolicy()
    ) throws -> CredentialVerifier {
        CredentialVerifier(
            trustList: try trustList(),
            documents: .documents(try issuers.map { try $0.document() }),
            statusLists: .sources(statusLists.mapValues { .bitstring($0) }),
            policy: policy)
    }
}
