import ASCWDS
import CarepathCore
import Fluent
import Foundation
import Vapor

/// Uploading a return on the web: the files are checked, the findings and the difference report are
/// shown, and the uploader completes the upload when they are content.
struct ReturnUploadController: Sendable {
    /// `GET /providers/{reference}/returns/new`.
    func form(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        return page(request, organisation, asOf: ImportClock.today(request.application.now).description)
    }

    /// `POST /providers/{reference}/returns`: checks the files and shows what completing would do.
    func upload(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        let form = try request.content.decode(ReturnUploadForm.self)
        switch form.parsed(today: ImportClock.today(request.application.now)) {
        case .failure(let problems):
            return page(
                request, organisation, asOf: form.asOf ?? "", errors: problems.errors, status: .unprocessableEntity)
        case .success(let (files, asOf)):
            do {
                let pending = try await PendingUploads(app: request.application, database: request.db).check(
                    files, organisation: organisation, asOf: asOf, source: "web", actor: (user.userID, user.email))
                return request.redirect(
                    to: ReturnURL.pending(provider: organisation.reference, upload: pending.id!).path,
                    redirectType: .normal)
            } catch let error as UploadFileError {
                let field = ReturnUploadForm.field(for: error.fileName, in: files)
                return page(
                    request, organisation, asOf: asOf.description,
                    errors: [.init(fieldID: field, message: error.description)], status: .unprocessableEntity)
            }
        }
    }

    /// `GET /providers/{reference}/returns/uploads/{upload}`: the findings, grouped by file and rule, and
    /// the difference report, with the button that completes it.
    func pending(_ request: Request) async throws -> Response {
        let (organisation, pending) = try await find(request)
        let findings = try PendingUploads(app: request.application, database: request.db).findings(pending)
        let model = PendingReturnPage.Model(
            reference: organisation.reference, name: organisation.name, upload: pending, findings: findings,
            changes: PendingUploads.changes(pending), now: request.application.now, isDemo: request.isDemo)
        return HTMLResponse.page(PendingReturnPage.render(model), for: request)
    }

    /// `GET /providers/{reference}/returns/uploads/{upload}/findings.csv`: every finding, as the CLI's
    /// `--report` writes them.
    func findingsCSV(_ request: Request) async throws -> Response {
        let (_, pending) = try await find(request)
        let findings = try PendingUploads(app: request.application, database: request.db).findings(pending)
        let response = Response(status: .ok, body: .init(string: FindingsReport.csv(findings)))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"findings-\(pending.asOf).csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// `POST /providers/{reference}/returns/uploads/{upload}/complete`.
    func complete(_ request: Request) async throws -> Response {
        let (organisation, pending) = try await find(request)
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        let confirm = (try? request.content.get(String.self, at: "confirm-removals")) == "yes"
        do {
            _ = try await PendingUploads(app: request.application, database: request.db).complete(
                pending, organisation: organisation, confirmRemovals: confirm, source: "web",
                actor: (user.userID, user.email))
        } catch ImportStop.removalsNotConfirmed {
            throw CarepathError.invalidInput([
                .init(
                    field: "confirm-removals",
                    message: "the files leave out records that completing would remove; tick the box to confirm")
            ])
        } catch let stop as ImportStop {
            // What Carepath holds changed since the check (another return completed): check again.
            throw CarepathError.invalidInput([.init(field: "upload", message: stop.description)])
        }
        return request.redirect(
            to: ReturnURL.pending(provider: organisation.reference, upload: pending.id!).path, redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> (OrganisationEntity, PendingUploadEntity) {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        let raw = request.parameters.get(ReturnURL.Segment.upload) ?? ""
        guard let id = UUID(uuidString: raw),
            let pending = try await PendingUploadEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$organisationID == organisation.requireID()).first()
        else { throw CarepathError.recordNotFound(kind: "upload", id: raw) }
        return (organisation, pending)
    }

    private func reference(_ request: Request) -> String {
        request.parameters.get(SiteURL.Segment.reference) ?? ""
    }

    private func page(
        _ request: Request, _ organisation: OrganisationEntity, asOf: String, errors: [Components.FieldError] = [],
        status: HTTPResponseStatus = .ok
    ) -> Response {
        HTMLResponse.page(
            ReturnUploadPage.render(
                .init(
                    reference: organisation.reference, name: organisation.name, asOf: asOf, errors: errors,
                    isDemo: request.isDemo)), for: request, status: status)
    }
}
