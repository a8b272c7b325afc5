import Foundation

/// What the policy needs to know about a provider organisation, or one of its workplaces, to decide
/// who may reach it. The shell loads these facts; the policy only reasons about them.
public struct ProviderAccessFacts: Sendable, Equatable {
    /// A parent link, seen from the subsidiary.
    public struct ParentLink: Sendable, Equatable {
        public var parentID: UUID
        public var dataOwner: DataOwner
        /// What the side that does not own the data may see.
        public var sharing: SharingLevel

        public init(parentID: UUID, dataOwner: DataOwner, sharing: SharingLevel) {
            self.parentID = parentID
            self.dataOwner = dataOwner
            self.sharing = sharing
        }
    }

    /// A provider's consent for a council or region to see its workplaces' own figures.
    public struct Consent: Sendable, Equatable {
        public var granteeID: UUID
        public var purpose: ConsentPurpose
        public var validFrom: Date
        public var validUntil: Date
        public var revokedAt: Date?

        public init(granteeID: UUID, purpose: ConsentPurpose, validFrom: Date, validUntil: Date, revokedAt: Date?) {
            self.granteeID = granteeID
            self.purpose = purpose
            self.validFrom = validFrom
            self.validUntil = validUntil
            self.revokedAt = revokedAt
        }

        /// In force at `now`: started, not ended, not revoked.
        public func isActive(at now: Date) -> Bool {
            revokedAt == nil && validFrom <= now && now < validUntil
        }
    }

    public var organisationID: UUID
    /// Set when the question is about one workplace of the organisation.
    public var workplaceID: UUID?
    /// The organisation's link to its parent, if it has one that has not been removed.
    public var parentLink: ParentLink?
    public var consents: [Consent]

    public init(organisationID: UUID, workplaceID: UUID? = nil, parentLink: ParentLink? = nil, consents: [Consent] = [])
    {
        self.organisationID = organisationID
        self.workplaceID = workplaceID
        self.parentLink = parentLink
        self.consents = consents
    }
}
