import Fluent
import Foundation
import Identity
import Passport
import Vapor

/// An employer's passport page: invite workers to claim their passport, issue credentials from the
/// training records it holds, revoke them, and rotate its signing key.
struct PassportEmployerController: Sendable {
    /// `GET /providers/{reference}/passport`.
    func page(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .viewStaffRecords)
        return try await render(request, organisation)
    }

    /// `POST /providers/{reference}/passport/issue`: credentials for every current training record that
    /// has none yet, of every linked worker or of the one whose staff record the form names (`staff`),
    /// in one transaction.
    func issue(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        let staffID = (try? request.content.get(String.self, at: "staff")).flatMap(UUID.init(uuidString:))
        let summary = try await PassportEmployerIssuing(request: request).issue(for: organisation, staffID: staffID)
        return try await render(request, organisation, confirmation: summary)
    }

    /// `POST /providers/{reference}/passport/credentials/{credential}/revoke`.
    func revoke(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        let raw = request.parameters.get(PassportURL.Segment.credential) ?? ""
        let credential = try await PassportEmployerIssuing(request: request).issuedCredential(
            raw, organisation: organisation)
        let reason = (try? request.content.get(String.self, at: "reason"))?.trimmingCharacters(in: .whitespaces)
        let revoked = try await PassportEmployerIssuing(request: request).revoke(
            credential, reason: reason.flatMap { $0.isEmpty ? nil : String($0.prefix(200)) } ?? "issued in error",
            organisationID: organisation.requireID())
        return try await render(
            request, organisation,
            confirmation: revoked ? "\(credential.name) revoked" : "\(credential.name) was already revoked")
    }

    /// `POST /providers/{reference}/passport/keys`: rotates the signing key. Admins only.
    func rotateKey(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageMembers)
        let number = try await PassportEmployerIssuing(request: request).rotateKey(for: organisation)
        return try await render(request, organisation, confirmation: "Signing key \(number) is now in use")
    }

    /// `POST /providers/{reference}/passport/invitations`: emails a worker a link to claim their passport,
    /// tied to one of the employer's staff records.
    func invite(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        let form = try request.content.decode(PassportInvitationForm.self)
        let outcome = try await PassportEmployerIssuing(request: request).invite(form, organisation: organisation)
        return try await render(request, organisation, outcome: outcome, form: form)
    }

    /// `POST /providers/{reference}/passport/checks`: attests a check the employer made, to a linked
    /// worker's passport.
    func attest(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .editRecords)
        let form = try request.content.decode(PassportCheckForm.self)
        let outcome = try await PassportEmployerIssuing(request: request).attest(form, organisation: organisation)
        return try await render(request, organisation, outcome: outcome)
    }

    private func reference(_ request: Request) -> String {
        request.parameters.get(SiteURL.Segment.reference) ?? ""
    }

    private func render(
        _ request: Request, _ organisation: OrganisationEntity, outcome: PassportEmployerIssuing.FormOutcome,
        form: PassportInvitationForm = PassportInvitationForm()
    ) async throws -> Response {
        switch outcome {
        case .done(let message): return try await render(request, organisation, confirmation: message)
        case .problems(let errors):
            return try await render(request, organisation, form: form, errors: errors, status: .unprocessableEntity)
        }
    }

    private func render(
        _ request: Request, _ organisation: OrganisationEntity, confirmation: String? = nil,
        form: PassportInvitationForm = PassportInvitationForm(), errors: [Components.FieldError] = [],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await PassportEmployerPage.Model.load(
            request: request, organisation: organisation, confirmation: confirmation, form: form, errors: errors)
        return HTMLResponse.page(PassportEmployerPage.render(model), for: request, status: status)
    }
}

/// The passport invitation form.
struct PassportInvitationForm: Content, Sendable {
    var workplace: String?
    var worker: String?
    var email: String?
}
