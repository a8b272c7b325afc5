import Fluent
import Foundation
import Vapor

extension PassportEmployerPage.Model {
    /// Reads what the page shows for `organisation`, which the caller may already see.
    static func load(
        request: Request, organisation: OrganisationEntity, confirmation: String?, form: PassportInvitationForm,
        errors: [Components.FieldError]
    ) async throws -> Self {
        let organisationID = try organisation.requireID()
        let records = PassportEmployerRecords(database: request.db)
        let issuer = try await PassportIssuers(
            database: request.db, settings: request.application.passportSettings, now: request.application.now
        ).existing(organisationID: organisationID)
        let keyNumber =
            try await issuer.asyncMap { issuer in
                try await PassportIssuerKeyEntity.query(on: request.db).filter(\.$issuerID == issuer.requireID())
                    .filter(\.$validUntil == nil).first()?.number
            } ?? nil
        let issued = try await issuer.asyncMap { try await records.issued(issuerID: $0.requireID(), limit: 200) } ?? []
        let counts = try await issuer.asyncMap { try await records.issuedCounts(issuerID: $0.requireID()) } ?? (0, 0)
        return Self(
            reference: organisation.reference, name: organisation.name, did: issuer?.did, keyNumber: keyNumber,
            workers: try await records.linkedWorkers(organisationID: organisationID),
            issuable: try await records.trainingOfLinkedWorkers(organisationID: organisationID).count,
            issued: issued, counts: counts, confirmation: confirmation, form: form, errors: errors,
            isDemo: request.isDemo)
    }
}
