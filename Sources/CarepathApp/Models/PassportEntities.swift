import Fluent
import Foundation

// Fluent's property wrappers are not Sendable-checked, so these models are `@unchecked Sendable`;
// an instance is only ever used by one task at a time.

/// An organisation (or Carepath itself, with no organisation) that signs credentials as a `did:web`.
final class PassportIssuerEntity: Model, @unchecked Sendable {
    static let schema = "passport_issuers"

    @ID(key: .id) var id: UUID?
    /// `nil` for the platform issuer, which also signs the trust list.
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    /// The last part of the DID and of `/issuers/<slug>/did.json` and `/status/<slug>/<n>`.
    @Field(key: "slug") var slug: String
    @Field(key: "did") var did: String
    /// Carepath's public address when the issuer was made; its status list URLs start with it.
    @Field(key: "base_url") var baseURL: String
    @Field(key: "name") var name: String
    /// A `TrustedIssuer.Kind` raw value.
    @Field(key: "kind") var kind: String
    /// The catalogue codes it may issue, space-separated; a trailing `*` matches a prefix.
    @Field(key: "achievements") var achievements: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// One of an issuer's Ed25519 keys, `#key-<number>`. A rotated-out key keeps its row, with
/// `valid_until` set, so what it signed still verifies.
final class PassportIssuerKeyEntity: Model, @unchecked Sendable {
    static let schema = "passport_issuer_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "issuer_id") var issuerID: UUID
    @Field(key: "number") var number: Int
    /// The public key, base64url (the JWK `x`).
    @Field(key: "public_key") var publicKey: String
    /// The 32-byte seed sealed with ``SecretBox`` under the master key.
    @Field(key: "sealed_seed") var sealedSeed: Data
    @Field(key: "valid_from") var validFrom: Date
    @OptionalField(key: "valid_until") var validUntil: Date?

    init() {}
}

/// A Bitstring Status List of one issuer, kept both as bits and as the signed credential served at
/// `/status/<slug>/<n>`, which is re-signed in the same transaction as every change.
final class PassportStatusListEntity: Model, @unchecked Sendable {
    static let schema = "passport_status_lists"

    @ID(key: .id) var id: UUID?
    @Field(key: "issuer_id") var issuerID: UUID
    @Field(key: "number") var number: Int
    /// The uncompressed bitstring, position 0 the most significant bit of byte 0.
    @Field(key: "bits") var bits: Data
    /// How many positions credentials hold.
    @Field(key: "allocated") var allocated: Int
    /// The signed status list credential (compact VC-JWT).
    @Field(key: "signed") var signed: String
    @Field(key: "signed_at") var signedAt: Date

    init() {}
}

/// A worker's passport: their `did:key`, whose key Carepath keeps sealed and uses only when they act.
final class PassportWalletEntity: Model, @unchecked Sendable {
    static let schema = "passport_wallets"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "did") var did: String
    @Field(key: "sealed_seed") var sealedSeed: Data
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// The issuance log: one credential Carepath signed, with its status position. Revocation is the
/// only change ever made to a row.
final class PassportCredentialEntity: Model, @unchecked Sendable {
    static let schema = "passport_credentials"

    /// The credential's own id (`urn:uuid:<id>`).
    @ID(key: .id) var id: UUID?
    @Field(key: "issuer_id") var issuerID: UUID
    @Field(key: "key_id") var keyID: String
    @Field(key: "subject_did") var subjectDID: String
    @OptionalField(key: "staff_id") var staffID: UUID?
    /// The training record it was issued from, if any.
    @OptionalField(key: "training_id") var trainingID: UUID?
    @Field(key: "achievement_code") var achievementCode: String
    @Field(key: "name") var name: String
    /// `YYYY-MM-DD`.
    @Field(key: "completed_on") var completedOn: String
    /// `YYYY-MM-DD` of `validUntil`, or `nil` for once-only achievements.
    @OptionalField(key: "valid_until") var validUntil: String?
    /// The compact VC-JWT.
    @Field(key: "token") var token: String
    @Field(key: "status_list_id") var statusListID: UUID
    @Field(key: "status_index") var statusIndex: Int
    @Field(key: "issued_at") var issuedAt: Date
    /// Who issued it: an email address, or `cli`.
    @Field(key: "issued_by") var issuedBy: String
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "revocation_reason") var revocationReason: String?

    init() {}
}

/// A worker's passport linked to a staff record of an employer, made when the worker accepts the
/// employer's passport invitation; the employer issues to the linked wallet's `did:key`.
final class PassportStaffLinkEntity: Model, @unchecked Sendable {
    static let schema = "passport_staff_links"

    @ID(key: .id) var id: UUID?
    @Field(key: "wallet_id") var walletID: UUID
    @Field(key: "staff_id") var staffID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A credential an employer verified and accepted into its training records for one of its staff,
/// so the worker need not repeat training that is still valid. The token is kept so it can be
/// checked again, for revocation, whenever the records are read.
final class PassportAcceptedCredentialEntity: Model, @unchecked Sendable {
    static let schema = "passport_accepted_credentials"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "staff_id") var staffID: UUID
    /// The credential's `id` (`urn:uuid:…`).
    @Field(key: "credential_id") var credentialID: String
    @Field(key: "issuer_did") var issuerDID: String
    @Field(key: "issuer_name") var issuerName: String
    @Field(key: "subject_did") var subjectDID: String
    @Field(key: "achievement_code") var achievementCode: String
    @Field(key: "name") var name: String
    @Field(key: "completed_on") var completedOn: String
    @OptionalField(key: "valid_until") var validUntil: String?
    @Field(key: "token") var token: String
    @Field(key: "accepted_at") var acceptedAt: Date
    @Field(key: "accepted_by") var acceptedBy: String

    init() {}
}

/// A worker's share of chosen credentials with one organisation, until it expires or they revoke it.
/// The link's secret is found by its hash and kept sealed, so the worker can show the link again.
final class PassportShareEntity: Model, @unchecked Sendable {
    static let schema = "passport_shares"

    @ID(key: .id) var id: UUID?
    @Field(key: "wallet_id") var walletID: UUID
    /// The organisation whose members may open it.
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "token_hash") var tokenHash: String
    /// The link's secret sealed with ``SecretBox``.
    @Field(key: "sealed_token") var sealedToken: Data
    /// The shared credentials' ids, space-separated.
    @Field(key: "credential_ids") var credentialIDs: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    /// Whether the link still opens at `now`.
    func isLive(at now: Date) -> Bool { revokedAt == nil && expiresAt > now }
}

/// One opening of a share: who, when, and the nonce of the presentation signed for it. Append-only,
/// so the worker's view of who saw their passport cannot be edited.
final class PassportShareViewEntity: Model, @unchecked Sendable {
    static let schema = "passport_share_views"

    @ID(key: .id) var id: UUID?
    @Field(key: "share_id") var shareID: UUID
    @Field(key: "viewed_at") var viewedAt: Date
    @OptionalField(key: "viewer_user_id") var viewerUserID: UUID?
    /// The viewer's email address.
    @Field(key: "viewer") var viewer: String
    @Field(key: "nonce") var nonce: String
    /// How many credentials the presentation held.
    @Field(key: "credentials") var credentials: Int

    init() {}
}
