import Fluent
import Foundation
import Identity
import Passport
import Vapor

/// A training provider issuing course completions to workers' passports, by the passport identifier
/// the worker gives it, and revoking them.
struct CourseCompletionsController: Sendable {
    /// `GET /courses/{reference}`.
    func page(_ request: Request) async throws -> Response {
        try await render(request, try await trainingProvider(request))
    }

    /// `POST /courses/{reference}/completions`.
    func issue(_ request: Request) async throws -> Response {
        let organisation = try await trainingProvider(request)
        let form = try request.content.decode(CourseCompletionForm.self)
        let app = request.application
        let issuer = try await PassportIssuers(database: request.db, settings: app.passportSettings, now: app.now)
            .issuer(for: organisation)
        let courses = Self.courses(app.trainingCatalogue, issuer: issuer)
        switch form.parsed(courses: Set(courses.map(\.code)), today: Passport.CalendarDate.london(of: app.now)) {
        case .failure(let problems):
            return try await render(
                request, organisation, form: form, errors: problems.errors, status: .unprocessableEntity)
        case .success(let completion):
            try await request.db.transaction { transaction in
                _ = try await PassportIssuance(
                    database: transaction, settings: app.passportSettings, catalogue: app.trainingCatalogue,
                    now: app.now
                ).issue([completion], by: issuer, issuedBy: request.identity.user?.email ?? "anonymous")
                try await request.audit(
                    .init(
                        action: .credentialsIssued, subjectKind: "organisation", subjectID: organisation.reference,
                        organisationID: organisation.id, reason: completion.code), on: transaction)
            }
            return try await render(request, organisation, confirmation: "\(completion.code) completion issued")
        }
    }

    /// `POST /courses/{reference}/credentials/{credential}/revoke`.
    func revoke(_ request: Request) async throws -> Response {
        let organisation = try await trainingProvider(request)
        let raw = request.parameters.get(PassportURL.Segment.credential) ?? ""
        let credential = try await PassportEmployerIssuing(request: request).issuedCredential(
            raw, organisation: organisation)
        let revoked = try await PassportEmployerIssuing(request: request).revoke(
            credential, reason: "revoked by the training provider", organisationID: organisation.requireID())
        return try await render(
            request, organisation,
            confirmation: revoked ? "\(credential.name) revoked" : "\(credential.name) was already revoked")
    }

    /// The training provider named in the path, if the signed-in person may issue for it; anyone else
    /// learns nothing about it.
    private func trainingProvider(_ request: Request) async throws -> OrganisationEntity {
        let reference = request.parameters.get(SiteURL.Segment.reference) ?? ""
        guard let principal = request.principal else {
            throw CarepathError.signInRequired(returnTo: request.url.path)
        }
        guard
            let organisation = try await OrganisationEntity.query(on: request.db).filter(\.$reference == reference)
                .filter(\.$kind == OrganisationKind.trainingProvider.rawValue).first(),
            CoursePolicy.mayIssue(principal, asTrainingProvider: try organisation.requireID())
        else { throw CarepathError.recordNotFound(kind: "training provider", id: reference) }
        return organisation
    }

    /// The catalogue items the issuer may issue, by title.
    static func courses(_ catalogue: TrainingCatalogueFile, issuer: PassportIssuerEntity) -> [CatalogueItem] {
        guard let trusted = try? PassportTrust.Issuer(entity: issuer, keys: []).trusted() else { return [] }
        return catalogue.items.filter { trusted.mayIssue($0.code) }.sorted { $0.title < $1.title }
    }

    private func render(
        _ request: Request, _ organisation: OrganisationEntity, confirmation: String? = nil,
        form: CourseCompletionForm = CourseCompletionForm(), errors: [Components.FieldError] = [],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let app = request.application
        let issuer = try await PassportIssuers(database: request.db, settings: app.passportSettings, now: app.now)
            .issuer(for: organisation)
        let issued = try await PassportEmployerRecords(database: request.db).issued(
            issuerID: issuer.requireID(), limit: 200)
        let model = CourseCompletionsPage.Model(
            reference: organisation.reference, name: organisation.name, did: issuer.did,
            courses: Self.courses(app.trainingCatalogue, issuer: issuer).map { ($0.code, $0.title) },
            issued: issued.map(\.credential), form: form, errors: errors, confirmation: confirmation,
            isDemo: request.isDemo)
        return HTMLResponse.page(CourseCompletionsPage.render(model), for: request, status: status)
    }
}
