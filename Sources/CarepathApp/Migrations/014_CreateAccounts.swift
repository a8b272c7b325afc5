import Fluent
import SQLKit

/// 014: people, memberships, parent links, consents, sessions, API tokens, recovery codes, emailed
/// links and the append-only audit log; organisations gain a kind and, for councils and regions,
/// their area.
struct CreateAccounts: AsyncMigration {
    var name: String { "014_CreateAccounts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationEntity.schema)
            .field("kind", .string, .required, .sql(.default("provider")))
            .update()
        try await database.schema(OrganisationEntity.schema).field("area_code", .string).update()
        try await database.schema(UserEntity.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("password_changed_at", .datetime, .required)
            .field("totp_secret", .data)
            .field("totp_last_step", .int64)
            .field("failed_sign_ins", .int, .required)
            .field("last_failed_sign_in_at", .datetime)
            .field("locked_until", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
        try await database.schema(MembershipEntity.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("workplace_id", .uuid, .references(WorkplaceEntity.schema, "id"))
            .field("role", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(OrganisationLinkEntity.schema)
            .id()
            .field("parent_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("subsidiary_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("data_owner", .string, .required)
            .field("sharing", .string, .required)
            .field("created_at", .datetime, .required)
            .field("removed_at", .datetime)
            .create()
        try await database.schema(ConsentEntity.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("grantee_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("purpose", .string, .required)
            .field("valid_from", .datetime, .required)
            .field("valid_until", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("granted_by", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await createSessionTables(on: database)
        try await createAuditLog(on: database)
    }

    private func createSessionTables(on database: any Database) async throws {
        try await database.schema(UserSessionEntity.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("second_factor_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(APITokenEntity.schema)
            .id()
            .field("prefix", .string, .required)
            .field("secret_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("name", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "prefix")
            .create()
        try await database.schema(RecoveryCodeEntity.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("code_hash", .string, .required)
            .field("used_at", .datetime)
            .create()
        try await database.schema(AccountLinkEntity.schema)
            .id()
            .field("kind", .string, .required)
            .field("token_hash", .string, .required)
            .field("email", .string, .required)
            .field("user_id", .uuid, .references(UserEntity.schema, "id"))
            .field("organisation_id", .uuid, .references(OrganisationEntity.schema, "id"))
            .field("role", .string)
            .field("created_by", .uuid, .references(UserEntity.schema, "id"))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        for (index, table, column) in Self.indexes {
            try await database.sql.create(index: index).on(table).column(column).run()
        }
    }

    private func createAuditLog(on database: any Database) async throws {
        try await database.schema(AuditEventEntity.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_user_id", .uuid)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("subject_kind", .string, .required)
            .field("subject_id", .string)
            .field("organisation_id", .uuid)
            .field("reason", .string)
            .field("ip", .string)
            .create()
        try await database.sql.create(index: "audit_events_organisation").on(AuditEventEntity.schema)
            .column("organisation_id").run()
        try await database.sql.create(index: "audit_events_actor").on(AuditEventEntity.schema)
            .column("actor_user_id").run()
        try await Dialect.makeAppendOnly(AuditEventEntity.schema, on: database.sql)
    }

    static let indexes = [
        ("memberships_user", MembershipEntity.schema, "user_id"),
        ("memberships_organisation", MembershipEntity.schema, "organisation_id"),
        ("organisation_links_subsidiary", OrganisationLinkEntity.schema, "subsidiary_id"),
        ("organisation_links_parent", OrganisationLinkEntity.schema, "parent_id"),
        ("consents_organisation", ConsentEntity.schema, "organisation_id"),
        ("user_sessions_user", UserSessionEntity.schema, "user_id"),
        ("api_tokens_user", APITokenEntity.schema, "user_id"),
        ("recovery_codes_user", RecoveryCodeEntity.schema, "user_id"),
    ]

    func revert(on database: any Database) async throws {
        for schema in [
            AuditEventEntity.schema, AccountLinkEntity.schema, RecoveryCodeEntity.schema, APITokenEntity.schema,
            UserSessionEntity.schema, ConsentEntity.schema, OrganisationLinkEntity.schema, MembershipEntity.schema,
            UserEntity.schema,
        ] {
            try await database.schema(schema).delete()
        }
        try await Dialect.dropAppendOnly(AuditEventEntity.schema, on: database.sql)
        try await database.schema(OrganisationEntity.schema).deleteField("area_code").update()
        try await database.schema(OrganisationEntity.schema).deleteField("kind").update()
    }
}
