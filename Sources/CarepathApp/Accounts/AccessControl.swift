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
            // A value the policy does not know fails closed: the parent owns, nothing is shared.
            parentLink: link.map { link in
                .init(
                    parentID: link.parentID, dataOwner: DataOwner(rawValue: link.dataOwner) ?? .parent,
                    sharing: SharingLevel(rawValue: link.sharing) ?? .none)
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

    /// The provider organisation and which of `actions` the caller may do, once the caller may do
    /// at least one; otherwise the policy's refusal for the first.
    func provider(
        _ reference: String, forAnyOf actions: [AccessAction]
    ) async throws
        -> (OrganisationEntity, Set<AccessAction>)
    {
        let (organisation, everything) = try await provider(allowedActionsFor: reference)
        let allowed = everything.intersection(actions)
        guard !allowed.isEmpty else {
            // The policy's own refusal, with its reason.
            _ = try await provider(reference, for: actions.first ?? .viewOrganisation)
            throw CarepathError.forbidden(reason: "Your role does not allow this.")
        }
        return (organisation, allowed)
    }

    /// Every action the caller may take with the organisation, from one load of its facts.
    func allowedActions(organisationID: UUID) async throws -> Set<AccessAction> {
        guard let principal = request.principal else { return [] }
        let facts = try await facts(organisationID: organisationID)
        return Set(
            AccessAction.allCases.filter { action in
                if case .success = AccessPolicy.decide(principal, action, facts, now: now) { return true }
                return false
            })
    }

    /// The provider with this reference and everything the caller may do with it; refused as
    /// ``provider(_:for:workplaceID:)`` refuses when the caller may not know it exists.
    func provider(allowedActionsFor reference: String) async throws -> (OrganisationEntity, Set<AccessAction>) {
        let organisation = try await provider(reference, for: .viewOrganisation)
        return (organisation, try await allowedActions(organisationID: organisation.requireID()))
    }

    /// The provider organisations the caller may know of, each with what the caller may do with it:
    /// every one for a platform admin, else those the caller belongs to, is a parent of, or has a
    /// consent from.
    func visibleProviders() async throws -> [UUID: Set<AccessAction>] {
        guard let principal = request.principal else {
            throw CarepathError.signInRequired(returnTo: request.url.string)
        }
        var candidates: Set<UUID>
        if principal.isPlatformAdmin {
            candidates = Set(
                try await OrganisationEntity.query(on: database).filter(\.$kind == OrganisationKind.provider.rawValue)
                    .all().compactMap(\.id))
        } else {
            let memberOf = principal.memberships.map(\.organisationID)
            candidates = Set(memberOf)
            for link in try await OrganisationLinkEntity.query(on: database).filter(\.$parentID ~~ memberOf).all() {
                candidates.insert(link.subsidiaryID)
            }
            for consent in try await ConsentEntity.query(on: database).filter(\.$granteeID ~~ memberOf).all() {
                candidates.insert(consent.organisationID)
            }
        }
        var visible: [UUID: Set<AccessAction>] = [:]
        for candidate in candidates {
            let actions = try await allowedActions(organisationID: candidate)
            if actions.contains(.viewOrganisation) { visible[candidate] = actions }
        }
        return visible
    }
}

extension Request {
    var access: AccessControl { AccessControl(request: self) }
}
