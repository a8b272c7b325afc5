import Fluent
import Foundation
import Identity
import SQLKit

/// Reads and writes people, sessions and tokens.
struct AccountStore {
    var database: any Database

    func user(email: String) async throws -> UserEntity? {
        try await UserEntity.query(on: database).filter(\.$email == Self.normalise(email)).first()
    }

    /// Emails compare without case or surrounding space.
    static func normalise(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// One membership with its organisation's name and reference, for pages.
    struct NamedMembership {
        var membership: Membership
        var name: String
        var reference: String
    }

    /// The person's memberships, with each organisation's kind, name and area.
    func memberships(of userID: UUID) async throws -> [NamedMembership] {
        let rows = try await database.sql.raw(
            """
            SELECT m.organisation_id, m.workplace_id, m.role, o.kind, o.area_code, o.name, o.reference
            FROM memberships m JOIN organisations o ON o.id = m.organisation_id
            WHERE m.user_id = \(bind: userID) ORDER BY o.name
            """
        ).all()
        return try rows.compactMap { row in
            guard let kind = OrganisationKind(rawValue: try row.decode(column: "kind", as: String.self)),
                let role = MemberRole(rawValue: try row.decode(column: "role", as: String.self))
            else { return nil }
            let membership = Membership(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self), kind: kind, role: role,
                workplaceID: try row.decode(column: "workplace_id", as: UUID?.self),
                areaCode: try row.decode(column: "area_code", as: String?.self))
            return NamedMembership(
                membership: membership, name: try row.decode(column: "name", as: String.self),
                reference: try row.decode(column: "reference", as: String.self))
        }
    }

    /// The person as the policy sees them.
    func principal(for userID: UUID, tokenScopes: Set<TokenScope>? = nil) async throws -> Principal {
        Principal(
            userID: userID, memberships: try await memberships(of: userID).map(\.membership), tokenScopes: tokenScopes)
    }

    func signedInUser(
        _ user: UserEntity, sessionID: UUID?, tokenScopes: Set<TokenScope>? = nil
    ) async throws
        -> SignedInUser
    {
        let id = try user.requireID()
        return SignedInUser(
            userID: id, email: user.email, displayName: user.displayName,
            principal: try await principal(for: id, tokenScopes: tokenScopes), sessionID: sessionID)
    }

    /// The live session the cookie's token names, or `nil` (and the stale row removed) if it has
    /// timed out.
    func session(token: String, now: Date) async throws -> (UserSessionEntity, UserEntity)? {
        guard
            let session = try await UserSessionEntity.query(on: database)
                .filter(\.$tokenHash == SecretToken.hash(token)).first()
        else { return nil }
        let expired =
            now.timeIntervalSince(session.lastSeenAt) > SessionCookies.idleTimeout
            || now.timeIntervalSince(session.createdAt) > SessionCookies.absoluteTimeout
        guard !expired, let user = try await UserEntity.find(session.userID, on: database) else {
            try await session.delete(on: database)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > SessionCookies.touchInterval {
            session.lastSeenAt = now
            try await session.save(on: database)
        }
        return (session, user)
    }

    /// The person and scopes a bearer token stands for, if it is well formed, known, unexpired and
    /// not revoked.
    func apiToken(_ token: String, now: Date) async throws -> (UserEntity, Set<TokenScope>)? {
        guard let parsed = APITokenFormat.parse(token),
            let stored = try await APITokenEntity.query(on: database).filter(\.$prefix == parsed.prefix).first(),
            SecretToken.constantTimeEquals(stored.secretHash, SecretToken.hash(parsed.secret)),
            stored.revokedAt == nil, stored.expiresAt > now,
            let user = try await UserEntity.find(stored.userID, on: database)
        else { return nil }
        if stored.lastUsedAt.map({ now.timeIntervalSince($0) > SessionCookies.touchInterval }) ?? true {
            stored.lastUsedAt = now
            try await stored.save(on: database)
        }
        let scopes = Set(stored.scopes.split(separator: " ").compactMap { TokenScope(rawValue: String($0)) })
        return (user, scopes)
    }
}
