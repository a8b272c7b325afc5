import Fluent
import Foundation
import Identity
import Testing
import VaporTesting

@testable import CarepathApp

/// People for tests that need someone signed in but are not about signing in.
enum TestAccounts {
    /// A member of the organisation `reference` (created with `kind` and `area` if missing), with a
    /// fully signed-in browser session.
    static func session(
        _ app: Application, organisation reference: String, kind: OrganisationKind = .provider,
        role: MemberRole = .admin, area: String? = nil
    ) async throws -> TestSession {
        let user = try await member(app, organisation: reference, kind: kind, role: role, area: area)
        return try await session(for: user, app)
    }

    /// A new person, member of the organisation `reference` (created with `kind` and `area` if missing).
    static func member(
        _ app: Application, organisation reference: String, kind: OrganisationKind = .provider,
        role: MemberRole = .admin, area: String? = nil
    ) async throws -> UserEntity {
        let organisationID: UUID
        if let existing = try await OrganisationEntity.query(on: app.db).filter(\.$reference == reference).first() {
            organisationID = try existing.requireID()
        } else {
            organisationID = UUID()
            try await OrganisationEntity(
                id: organisationID, reference: reference, name: reference, createdAt: app.now, kind: kind,
                areaCode: area
            ).create(on: app.db)
        }
        return try await UserAccounts(database: app.db, now: app.now).create(
            email: "\(role.rawValue).\(UUID().uuidString.prefix(8))@\(reference.lowercased()).test",
            displayName: "\(role.displayName) of \(reference)", passwordHash: "not a usable hash",
            membership: (organisationID, role))
    }

    /// An API token for `user` with `scopes`, stored as the account page would store it.
    static func token(for user: UserEntity, scopes: [TokenScope], _ app: Application) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let made = APITokenFormat.make(using: &generator)
        let token = APITokenEntity()
        token.prefix = made.prefix
        token.secretHash = SecretToken.hash(APITokenFormat.parse(made.token)!.secret)
        token.userID = try user.requireID()
        token.name = "test"
        token.scopes = scopes.map(\.rawValue).joined(separator: " ")
        token.createdAt = app.now
        token.expiresAt = app.now.addingTimeInterval(86_400)
        try await token.create(on: app.db)
        return made.token
    }

    /// A fully signed-in browser session for `user`, made directly.
    static func session(for user: UserEntity, _ app: Application) async throws -> TestSession {
        let token = "test-session-\(UUID().uuidString)"
        let session = UserSessionEntity()
        session.tokenHash = SecretToken.hash(token)
        session.userID = try user.requireID()
        session.csrfToken = "csrf-\(UUID().uuidString)"
        session.createdAt = app.now
        session.lastSeenAt = app.now
        session.secondFactorAt = app.now
        try await session.create(on: app.db)
        return TestSession(cookies: [SessionCookies.session: token], csrfToken: session.csrfToken)
    }
}
