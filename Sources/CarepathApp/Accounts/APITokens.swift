import Fluent
import Foundation
import Identity

/// Creates and revokes API tokens, each with its audit entry in the same transaction.
enum APITokens {
    typealias Audit = @Sendable (AuditEntry, any Database) async throws -> Void

    /// Makes a token and returns it; only the hash of its secret is stored.
    static func create(
        for userID: UUID, name: String, scopes: [TokenScope], days: Int, now: Date, on database: any Database,
        audit: @escaping Audit
    ) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let made = APITokenFormat.make(using: &generator)
        guard let secret = APITokenFormat.parse(made.token)?.secret else {
            preconditionFailure("APITokenFormat.make makes tokens parse accepts")
        }
        let token = APITokenEntity()
        token.id = UUID()
        token.prefix = made.prefix
        token.secretHash = SecretToken.hash(secret)
        token.userID = userID
        token.name = name
        token.scopes = scopes.map(\.rawValue).joined(separator: " ")
        token.createdAt = now
        token.expiresAt = now.addingTimeInterval(TimeInterval(days) * 86_400)
        try await database.transaction { transaction in
            try await token.create(on: transaction)
            try await audit(
                .init(action: .tokenCreated, subjectKind: "token", subjectID: token.id?.uuidString, reason: name),
                transaction)
        }
        return made.token
    }

    static func revoke(
        _ token: APITokenEntity, now: Date, on database: any Database, audit: @escaping Audit
    )
        async throws
    {
        guard token.revokedAt == nil else { return }
        token.revokedAt = now
        try await database.transaction { transaction in
            try await token.save(on: transaction)
            try await audit(
                .init(action: .tokenRevoked, subjectKind: "token", subjectID: token.id?.uuidString, reason: token.name),
                transaction)
        }
    }
}
