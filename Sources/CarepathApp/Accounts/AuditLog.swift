import Fluent
import Foundation
import Vapor

/// What an audit entry records.
enum AuditAction: String, Sendable, CaseIterable {
    case signInSucceeded = "sign_in.succeeded"
    case signInFailed = "sign_in.failed"
    case signInWhileLocked = "sign_in.locked"
    case accountLocked = "account.locked"
    case accountUnlocked = "account.unlocked"
    case signedOut = "sign_out"
    case signedOutEverywhere = "sign_out.everywhere"
    case twoFactorEnabled = "two_factor.enabled"
    case recoveryCodeUsed = "two_factor.recovery_code_used"
    case tokenCreated = "token.created"
    case tokenRevoked = "token.revoked"
    case staffRecordsViewed = "staff.viewed"
    case recordsExported = "records.exported"
    case workplaceFiguresViewed = "workplace_figures.viewed"
    case auditLogViewed = "audit_log.viewed"
    case returnImported = "return.imported"
    case consentGranted = "consent.granted"
    case consentRevoked = "consent.revoked"
    case memberInvited = "member.invited"
    case memberRemoved = "member.removed"
    case sharingChanged = "sharing.changed"
    case parentLinkRemoved = "parent_link.removed"
    case parentLinked = "parent_link.created"
    case invitationAccepted = "member.joined"
    case invitationCancelled = "member.invitation_cancelled"
    case userCreated = "user.created"
    case passwordChanged = "password.changed"
    case passwordResetRequested = "password.reset_requested"
    case credentialsIssued = "passport.issued"
    case credentialRevoked = "passport.revoked"
    case issuerKeyRotated = "passport.key_rotated"
    case passportInvited = "passport.invited"
    case passportClaimed = "passport.claimed"
    case passportExported = "passport.exported"
    case credentialsAccepted = "passport.accepted"

    /// Words for the log pages.
    var summary: String {
        switch self {
        case .signInSucceeded: "Signed in"
        case .signInFailed: "Sign-in failed"
        case .signInWhileLocked: "Sign-in refused: account locked"
        case .accountLocked: "Account locked after failed sign-ins"
        case .accountUnlocked: "Account unlocked"
        case .signedOut: "Signed out"
        case .signedOutEverywhere: "Signed out everywhere"
        case .twoFactorEnabled: "Two-factor sign-in set up"
        case .recoveryCodeUsed: "Recovery code used"
        case .tokenCreated: "API token created"
        case .tokenRevoked: "API token revoked"
        case .staffRecordsViewed: "Staff records viewed"
        case .recordsExported: "Records exported as ASC-WDS files"
        case .workplaceFiguresViewed: "Workplace figures viewed"
        case .auditLogViewed: "Audit log viewed"
        case .returnImported: "Return imported"
        case .consentGranted: "Consent granted"
        case .consentRevoked: "Consent revoked"
        case .memberInvited: "Person invited"
        case .memberRemoved: "Person removed"
        case .sharingChanged: "Parent sharing changed"
        case .parentLinkRemoved: "Left the parent organisation"
        case .parentLinked: "Linked to a parent organisation"
        case .invitationAccepted: "Invitation accepted"
        case .invitationCancelled: "Invitation cancelled"
        case .userCreated: "Account created"
        case .passwordChanged: "Password changed"
        case .passwordResetRequested: "Password reset requested"
        case .credentialsIssued: "Passport credentials issued"
        case .credentialRevoked: "Passport credential revoked"
        case .issuerKeyRotated: "Passport signing key rotated"
        case .passportInvited: "Worker invited to claim their passport"
        case .passportClaimed: "Passport claimed"
        case .passportExported: "Passport key exported"
        case .credentialsAccepted: "Verified credentials accepted into training records"
        }
    }
}

/// One thing to record.
struct AuditEntry: Sendable {
    var action: AuditAction
    var subjectKind: String
    var subjectID: String?
    var organisationID: UUID?
    var reason: String? = nil
}

/// Appends to the audit log. Nothing in Carepath updates or deletes its rows, and the database
/// refuses to (migration 014).
enum AuditLog {
    static func record(
        _ entry: AuditEntry, actorID: UUID?, actor: String, ip: String?, at: Date, on database: any Database
    ) async throws {
        let event = AuditEventEntity()
        event.id = UUID()
        event.at = at
        event.actorUserID = actorID
        event.actor = actor
        event.action = entry.action.rawValue
        event.subjectKind = entry.subjectKind
        event.subjectID = entry.subjectID
        event.organisationID = entry.organisationID
        event.reason = entry.reason
        event.ip = ip
        try await event.create(on: database)
    }
}

extension Request {
    /// Records `entry` as done by whoever is making this request.
    func audit(
        _ entry: AuditEntry, on database: (any Database)? = nil, actor: (id: UUID, email: String)? = nil
    )
        async throws
    {
        let person = actor ?? identity.anyStageUser.map { ($0.userID, $0.email) }
        try await AuditLog.record(
            entry, actorID: person?.0, actor: person?.1 ?? "anonymous", ip: remoteAddress?.ipAddress,
            at: application.now, on: database ?? db)
    }
}
