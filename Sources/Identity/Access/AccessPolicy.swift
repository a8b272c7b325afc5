import Foundation

/// The one place that decides who may do what with a provider organisation's data.
///
/// Every route and query asks it; no handler checks roles itself. It is a pure function of the
/// principal, the facts about the organisation, the action and the time, so it is tested
/// exhaustively without a server.
public enum AccessPolicy {
    /// Decides whether `principal` may do `action` to the organisation (or workplace) `facts` describe.
    public static func decide(
        _ principal: Principal?, _ action: AccessAction, _ facts: ProviderAccessFacts, now: Date
    ) -> Result<Void, AccessDenial> {
        guard let principal else { return .failure(.notFound) }
        let relationships = relationships(of: principal, to: facts, now: now)
        guard relationships.contains(where: { permits($0, .viewOrganisation) }) else { return .failure(.notFound) }
        guard relationships.contains(where: { permits($0, action) }) else {
            return .failure(.forbidden("Your role does not allow this."))
        }
        if let scopes = principal.tokenScopes, scopes.isDisjoint(with: action.tokenScopes) {
            guard let needed = action.tokenScopes.map(\.rawValue).sorted().first else {
                return .failure(.forbidden("API tokens cannot do this; sign in instead."))
            }
            return .failure(.forbidden("This API token does not have the \(needed) scope."))
        }
        return .success(())
    }

    /// The declarative table: which relationship allows which action.
    public static func permits(_ relationship: AccessRelationship, _ action: AccessAction) -> Bool {
        switch (relationship, action) {
        case (.platformAdmin, .viewOrganisation):
            return true
        case (.platformAdmin, _):
            return false
        case (.owner(let role), _):
            return role >= minimumOwnerRole(for: action)
        case (.owningParent(let role), _):
            // The parent's people stand in for the subsidiary's own (ASC-WDS data ownership), but
            // neither add people to it nor cut the subsidiary loose.
            return action != .manageMembers && action != .removeParentLink && role >= minimumOwnerRole(for: action)
        case (.memberUnderParentOwnership(let role, let sharing), _),
            (.sharingParent(let role, let sharing), _):
            // The side that does not own the data only ever reads, and only what is shared. A
            // viewer on the parent's side is capped at the workplace level, as in ASC-WDS.
            switch action {
            case .viewOrganisation: return true
            case .viewWorkplaceFigures: return sharing >= .workplace
            case .viewStaffRecords:
                let isParentViewer: Bool
                if case .sharingParent = relationship {
                    isParentViewer = role == .viewer
                } else {
                    isParentViewer = false
                }
                return sharing == .workplaceAndStaff && !isParentViewer
            case .removeParentLink:
                // A subsidiary whose parent owns its data can still leave; the parent cannot do
                // this for it.
                if case .memberUnderParentOwnership = relationship { return role == .admin }
                return false
            case .editRecords, .manageMembers, .manageSharing, .viewAuditLog: return false
            }
        case (.consentedGrantee, .viewOrganisation), (.consentedGrantee, .viewWorkplaceFigures):
            return true
        case (.consentedGrantee, _):
            return false
        }
    }

    private static func minimumOwnerRole(for action: AccessAction) -> MemberRole {
        switch action {
        case .viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords: .viewer
        case .editRecords: .editor
        case .manageMembers, .manageSharing, .removeParentLink, .viewAuditLog: .admin
        }
    }

    /// Every way `principal` stands towards the organisation or workplace.
    public static func relationships(
        of principal: Principal, to facts: ProviderAccessFacts, now: Date
    ) -> [AccessRelationship] {
        var found: [AccessRelationship] = []
        if principal.isPlatformAdmin { found.append(.platformAdmin) }
        for membership in principal.memberships {
            if membership.organisationID == facts.organisationID, membership.kind == .provider,
                covers(membership, facts)
            {
                if let link = facts.parentLink, link.dataOwner == .parent {
                    found.append(.memberUnderParentOwnership(membership.role, link.sharing))
                } else {
                    found.append(.owner(membership.role))
                }
            }
            if let link = facts.parentLink, membership.organisationID == link.parentID, membership.kind == .provider,
                membership.workplaceID == nil
            {
                found.append(
                    link.dataOwner == .parent
                        ? .owningParent(membership.role) : .sharingParent(membership.role, link.sharing))
            }
            if membership.kind == .council || membership.kind == .region {
                for consent in facts.consents
                where consent.granteeID == membership.organisationID && consent.isActive(at: now) {
                    found.append(.consentedGrantee(consent.purpose))
                }
            }
        }
        return found
    }

    /// A workplace membership covers that workplace only; it never covers the organisation as a whole.
    private static func covers(_ membership: Membership, _ facts: ProviderAccessFacts) -> Bool {
        guard let workplace = membership.workplaceID else { return true }
        return workplace == facts.workplaceID
    }
}
