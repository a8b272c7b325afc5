import ASCWDS
import CarepathCore
import Fluent
import Foundation
import Vapor

/// Uploading a return through the API (scope `returns:write`): `POST /api/v1/returns` checks the files
/// and answers with every finding and the upload's id; `POST /api/v1/returns/{id}/complete` stores it.
struct ReturnAPIController: Sendable {
    /// `POST /api/v1/returns`, multipart: `provider`, `workplace`, `staff`, optional `training` and `as-of`.
    func upload(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ReturnUploadForm.self)
        let organisation = try await request.access.provider(form.provider ?? "", for: .editRecords)
        guard let user = request.identity.user else { throw CarepathError.invalidAPIToken }
        switch form.parsed(today: ImportClock.today(request.application.now)) {
        case .failure(let problems):
            throw CarepathError.invalidInput(
                problems.errors.map { FieldProblem(field: $0.fieldID, message: $0.message) })
        case .success(let (files, asOf)):
            let pending: PendingUploadEntity
            do {
                pending = try await PendingUploads(app: request.application, database: request.db).check(
                    files, organisation: organisation, asOf: asOf, source: "api", actor: (user.userID, user.email))
            } catch let error as UploadFileError {
                let field = ReturnUploadForm.field(for: error.fileName, in: files)
                throw CarepathError.invalidInput([FieldProblem(field: field, message: error.description)])
            }
            let findings = try PendingUploads(app: request.application, database: request.db).findings(pending)
            let body = APIv1.PendingReturn(pending, provider: organisation.reference, findings: findings)
            return try await body.encodeResponse(status: .created, for: request)
        }
    }

    /// `POST /api/v1/returns/{upload}/complete`, optionally `{"confirmRemovals": true}`.
    func complete(_ request: Request) async throws -> APIv1.CompletedReturn {
        let raw = request.parameters.get(ReturnURL.Segment.upload) ?? ""
        guard let id = UUID(uuidString: raw), let pending = try await PendingUploadEntity.find(id, on: request.db),
            let organisation = try await OrganisationEntity.find(pending.organisationID, on: request.db)
        else { throw CarepathError.recordNotFound(kind: "upload", id: raw) }
        // The organisation first: anyone who may not upload for it learns nothing of its uploads.
        _ = try await request.access.provider(organisation.reference, for: .editRecords)
        guard let user = request.identity.user else { throw CarepathError.invalidAPIToken }
        let confirm = (try? request.content.get(Bool.self, at: "confirmRemovals")) ?? false
        do {
            let result = try await PendingUploads(app: request.application, database: request.db).complete(
                pending, organisation: organisation, confirmRemovals: confirm, source: "api",
                actor: (user.userID, user.email))
            return APIv1.CompletedReturn(id: id, returnID: result.returnID, changes: result.changes)
        } catch ImportStop.removalsNotConfirmed {
            throw CarepathError.invalidInput([
                FieldProblem(
                    field: "confirmRemovals",
                    message: "the files leave out records that completing would remove; send confirmRemovals: true")
            ])
        } catch let stop as ImportStop {
            // What Carepath holds changed since the check (another return completed): check again.
            throw CarepathError.invalidInput([FieldProblem(field: "upload", message: stop.description)])
        }
    }
}

extension APIv1 {
    /// A checked upload waiting to be completed, with every finding.
    struct PendingReturn: Content, Equatable {
        var id: UUID
        var provider: String
        var asOf: String
        var outcome: String
        var errors: Int
        var warnings: Int
        var rows: Int
        var changes: ReturnChanges
        var findings: [Finding]
        var expiresAt: Date

        init(_ pending: PendingUploadEntity, provider: String, findings: [Finding]) {
            id = pending.id!
            self.provider = provider
            asOf = pending.asOf
            outcome = pending.errors > 0 ? "FAILED" : (pending.warnings > 0 ? "WARNINGS" : "PASSED")
            errors = pending.errors
            warnings = pending.warnings
            rows = pending.rows
            changes = PendingUploads.changes(pending)
            self.findings = findings
            expiresAt = pending.expiresAt
        }
    }

    /// A completed upload: the stored return and what it changed.
    struct CompletedReturn: Content, Equatable {
        var id: UUID
        var returnID: UUID?
        var changes: ReturnChanges
    }
}
