/// Something a person may try to do with a provider organisation or one of its workplaces.
public enum AccessAction: String, Sendable, CaseIterable {
    /// Know that it exists: its name, workplaces and returns.
    case viewOrganisation
    /// See a workplace's own figures, against its benchmarks.
    case viewWorkplaceFigures
    /// See individual staff records.
    case viewStaffRecords
    /// Upload returns and change workplaces and staff records.
    case editRecords
    /// Invite people and change their roles.
    case manageMembers
    /// Grant and revoke consents, and set what a parent link shares: the data owner's decision.
    case manageSharing
    /// Remove the link to a parent: the subsidiary may always do this, whoever owns its data.
    case removeParentLink
    /// Read who did what with the organisation's data.
    case viewAuditLog

    /// The scopes, any one of which lets an API token do this; empty means tokens may never do it.
    public var tokenScopes: Set<TokenScope> {
        switch self {
        // Any token that may do something with an organisation may know it exists.
        case .viewOrganisation: Set(TokenScope.allCases)
        case .viewWorkplaceFigures: [.providersRead]
        case .viewStaffRecords: [.staffRead]
        case .editRecords: [.returnsWrite]
        case .viewAuditLog: [.auditRead]
        case .manageMembers, .manageSharing, .removeParentLink: []
        }
    }
}

/// How a person stands towards a provider organisation's data. The policy grants actions to
/// relationships, never to people directly.
public enum AccessRelationship: Sendable, Hashable {
    /// Carepath's own operators: they can find organisations, but see no figures or staff records and
    /// cannot add people (who would then see them); a provider's first admin is invited from the CLI.
    case platformAdmin
    /// A member of the organisation (or of the workplace in question) that owns its data.
    case owner(MemberRole)
    /// A member of a subsidiary whose parent owns its data: they see what the parent shares back.
    case memberUnderParentOwnership(MemberRole, SharingLevel)
    /// A member of the parent organisation, which owns the subsidiary's data.
    case owningParent(MemberRole)
    /// A member of the parent organisation, which does not own the subsidiary's data.
    case sharingParent(MemberRole, SharingLevel)
    /// A member of a council or region the provider has consented to, for a purpose, while it lasts.
    case consentedGrantee(ConsentPurpose)
}

/// Why the policy refused.
public enum AccessDenial: Error, Sendable, Equatable {
    /// The person may not know the thing exists: answer as if it did not (HTTP 404).
    case notFound
    /// The person can see the thing but not do this (HTTP 403).
    case forbidden(String)
}
