import Fluent
import Foundation
import Identity
import Vapor

/// Loads what ``AccessPolicy`` needs from storage and applies its decisions to requests.
///
/// Handlers never check roles: they ask this, which asks the policy.
struct AccessControl {
    var request: Request

    private var database: any Database { request.db }
    private var now: Date { request.application.now }

    /// The facts about a provider organisation, or one of its workplaces.
    func facts(organisationID: UUID, workplaceID: UUID? = nil) async throws -> ProviderAccessFacts {
        let link = try await OrganisationLinkEntity.query(on: database).filter(\.$subsidiaryID == organisationID)
            .filter(\.$removedAt == nil).first()
        let consents = try await ConsentEntity.query(on: database).filter(\.$organisationID == organisationID).all()
        return ProviderAccessFacts(
            organisationID: organisationID, workplaceID: workplaceID,
            parentLink: link.flatMap { link in
                guard let owner = DataOwner(rawValue: link.dataOwner),
                    let sharing = SharingLevel(rawValue: link.sharing)
                else { return nil }
                return .init(parentID: link.parentID, dataOwner: owner, sharing: sharing)
            },
            consents: consents.compactMap { consent in
                ConsentPurpose(rawValue: consent.purpose).map {
                    .init(
                        granteeID: consent.granteeID, purpose: $0, validFrom: consent.validFrom,
                        validUntil: consent.validUntil, revokedAt: consent.revokedAt)
                }
            })
    }

    /// The provider organisation with this reference, if the caller may do `action` with it.
    ///
    /// Nobody signed in is asked to sign in, whether or not the reference exists; a signed-in caller
    /// who may not know the organisation exists gets the same "not found" as for an unknown one.
    func provider(
        _ reference: String, for action: AccessAction, workplaceID: UUID? = nil
    ) async throws
        -> OrganisationEntity
    {
        guard let principal = request.principal else {
            throw CarepathError.signInRequired(returnTo: request.url.string)
        }
        guard
            let organisation = try await OrganisationEntity.query(on: database).filter(\.$reference == reference)
                .filter(\.$kind == OrganisationKind.provider.rawValue).first(),
            let organisationID = organisation.id
        else { throw CarepathError.providerNotFound(reference: reference) }
        let facts = try await facts(organisationID: organisationID, workplaceID: workplaceID)
        switch AccessPolicy.decide(principal, action, facts, now: now) {
        case .success: return organisation
        case .failure(.notFound): throw CarepathError.providerNotFound(reference: reference)
        case .failure(.forbidden(let reason)): throw CarepathError.forbidden(reason: reason)
        }
    }

    /// Whether the caller may do `action` with the organisation, without throwing.
    func allows(_ action: AccessAction, organisationID: UUID, workplaceID: UUID? = nil) async throws -> Bool {
        guard let principal = request.principal else { return false }
        let facts = try await facts(organisationID: organisationID, workplaceID: workplaceID)
        if case .success = AccessPolicy.decide(principal, action, facts, now: now) { return true }
        return false
    }

    /// The provider organisations the caller may know of: every one for a platform admin, else
    /// those the caller belongs to, is a parent of, or has a consent from.
    func visibleProviders() async throws -> Set<UUID> {
        guard let principal = request.principal else {
            throw CarepathError.signInRequired(returnTo: request.url.string)
        }
        if principal.isPlatformAdmin, principal.allows(.providersRead) {
            return Set(
                try await OrganisationEntity.query(on: database).filter(\.$kind == OrganisationKind.provider.rawValue)
                    .all().compactMap(\.id))
        }
        let memberOf = principal.memberships.map(\.organisationID)
        var candidates = Set(memberOf)
        for link in try await OrganisationLinkEntity.query(on: database).filter(\.$parentID ~~ memberOf).all() {
            candidates.insert(link.subsidiaryID)
        }
        for consent in try await ConsentEntity.query(on: database).filter(\.$granteeID ~~ memberOf).all() {
            candidates.insert(consent.organisationID)
        }
        var visible: Set<UUID> = []
        for candidate in candidates where try await allows(.viewOrganisation, organisationID: candidate) {
            visible.insert(candidate)
        }
        return visible
    }
}

extension Request {
    var access: AccessControl { AccessControl(request: self) }
}
