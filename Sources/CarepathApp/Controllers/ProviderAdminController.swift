import Fluent
import Foundation
import Identity
import Vapor

/// A provider's people and sharing: invitations, consents for councils and regions, and what its
/// parent link shares. Every change is audited in the same transaction.
struct ProviderAdminController: Sendable {
    /// The give-a-consent form as posted.
    struct ConsentForm: Content {
        var grantee: String?
        var purpose: String?
        var duration: String?
    }

    /// The parent-sharing form as posted.
    struct SharingForm: Content {
        var sharing: String?
    }

    /// The invite form as posted.
    struct InviteForm: Content {
        var email: String?
        var role: String?
    }

    /// `GET /providers/{reference}/sharing`: for the data owner's admins, and for a subsidiary's
    /// admins who may only leave their parent.
    func sharing(_ request: Request) async throws -> Response {
        let (organisation, allowed) = try await request.access.provider(
            reference(request), forAnyOf: [.manageSharing, .removeParentLink])
        return try await sharingPage(request, organisation, allowed: allowed, errors: [])
    }

    /// `POST /providers/{reference}/sharing/parent/remove`: the subsidiary leaves its parent, and
    /// owns its data again.
    func removeParentLink(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .removeParentLink)
        let link = try await activeParentLink(of: organisation, on: request.db)
        link.removedAt = request.application.now
        try await request.db.transaction { transaction in
            try await link.save(on: transaction)
            try await request.audit(
                .init(
                    action: .parentLinkRemoved, subjectKind: "organisation_link", subjectID: link.id?.uuidString,
                    organisationID: organisation.id), on: transaction)
        }
        return request.redirect(to: SiteURL.provider(organisation.reference).path, redirectType: .normal)
    }

    /// `POST /providers/{reference}/sharing/consents`.
    func grantConsent(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageSharing)
        let form = try request.content.decode(ConsentForm.self)
        let grantees = try await SharingRepository(database: request.db).grantees()
        let grantee = form.grantee.flatMap(UUID.init(uuidString:)).flatMap { id in grantees.first { $0.id == id } }
        let purpose = form.purpose.flatMap(ConsentPurpose.init(rawValue:))
        let days = form.duration.flatMap { raw in ProviderSharingPage.durations.first { $0.0 == raw } }.flatMap {
            Int($0.0)
        }
        var errors: [Components.FieldError] = []
        if grantee == nil { errors.append(.init(fieldID: "grantee", message: "Choose a council or region")) }
        if purpose == nil { errors.append(.init(fieldID: "purpose", message: "Choose a purpose")) }
        if days == nil { errors.append(.init(fieldID: "duration", message: "Choose how long the consent lasts")) }
        guard let grantee, let purpose, let days, errors.isEmpty, let user = request.identity.user else {
            return try await sharingPage(
                request, organisation, allowed: [.manageSharing], errors: errors, status: .unprocessableEntity)
        }
        let now = request.application.now
        let consent = ConsentEntity()
        consent.id = UUID()
        consent.organisationID = try organisation.requireID()
        consent.granteeID = grantee.id
        consent.purpose = purpose.rawValue
        consent.validFrom = now
        consent.validUntil = now.addingTimeInterval(TimeInterval(days) * 86_400)
        consent.grantedBy = user.userID
        consent.createdAt = now
        try await request.db.transaction { transaction in
            try await consent.create(on: transaction)
            try await request.audit(
                .init(
                    action: .consentGranted, subjectKind: "consent", subjectID: grantee.name,
                    organisationID: organisation.id, reason: purpose.displayName), on: transaction)
        }
        return request.redirect(to: AccountURL.providerSharing(organisation.reference).path, redirectType: .normal)
    }

    /// `POST /providers/{reference}/sharing/consents/{consent}/revoke`.
    func revokeConsent(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageSharing)
        let raw = request.parameters.get(AccountURL.Segment.consent) ?? ""
        guard let id = UUID(uuidString: raw),
            let consent = try await ConsentEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$organisationID == organisation.requireID()).first()
        else { throw CarepathError.recordNotFound(kind: "consent", id: raw) }
        if consent.revokedAt == nil {
            consent.revokedAt = request.application.now
            try await request.db.transaction { transaction in
                try await consent.save(on: transaction)
                try await request.audit(
                    .init(
                        action: .consentRevoked, subjectKind: "consent", subjectID: id.uuidString,
                        organisationID: organisation.id, reason: "\(consent.purpose) until \(consent.validUntil)"),
                    on: transaction)
            }
        }
        return request.redirect(to: AccountURL.providerSharing(organisation.reference).path, redirectType: .normal)
    }

    /// `POST /providers/{reference}/sharing/parent`: the subsidiary (or the owning parent) changes
    /// what the other side sees; the subsidiary can always take sharing away.
    func changeParentSharing(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageSharing)
        guard let level = try request.content.decode(SharingForm.self).sharing.flatMap(SharingLevel.init(rawValue:))
        else { throw CarepathError.invalidInput([.init(field: "sharing", message: "choose a sharing level")]) }
        let link = try await activeParentLink(of: organisation, on: request.db)
        let previous = link.sharing
        link.sharing = level.rawValue
        try await request.db.transaction { transaction in
            try await link.save(on: transaction)
            try await request.audit(
                .init(
                    action: .sharingChanged, subjectKind: "organisation_link", subjectID: link.id?.uuidString,
                    organisationID: organisation.id, reason: "\(previous) → \(level.rawValue)"), on: transaction)
        }
        return request.redirect(to: AccountURL.providerSharing(organisation.reference).path, redirectType: .normal)
    }

    private func activeParentLink(
        of organisation: OrganisationEntity, on database: any Database
    ) async throws
        -> OrganisationLinkEntity
    {
        guard
            let link = try await OrganisationLinkEntity.query(on: database)
                .filter(\.$subsidiaryID == organisation.requireID()).filter(\.$removedAt == nil).first()
        else { throw CarepathError.recordNotFound(kind: "parent link", id: organisation.reference) }
        return link
    }

    private func sharingPage(
        _ request: Request, _ organisation: OrganisationEntity, allowed: Set<AccessAction>,
        errors: [Components.FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let repository = SharingRepository(database: request.db)
        let id = try organisation.requireID()
        let model = ProviderSharingPage.Model(
            reference: organisation.reference, name: organisation.name, consents: try await repository.consents(of: id),
            parentLink: try await repository.parentLink(of: id), grantees: try await repository.grantees(),
            now: request.application.now, canManage: allowed.contains(.manageSharing),
            canLeaveParent: allowed.contains(.removeParentLink), errors: errors, isDemo: request.isDemo)
        return HTMLResponse.page(ProviderSharingPage.render(model), for: request, status: status)
    }

    func reference(_ request: Request) -> String {
        request.parameters.get(SiteURL.Segment.reference) ?? ""
    }
}
