import Fluent
import Foundation
import Passport
import SQLKit

/// What an employer's passport page reads: the workers linked to its staff records, the training
/// records it can issue from, and what it has issued.
struct PassportEmployerRecords {
    var database: any Database

    /// A staff record whose worker has claimed their passport.
    struct LinkedWorker: Sendable, Equatable {
        var staffID: UUID
        var workplace: String
        var uniqueWorkerID: String
        var did: String
        var linkedAt: Date
    }

    /// A current training record of a linked worker.
    struct TrainingRow: Sendable {
        var trainingID: UUID
        var staffID: UUID
        var category: Int
        var completed: String?
        var expiry: String?
        var did: String
    }

    /// One credential in the issuance log.
    struct IssuedRow: Sendable {
        var credential: PassportCredentialEntity
        var uniqueWorkerID: String?
    }

    /// Linked workers, by workplace and worker.
    func linkedWorkers(organisationID: UUID) async throws -> [LinkedWorker] {
        try await database.sql.raw(
            """
            SELECT l.staff_id, w.reference AS workplace, s.reference AS worker, p.did, l.created_at
            FROM passport_staff_links l JOIN staff s ON s.id = l.staff_id
            JOIN workplaces w ON w.id = s.workplace_id JOIN passport_wallets p ON p.id = l.wallet_id
            WHERE l.organisation_id = \(bind: organisationID) AND w.organisation_id = \(bind: organisationID)
            AND s.removed_return_id IS NULL ORDER BY w.reference, s.reference
            """
        ).all().map { row in
            LinkedWorker(
                staffID: try row.decode(column: "staff_id", as: UUID.self),
                workplace: try row.decode(column: "workplace", as: String.self),
                uniqueWorkerID: try row.decode(column: "worker", as: String.self),
                did: try row.decode(column: "did", as: String.self),
                linkedAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    /// Current training records of linked workers, optionally of one staff record.
    func trainingOfLinkedWorkers(organisationID: UUID, staffID: UUID? = nil) async throws -> [TrainingRow] {
        var query = SQLQueryString(
            """
            SELECT t.id, t.staff_id, t.category, t.completed, t.expiry, p.did
            FROM training_records t JOIN staff s ON s.id = t.staff_id JOIN workplaces w ON w.id = s.workplace_id
            JOIN passport_staff_links l ON l.staff_id = s.id JOIN passport_wallets p ON p.id = l.wallet_id
            WHERE w.organisation_id = \(bind: organisationID) AND l.organisation_id = \(bind: organisationID)
            AND t.replaced_return_id IS NULL AND s.removed_return_id IS NULL
            """)
        if let staffID {
            query.appendInterpolation(unsafeRaw: " AND s.id = ")
            query.appendInterpolation(bind: staffID)
        }
        query.appendInterpolation(unsafeRaw: " ORDER BY t.staff_id, t.category")
        return try await database.sql.raw(query).all().map { row in
            TrainingRow(
                trainingID: try row.decode(column: "id", as: UUID.self),
                staffID: try row.decode(column: "staff_id", as: UUID.self),
                category: try row.decode(column: "category", as: Int.self),
                completed: try row.decode(column: "completed", as: String?.self),
                expiry: try row.decode(column: "expiry", as: String?.self),
                did: try row.decode(column: "did", as: String.self))
        }
    }

    /// The issuer's credentials, newest first, with the worker each was issued for.
    func issued(issuerID: UUID, limit: Int) async throws -> [IssuedRow] {
        let credentials = try await PassportCredentialEntity.query(on: database).filter(\.$issuerID == issuerID)
            .sort(\.$issuedAt, .descending).sort(\.$achievementCode).limit(limit).all()
        let staffIDs = Set(credentials.compactMap(\.staffID))
        let staff = staffIDs.isEmpty ? [] : try await StaffEntity.query(on: database).filter(\.$id ~~ staffIDs).all()
        let references = Dictionary(staff.map { ($0.id!, $0.reference) }, uniquingKeysWith: { first, _ in first })
        return credentials.map { IssuedRow(credential: $0, uniqueWorkerID: $0.staffID.flatMap { references[$0] }) }
    }

    /// How many credentials the issuer has issued, and how many of them are revoked.
    func issuedCounts(issuerID: UUID) async throws -> (issued: Int, revoked: Int) {
        let all = try await PassportCredentialEntity.query(on: database).filter(\.$issuerID == issuerID).count()
        let revoked = try await PassportCredentialEntity.query(on: database).filter(\.$issuerID == issuerID)
            .filter(\.$revokedAt != nil).count()
        return (all, revoked)
    }
}
