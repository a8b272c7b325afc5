import Fluent
import Foundation
import Identity
import Passport

/// Makes and finds issuers: Carepath itself and each organisation that signs credentials. Each
/// issuer starts with one sealed Ed25519 key and an empty status list, made in one transaction.
struct PassportIssuers {
    var database: any Database
    var settings: PassportSettings
    var now: Date

    /// The slug and DID Carepath itself signs as (the trust list and command-line credentials).
    static let platformSlug = "carepath-platform"

    /// Carepath's own issuer, made on first use.
    func platform() async throws -> PassportIssuerEntity {
        if let found = try await PassportIssuerEntity.query(on: database).filter(\.$slug == Self.platformSlug).first() {
            return found
        }
        return try await create(
            slug: Self.platformSlug, did: settings.platformDID, name: "Carepath", kind: .employer,
            achievements: ["*"], organisationID: nil)
    }

    /// The organisation's issuer, made on first use: employers may issue the catalogue's training and
    /// attest checks they made; training providers may issue the training only. Neither may issue
    /// qualifications awarded by others.
    func issuer(for organisation: OrganisationEntity) async throws -> PassportIssuerEntity {
        let organisationID = try organisation.requireID()
        if let found = try await existing(organisationID: organisationID) { return found }
        let slug = Self.slug(organisation.reference)
        let kind: TrustedIssuer.Kind =
            organisation.kind == OrganisationKind.trainingProvider.rawValue
            ? .trainingProvider : .employer
        return try await create(
            slug: slug, did: DIDWeb.issuerDID(host: settings.host, organisationSlug: slug), name: organisation.name,
            kind: kind,
            achievements: Self.trainingAchievements + (kind == .employer ? Self.checkAttestations : []),
            organisationID: organisationID)
    }

    /// The organisation's issuer if it has one.
    func existing(organisationID: UUID) async throws -> PassportIssuerEntity? {
        try await PassportIssuerEntity.query(on: database).filter(\.$organisationID == organisationID).first()
    }

    /// The training employers and training providers may issue: the catalogue's, but not the Level 2
    /// Adult Social Care Certificate, which an awarding body awards.
    static let trainingAchievements = ["CSTF-*", "OMMT-*", "CC-*", "MED-ADMIN", "FA-*", "FOOD-HYG", "SFC-*"]
    /// The checks an employer attests (DBS seen, right to work, occupational health).
    static let checkAttestations = ["CHECK-*"]

    /// A URL- and DID-safe form of an organisation reference.
    static func slug(_ reference: String) -> String {
        let lowered = reference.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }

    private func create(
        slug: String, did: String, name: String, kind: TrustedIssuer.Kind, achievements: [String],
        organisationID: UUID?
    ) async throws -> PassportIssuerEntity {
        let issuer = PassportIssuerEntity()
        issuer.id = UUID()
        issuer.organisationID = organisationID
        issuer.slug = slug
        issuer.did = did
        issuer.baseURL = settings.baseURL
        issuer.name = name
        issuer.kind = kind.rawValue
        issuer.achievements = achievements.joined(separator: " ")
        issuer.createdAt = now
        do {
            try await database.transaction { transaction in
                try await issuer.create(on: transaction)
                let key = try await PassportKeyring(database: transaction, settings: settings, now: now)
                    .addKey(to: issuer)
                try await PassportStatusLists(database: transaction, now: now).create(
                    number: 1, issuer: issuer, signer: key)
            }
        } catch {
            // Two requests may race to make the same issuer; the loser uses the winner's.
            if let winner = try await PassportIssuerEntity.query(on: database).filter(\.$slug == slug).first() {
                return winner
            }
            throw error
        }
        return issuer
    }
}
