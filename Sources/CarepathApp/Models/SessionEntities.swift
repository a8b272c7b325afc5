import Fluent
import Foundation

/// A signed-in browser session. Only a hash of the cookie's token is stored, so a copy of the
/// database cannot be used to take sessions over.
final class UserSessionEntity: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    /// The token forms must echo back (CSRF); it lives only as long as the session.
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    /// When the second factor was given; `nil` while the session waits for it.
    @OptionalField(key: "second_factor_at") var secondFactorAt: Date?

    init() {}
}

/// An API token. Only a hash of its secret is stored; the prefix finds it and is safe to show.
final class APITokenEntity: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "prefix") var prefix: String
    @Field(key: "secret_hash") var secretHash: String
    @Field(key: "user_id") var userID: UUID
    @Field(key: "name") var name: String
    /// ``TokenScope`` raw values, space-separated.
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}

/// A single-use recovery code for a lost second factor, kept as a hash.
final class RecoveryCodeEntity: Model, @unchecked Sendable {
    static let schema = "recovery_codes"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "code_hash") var codeHash: String
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}

/// A link sent by email: an invitation to join an organisation, or an unlock after lockout.
final class AccountLinkEntity: Model, @unchecked Sendable {
    static let schema = "account_links"

    @ID(key: .id) var id: UUID?
    /// An ``AccountLinkKind`` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "email") var email: String
    @OptionalField(key: "user_id") var userID: UUID?
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "role") var role: String?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    /// For a passport invitation, the staff record the worker's passport will be linked to (migration 015).
    @OptionalField(key: "staff_id") var staffID: UUID?

    init() {}
}

/// One entry of the audit log, which is only ever appended to.
final class AuditEventEntity: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_user_id") var actorUserID: UUID?
    /// Who acted, in words: an email address, `cli` or `system`.
    @Field(key: "actor") var actor: String
    /// An ``AuditAction`` raw value.
    @Field(key: "action") var action: String
    /// What was touched: `user`, `organisation`, `workplace`, `staff`, `return`, `consent`, `token`.
    @Field(key: "subject_kind") var subjectKind: String
    @OptionalField(key: "subject_id") var subjectID: String?
    /// The organisation whose data it was, so a provider can read its own log.
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    /// Why, where the person gave a reason or purpose.
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "ip") var ip: String?

    init() {}
}
