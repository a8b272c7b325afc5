import Fluent
import Foundation
import Identity

/// Creates people and memberships: from invitations, the command line and the demo.
struct UserAccounts {
    var database: any Database
    var now: Date

    typealias Audit = @Sendable (AuditEntry, any Database, (id: UUID, email: String)) async throws -> Void

    /// Creates the person and, if given, their membership, consuming the invitation, in one transaction
    /// with whatever `alsoInTransaction` writes.
    @discardableResult
    func create(
        email: String, displayName: String, passwordHash: String, membership: (UUID, MemberRole)?,
        consuming link: AccountLinkEntity? = nil, sealedTOTPSecret: Data? = nil, audit: Audit? = nil,
        alsoInTransaction: (@Sendable (UserEntity, any Database) async throws -> Void)? = nil
    ) async throws -> UserEntity {
        let user = UserEntity()
        user.id = UUID()
        user.email = AccountStore.normalise(email)
        user.displayName = displayName
        user.passwordHash = passwordHash
        user.passwordChangedAt = now
        user.sealedTOTPSecret = sealedTOTPSecret
        user.failedSignIns = 0
        user.createdAt = now
        try await database.transaction { transaction in
            try await user.create(on: transaction)
            if let (organisationID, role) = membership {
                try await addMembership(userID: user.id!, organisationID: organisationID, role: role, on: transaction)
            }
            if let link, try await !AccountStore(database: transaction).claimLink(link.requireID(), at: now) {
                throw CarepathError.recordNotFound(kind: "invitation", id: "given")
            }
            try await audit?(
                AuditEntry(
                    action: link == nil ? .userCreated : .invitationAccepted, subjectKind: "user",
                    subjectID: user.id!.uuidString, organisationID: membership?.0),
                transaction, (user.id!, user.email))
            try await alsoInTransaction?(user, transaction)
        }
        return user
    }

    func addMembership(userID: UUID, organisationID: UUID, role: MemberRole, on database: any Database) async throws {
        let membership = MembershipEntity()
        membership.userID = userID
        membership.organisationID = organisationID
        membership.role = role.rawValue
        membership.createdAt = now
        try await membership.create(on: database)
    }
}
