import Fluent
import SQLKit

/// 015: the passport. Issuers with their sealed signing keys, status lists, workers' wallets, the
/// issuance log, links between wallets and staff records, and passport invitations.
struct CreatePassport: AsyncMigration {
    var name: String { "015_CreatePassport" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PassportIssuerEntity.schema)
            .id()
            .field("organisation_id", .uuid, .references(OrganisationEntity.schema, "id"))
            .field("slug", .string, .required)
            .field("did", .string, .required)
            .field("base_url", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("achievements", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "slug")
            .unique(on: "did")
            .create()
        try await database.schema(PassportIssuerKeyEntity.schema)
            .id()
            .field("issuer_id", .uuid, .required, .references(PassportIssuerEntity.schema, "id"))
            .field("number", .int, .required)
            .field("public_key", .string, .required)
            .field("sealed_seed", .data, .required)
            .field("valid_from", .datetime, .required)
            .field("valid_until", .datetime)
            .unique(on: "issuer_id", "number")
            .create()
        try await database.schema(PassportStatusListEntity.schema)
            .id()
            .field("issuer_id", .uuid, .required, .references(PassportIssuerEntity.schema, "id"))
            .field("number", .int, .required)
            .field("bits", .data, .required)
            .field("allocated", .int, .required)
            .field("signed", .string, .required)
            .field("signed_at", .datetime, .required)
            .unique(on: "issuer_id", "number")
            .create()
        try await database.schema(PassportWalletEntity.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("did", .string, .required)
            .field("sealed_seed", .data, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "user_id")
            .unique(on: "did")
            .create()
        try await createCredentials(on: database)
        // No foreign key: SQLite cannot add one to an existing table.
        try await database.schema(AccountLinkEntity.schema).field("staff_id", .uuid).update()
    }

    private func createCredentials(on database: any Database) async throws {
        try await database.schema(PassportCredentialEntity.schema)
            .id()
            .field("issuer_id", .uuid, .required, .references(PassportIssuerEntity.schema, "id"))
            .field("key_id", .string, .required)
            .field("subject_did", .string, .required)
            .field("staff_id", .uuid, .references(StaffEntity.schema, "id"))
            .field("training_id", .uuid, .references(TrainingEntity.schema, "id"))
            .field("achievement_code", .string, .required)
            .field("name", .string, .required)
            .field("completed_on", .string, .required)
            .field("valid_until", .string)
            .field("token", .string, .required)
            .field("status_list_id", .uuid, .required, .references(PassportStatusListEntity.schema, "id"))
            .field("status_index", .int, .required)
            .field("issued_at", .datetime, .required)
            .field("issued_by", .string, .required)
            .field("revoked_at", .datetime)
            .field("revocation_reason", .string)
            .unique(on: "status_list_id", "status_index")
            .create()
        try await database.schema(PassportStaffLinkEntity.schema)
            .id()
            .field("wallet_id", .uuid, .required, .references(PassportWalletEntity.schema, "id"))
            .field("staff_id", .uuid, .required, .references(StaffEntity.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "staff_id")
            .create()
        try await database.schema(PassportAcceptedCredentialEntity.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("staff_id", .uuid, .required, .references(StaffEntity.schema, "id"))
            .field("credential_id", .string, .required)
            .field("issuer_did", .string, .required)
            .field("issuer_name", .string, .required)
            .field("subject_did", .string, .required)
            .field("achievement_code", .string, .required)
            .field("name", .string, .required)
            .field("completed_on", .string, .required)
            .field("valid_until", .string)
            .field("token", .string, .required)
            .field("accepted_at", .datetime, .required)
            .field("accepted_by", .string, .required)
            .unique(on: "organisation_id", "credential_id")
            .create()
        try await createShares(on: database)
        for (index, table, column) in Self.indexes {
            try await database.sql.create(index: index).on(table).column(column).run()
        }
    }

    private func createShares(on database: any Database) async throws {
        try await database.schema(PassportShareEntity.schema)
            .id()
            .field("wallet_id", .uuid, .required, .references(PassportWalletEntity.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("token_hash", .string, .required)
            .field("sealed_token", .data, .required)
            .field("credential_ids", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(PassportShareViewEntity.schema)
            .id()
            .field("share_id", .uuid, .required, .references(PassportShareEntity.schema, "id"))
            .field("viewed_at", .datetime, .required)
            .field("viewer_user_id", .uuid)
            .field("viewer", .string, .required)
            .field("nonce", .string, .required)
            .field("credentials", .int, .required)
            .create()
        try await Dialect.makeAppendOnly(PassportShareViewEntity.schema, on: database.sql)
    }

    static let indexes = [
        ("passport_issuer_keys_issuer", PassportIssuerKeyEntity.schema, "issuer_id"),
        ("passport_credentials_subject", PassportCredentialEntity.schema, "subject_did"),
        ("passport_credentials_issuer", PassportCredentialEntity.schema, "issuer_id"),
        ("passport_credentials_training", PassportCredentialEntity.schema, "training_id"),
        ("passport_staff_links_wallet", PassportStaffLinkEntity.schema, "wallet_id"),
        ("passport_accepted_staff", PassportAcceptedCredentialEntity.schema, "staff_id"),
        ("passport_shares_wallet", PassportShareEntity.schema, "wallet_id"),
        ("passport_share_views_share", PassportShareViewEntity.schema, "share_id"),
    ]

    func revert(on database: any Database) async throws {
        try await database.schema(AccountLinkEntity.schema).deleteField("staff_id").update()
        for schema in [
            PassportShareViewEntity.schema, PassportShareEntity.schema, PassportAcceptedCredentialEntity.schema,
            PassportStaffLinkEntity.schema, PassportCredentialEntity.schema, PassportWalletEntity.schema,
            PassportStatusListEntity.schema, PassportIssuerKeyEntity.schema, PassportIssuerEntity.schema,
        ] {
            try await database.schema(schema).delete()
        }
        try await Dialect.dropAppendOnly(PassportShareViewEntity.schema, on: database.sql)
    }
}
