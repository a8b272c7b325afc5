import Fluent
import Foundation
import Identity
import Vapor

/// Invitations to join an organisation, sent by email with a single-use link.
enum Invitations {
    static let lifetime: TimeInterval = 7 * 86_400

    /// Makes the link, emails it, records it, and returns it.
    static func send(
        to email: String, organisation: OrganisationEntity, role: MemberRole, invitedBy: (id: UUID, email: String)?,
        app: Application, on database: any Database
    ) async throws -> String {
        let address = AccountStore.normalise(email)
        let organisationID = try organisation.requireID()
        let token = try await database.transaction { transaction in
            try await AuditLog.record(
                .init(
                    action: .memberInvited, subjectKind: "invitation", subjectID: address,
                    organisationID: organisationID, reason: role.rawValue),
                actorID: invitedBy?.id, actor: invitedBy?.email ?? "cli", ip: nil, at: app.now, on: transaction)
            return try await AccountLinks.create(
                kind: .invitation, email: email, userID: nil, organisationID: organisationID, role: role.rawValue,
                createdBy: invitedBy?.id, lifetime: lifetime, now: app.now, on: transaction)
        }
        let url = app.carepathConfig.linkBase + SiteURL.invitation(token: token).path
        try await app.mailer.send(
            EmailMessage(
                to: address, subject: "You are invited to \(organisation.name) on Carepath",
                body: """
                    You have been invited to join \(organisation.name) on Carepath as \(role.rawValue).

                    Follow this link to set your password (it works once, for 7 days):
                    \(url)
                    """))
        return url
    }
}
