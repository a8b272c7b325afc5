import Fluent
import Foundation

// Fluent's property wrappers are not Sendable-checked, so these models are `@unchecked Sendable`;
// an instance is only ever used by one task at a time.

/// A person who signs in. The password is kept only as a bcrypt hash; the TOTP secret only sealed
/// under the master key.
final class UserEntity: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Lower-cased; unique.
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "password_changed_at") var passwordChangedAt: Date
    /// The TOTP secret sealed with ``SecretBox``; `nil` until two-factor sign-in is set up.
    @OptionalField(key: "totp_secret") var sealedTOTPSecret: Data?
    /// The last time step accepted, so a code cannot be used twice.
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "last_failed_sign_in_at") var lastFailedSignInAt: Date?
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var hasTwoFactor: Bool { sealedTOTPSecret != nil }
}

/// A person's role in an organisation, or in one of its workplaces.
final class MembershipEntity: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "workplace_id") var workplaceID: UUID?
    /// A ``MemberRole`` raw value.
    @Field(key: "role") var role: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A parent–subsidiary link between provider organisations, with who owns the subsidiary's data and
/// what the other side may see.
final class OrganisationLinkEntity: Model, @unchecked Sendable {
    static let schema = "organisation_links"

    @ID(key: .id) var id: UUID?
    @Field(key: "parent_id") var parentID: UUID
    @Field(key: "subsidiary_id") var subsidiaryID: UUID
    /// A ``DataOwner`` raw value.
    @Field(key: "data_owner") var dataOwner: String
    /// A ``SharingLevel`` raw value.
    @Field(key: "sharing") var sharing: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "removed_at") var removedAt: Date?

    init() {}
}

/// A provider's consent for a council or region to see its workplaces' own figures.
final class ConsentEntity: Model, @unchecked Sendable {
    static let schema = "consents"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "grantee_id") var granteeID: UUID
    /// A ``ConsentPurpose`` raw value.
    @Field(key: "purpose") var purpose: String
    @Field(key: "valid_from") var validFrom: Date
    @Field(key: "valid_until") var validUntil: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Field(key: "granted_by") var grantedBy: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
