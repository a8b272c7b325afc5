import Fluent
import Foundation
import Passport
import SQLKit

/// A workplace's training compliance from what the employer holds: the current training records of
/// its return, and credentials it verified and accepted (those since revoked no longer count).
struct TrainingCompliance {
    var database: any Database
    var catalogue: TrainingCatalogueFile
    var required: RequiredTrainingFile
    var now: Date

    /// One current worker of the workplace.
    struct Worker: Sendable {
        var id: UUID
        var reference: String
        var mainJobRole: Int?
    }

    /// The matrix, and the workers it covers by reference.
    func matrix(
        workplaceID: UUID, organisationID: UUID, windowDays: Int = 90
    ) async throws
        -> (matrix: ComplianceMatrix, workers: [Worker])
    {
        let workers = try await currentWorkers(workplaceID)
        var records = try await trainingRecords(workplaceID)
        records += try await acceptedCredentials(organisationID: organisationID, staffIDs: workers.map(\.id))
        let matrix = ComplianceMatrix(
            workers: workers.compactMap { worker in
                required.group(forJobRole: worker.mainJobRole).map {
                    ComplianceMatrix.Worker(id: worker.id.uuidString, roleGroup: $0.id)
                }
            },
            records: records, required: required.groups.map { ($0.id, $0.codes) },
            today: CalendarDate.london(of: now), windowDays: windowDays)
        return (matrix, workers)
    }

    private func currentWorkers(_ workplaceID: UUID) async throws -> [Worker] {
        try await database.sql.raw(
            """
            SELECT s.id, s.reference, v.main_job_role FROM staff s JOIN staff_versions v ON v.id = s.current_version_id
            WHERE s.workplace_id = \(bind: workplaceID) AND s.removed_return_id IS NULL ORDER BY s.reference
            """
        ).all().map { row in
            Worker(
                id: try row.decode(column: "id", as: UUID.self),
                reference: try row.decode(column: "reference", as: String.self),
                mainJobRole: try row.decode(column: "main_job_role", as: Int?.self))
        }
    }

    /// ASC-WDS records: the last valid day is the record's expiry date when it has one (ASC-WDS's
    /// expiry is the last valid day), else completion plus the catalogue's refresh period less a day.
    private func trainingRecords(_ workplaceID: UUID) async throws -> [ComplianceMatrix.Record] {
        try await database.sql.raw(
            """
            SELECT t.staff_id, t.category, t.completed, t.expiry FROM training_records t
            JOIN staff s ON s.id = t.staff_id
            WHERE s.workplace_id = \(bind: workplaceID) AND s.removed_return_id IS NULL
            AND t.replaced_return_id IS NULL AND t.completed IS NOT NULL
            """
        ).all().compactMap { row in
            guard let code = catalogue.codeForCategory[try row.decode(column: "category", as: Int.self)],
                let completed = CalendarDate(iso: try row.decode(column: "completed", as: String.self))
            else { return nil }
            let expiry = try row.decode(column: "expiry", as: String?.self).flatMap(CalendarDate.init(iso:))
            let refresh = catalogue.item(code)?.refreshMonths
            let lastValidDay =
                expiry
                ?? refresh.map { CalendarDate(daysSinceEpoch: completed.adding(months: $0).daysSinceEpoch - 1) }
            return ComplianceMatrix.Record(
                workerID: try row.decode(column: "staff_id", as: UUID.self).uuidString, code: code,
                lastValidDay: lastValidDay)
        }
    }

    /// Accepted credentials, checked again now so a revoked one stops counting.
    private func acceptedCredentials(organisationID: UUID, staffIDs: [UUID]) async throws -> [ComplianceMatrix.Record] {
        guard !staffIDs.isEmpty else { return [] }
        let accepted = try await PassportAcceptedCredentialEntity.query(on: database)
            .filter(\.$organisationID == organisationID).filter(\.$staffID ~~ staffIDs).all()
        let verdicts = try await PassportVerification(database: database, now: now)
            .verify(credentials: accepted.map(\.token))
        return zip(accepted, verdicts).compactMap { credential, verdict in
            guard [.valid, .expiringSoon, .expired].contains(verdict.outcome) else { return nil }
            return ComplianceMatrix.Record(
                workerID: credential.staffID.uuidString, code: credential.achievementCode,
                lastValidDay: verdict.details.lastValidDay)
        }
    }
}
