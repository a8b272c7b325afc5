import Fluent
import Foundation
import Identity
import SQLKit

/// One consent, as the sharing page lists it.
struct ConsentRow: Sendable, Equatable {
    var id: UUID
    var grantee: String
    var purpose: ConsentPurpose
    var validFrom: Date
    var validUntil: Date
    var revokedAt: Date?

    /// In force at `now`, by the policy's own rule.
    func isActive(at now: Date) -> Bool {
        ProviderAccessFacts.Consent(
            granteeID: id, purpose: purpose, validFrom: validFrom, validUntil: validUntil, revokedAt: revokedAt
        ).isActive(at: now)
    }
}

/// The organisation's link to its parent, as the sharing page shows it.
struct ParentLinkRow: Sendable, Equatable {
    var id: UUID
    var parent: String
    var dataOwner: DataOwner
    var sharing: SharingLevel
}

/// One member, as the people page lists them.
struct MemberRow: Sendable, Equatable {
    var id: UUID
    var name: String
    var email: String
    var role: MemberRole
    var hasTwoFactor: Bool
}

/// An invitation not yet accepted, as the people page lists it.
struct PendingInvitationRow: Sendable, Equatable {
    var id: UUID
    var email: String
    var role: String
    var expiresAt: Date
}

/// Reads a provider's consents, parent link, members and pending invitations.
struct SharingRepository {
    var database: any Database

    func consents(of organisationID: UUID) async throws -> [ConsentRow] {
        try await database.sql.raw(
            """
            SELECT c.id, o.name, c.purpose, c.valid_from, c.valid_until, c.revoked_at FROM consents c
            JOIN organisations o ON o.id = c.grantee_id WHERE c.organisation_id = \(bind: organisationID)
            ORDER BY c.valid_from DESC
            """
        ).all().compactMap { row in
            guard let purpose = ConsentPurpose(rawValue: try row.decode(column: "purpose", as: String.self)) else {
                return nil
            }
            return ConsentRow(
                id: try row.decode(column: "id", as: UUID.self),
                grantee: try row.decode(column: "name", as: String.self),
                purpose: purpose, validFrom: try row.decode(column: "valid_from", as: Date.self),
                validUntil: try row.decode(column: "valid_until", as: Date.self),
                revokedAt: try row.decode(column: "revoked_at", as: Date?.self))
        }
    }

    func parentLink(of organisationID: UUID) async throws -> ParentLinkRow? {
        guard
            let link = try await OrganisationLinkEntity.query(on: database).filter(\.$subsidiaryID == organisationID)
                .filter(\.$removedAt == nil).first(),
            let parent = try await OrganisationEntity.find(link.parentID, on: database),
            let owner = DataOwner(rawValue: link.dataOwner), let sharing = SharingLevel(rawValue: link.sharing)
        else { return nil }
        return ParentLinkRow(id: try link.requireID(), parent: parent.name, dataOwner: owner, sharing: sharing)
    }

    /// Councils and regions a consent can name.
    func grantees() async throws -> [(id: UUID, name: String)] {
        try await OrganisationEntity.query(on: database)
            .filter(\.$kind ~~ [OrganisationKind.council.rawValue, OrganisationKind.region.rawValue])
            .sort(\.$name).all().map { (try $0.requireID(), $0.name) }
    }

    func members(of organisationID: UUID) async throws -> [MemberRow] {
        try await database.sql.raw(
            """
            SELECT m.id, u.display_name, u.email, m.role, u.totp_secret FROM memberships m
            JOIN users u ON u.id = m.user_id WHERE m.organisation_id = \(bind: organisationID) ORDER BY u.display_name
            """
        ).all().compactMap { row in
            guard let role = MemberRole(rawValue: try row.decode(column: "role", as: String.self)) else { return nil }
            return MemberRow(
                id: try row.decode(column: "id", as: UUID.self),
                name: try row.decode(column: "display_name", as: String.self),
                email: try row.decode(column: "email", as: String.self), role: role,
                hasTwoFactor: try row.decode(column: "totp_secret", as: Data?.self) != nil)
        }
    }

    /// Invitations to the organisation that are unused and unexpired.
    func pendingInvitations(of organisationID: UUID, now: Date) async throws -> [PendingInvitationRow] {
        try await AccountLinkEntity.query(on: database).filter(\.$kind == AccountLinkKind.invitation.rawValue)
            .filter(\.$organisationID == organisationID).filter(\.$usedAt == nil).filter(\.$expiresAt > now)
            .sort(\.$createdAt).all().map {
                PendingInvitationRow(
                    id: try $0.requireID(), email: $0.email, role: $0.role ?? "viewer", expiresAt: $0.expiresAt)
            }
    }
}
