import Fluent
import Foundation
import Identity
import Vapor

/// What an emailed link is for.
enum AccountLinkKind: String, Sendable {
    /// Join an organisation, setting a password if the person is new.
    case invitation
    /// Unlock an account that failed sign-ins locked.
    case unlock
    /// Choose a new password after forgetting it.
    case passwordReset = "password_reset"
    /// Claim a passport linked to a staff record, setting a password if the person is new.
    case passportClaim = "passport_claim"
}

/// Single-use links sent by email. Only a hash of each link's token is stored.
enum AccountLinks {
    /// Makes a link and returns its token, which goes in the URL.
    static func create(
        kind: AccountLinkKind, email: String, userID: UUID?, organisationID: UUID? = nil, role: String? = nil,
        staffID: UUID? = nil, createdBy: UUID?, lifetime: TimeInterval, now: Date, on database: any Database
    ) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let token = SecretToken.generate(using: &generator)
        let link = AccountLinkEntity()
        link.id = UUID()
        link.kind = kind.rawValue
        link.tokenHash = SecretToken.hash(token)
        link.email = AccountStore.normalise(email)
        link.userID = userID
        link.organisationID = organisationID
        link.role = role
        link.staffID = staffID
        link.createdBy = createdBy
        link.createdAt = now
        link.expiresAt = now.addingTimeInterval(lifetime)
        try await link.create(on: database)
        return token
    }

    /// The unused, unexpired link of `kind` with this token.
    static func find(
        _ kind: AccountLinkKind, token: String, now: Date, on database: any Database
    ) async throws
        -> AccountLinkEntity?
    {
        guard
            let link = try await AccountLinkEntity.query(on: database)
                .filter(\.$tokenHash == SecretToken.hash(token)).filter(\.$kind == kind.rawValue).first(),
            link.usedAt == nil, link.expiresAt > now
        else { return nil }
        return link
    }
}
