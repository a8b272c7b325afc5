import Fluent
import Foundation

/// Reads the audit log for the pages that show it.
struct AuditQueries {
    var database: any Database

    /// What one person's account has done, newest first.
    func rows(actorID: UUID, limit: Int) async throws -> [AuditRow] {
        try await AuditEventEntity.query(on: database).filter(\.$actorUserID == actorID)
            .sort(\.$at, .descending).limit(limit).all().map(Self.row)
    }

    /// Everything done with one organisation's data, newest first.
    func rows(organisationID: UUID, limit: Int) async throws -> [AuditRow] {
        try await AuditEventEntity.query(on: database).filter(\.$organisationID == organisationID)
            .sort(\.$at, .descending).limit(limit).all().map(Self.row)
    }

    private static func row(_ event: AuditEventEntity) -> AuditRow {
        AuditRow(
            at: event.at, actor: event.actor,
            action: AuditAction(rawValue: event.action)?.summary ?? event.action,
            subject: [event.subjectKind, event.subjectID].compactMap { $0 }.joined(separator: " "),
            reason: event.reason)
    }
}
