import Fluent
import Foundation
import Vapor

/// Invitations for a worker to claim their passport, tied to the employer's staff record. Accepting
/// one makes (or uses) the person's account and wallet and links the wallet to that record; it never
/// makes the worker a member of the employer.
enum PassportInvitations {
    static let lifetime: TimeInterval = 14 * 86_400

    /// Records, audits and emails the link; returns it.
    @discardableResult
    static func send(
        to email: String, organisation: OrganisationEntity, staff: StaffEntity,
        invitedBy: (id: UUID, email: String)?, app: Application, on database: any Database, ip: String? = nil
    ) async throws -> String {
        let organisationID = try organisation.requireID()
        let token = try await database.transaction { transaction in
            try await AuditLog.record(
                .init(
                    action: .passportInvited, subjectKind: "staff", subjectID: staff.reference,
                    organisationID: organisationID, reason: AccountStore.normalise(email)),
                actorID: invitedBy?.id, actor: invitedBy?.email ?? "cli", ip: ip, at: app.now, on: transaction)
            return try await AccountLinks.create(
                kind: .passportClaim, email: email, userID: nil, organisationID: organisationID,
                staffID: try staff.requireID(), createdBy: invitedBy?.id, lifetime: lifetime, now: app.now,
                on: transaction)
        }
        let url = app.carepathConfig.linkBase + PassportURL.claim(token: token).path
        try await app.mailer.send(
            EmailMessage(
                to: AccountStore.normalise(email), subject: "Your training passport from \(organisation.name)",
                body: """
                    \(organisation.name) will issue your training records to you as a passport on Carepath.
                    The passport is yours: you keep it when you change employer, and you decide who sees it.

                    Follow this link to claim it (it works once, for 14 days):
                    \(url)
                    """))
        return url
    }
}
