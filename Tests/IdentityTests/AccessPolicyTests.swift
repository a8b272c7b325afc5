import Foundation
import Identity
import Testing

/// The policy table, checked cell by cell against a table written out by hand, and the decisions
/// built on it.
@Suite("Access policy")
struct AccessPolicyTests {
    typealias Action = AccessAction

    /// What each relationship may do, written independently of the code's switch.
    static let expected: [(AccessRelationship, Set<Action>)] = [
        (.platformAdmin, [.viewOrganisation]),
        (.owner(.viewer), [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords]),
        (.owner(.editor), [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords, .editRecords]),
        (.owner(.admin), Set(Action.allCases)),
        (.owningParent(.viewer), [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords]),
        (.owningParent(.editor), [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords, .editRecords]),
        (.owningParent(.admin), Set(Action.allCases).subtracting([.manageMembers, .removeParentLink])),
        (.sharingParent(.admin, .none), [.viewOrganisation]),
        (.sharingParent(.admin, .workplace), [.viewOrganisation, .viewWorkplaceFigures]),
        (.sharingParent(.admin, .workplaceAndStaff), [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords]),
        (.sharingParent(.editor, .workplaceAndStaff), [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords]),
        // A parent-side viewer is capped at the workplace level, as in ASC-WDS.
        (.sharingParent(.viewer, .workplaceAndStaff), [.viewOrganisation, .viewWorkplaceFigures]),
        (.memberUnderParentOwnership(.viewer, .none), [.viewOrganisation]),
        // The subsidiary cannot raise what it is shared, nor give consents for data it does not
        // own; it can leave its parent.
        (.memberUnderParentOwnership(.admin, .none), [.viewOrganisation, .removeParentLink]),
        (
            .memberUnderParentOwnership(.admin, .workplaceAndStaff),
            [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords, .removeParentLink]
        ),
        (
            .memberUnderParentOwnership(.viewer, .workplaceAndStaff),
            [.viewOrganisation, .viewWorkplaceFigures, .viewStaffRecords]
        ),
        (.consentedGrantee(.commissioning), [.viewOrganisation, .viewWorkplaceFigures]),
        (.consentedGrantee(.cqc), [.viewOrganisation, .viewWorkplaceFigures]),
    ]

    @Test("Every relationship × action cell matches the written table")
    func table() {
        for (relationship, allowed) in Self.expected {
            for action in Action.allCases {
                #expect(
                    AccessPolicy.permits(relationship, action) == allowed.contains(action), "\(relationship) \(action)")
            }
        }
    }

    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    static let provider = UUID()
    static let parent = UUID()
    static let council = UUID()

    static func person(
        _ organisation: UUID, _ kind: OrganisationKind, _ role: MemberRole, workplace: UUID? = nil
    )
        -> Principal
    {
        Principal(
            userID: UUID(),
            memberships: [Membership(organisationID: organisation, kind: kind, role: role, workplaceID: workplace)])
    }

    @Test("Nobody, and anyone unrelated, is told the organisation does not exist")
    func strangers() {
        let facts = ProviderAccessFacts(organisationID: Self.provider)
        for action in Action.allCases {
            #expect(AccessPolicy.decide(nil, action, facts, now: Self.now) == .failure(.notFound))
            let other = Self.person(UUID(), .provider, .admin)
            #expect(AccessPolicy.decide(other, action, facts, now: Self.now) == .failure(.notFound))
            let region = Self.person(Self.council, .region, .admin)
            #expect(AccessPolicy.decide(region, action, facts, now: Self.now) == .failure(.notFound))
        }
    }

    @Test("A consent counts only while it is in force")
    func consents() {
        let council = Self.person(Self.council, .council, .viewer)
        func facts(from: TimeInterval, until: TimeInterval, revoked: Bool) -> ProviderAccessFacts {
            ProviderAccessFacts(
                organisationID: Self.provider,
                consents: [
                    .init(
                        granteeID: Self.council, purpose: .commissioning, validFrom: Self.now.addingTimeInterval(from),
                        validUntil: Self.now.addingTimeInterval(until), revokedAt: revoked ? Self.now : nil)
                ])
        }
        let active = facts(from: -10, until: 10, revoked: false)
        #expect(AccessPolicy.decide(council, .viewWorkplaceFigures, active, now: Self.now) == .success(()))
        #expect(
            AccessPolicy.decide(council, .viewStaffRecords, active, now: Self.now)
                == .failure(.forbidden("Your role does not allow this.")))
        for ended in [
            facts(from: -10, until: 0, revoked: false), facts(from: 5, until: 10, revoked: false),
            facts(from: -10, until: 10, revoked: true),
        ] {
            #expect(AccessPolicy.decide(council, .viewWorkplaceFigures, ended, now: Self.now) == .failure(.notFound))
        }
        // A provider cannot be granted to a provider: consents are for councils and regions.
        let provider = Self.person(Self.council, .provider, .admin)
        #expect(AccessPolicy.decide(provider, .viewWorkplaceFigures, active, now: Self.now) == .failure(.notFound))
    }

    @Test("Parent links follow data ownership and sharing")
    func parents() {
        let sharing = ProviderAccessFacts(
            organisationID: Self.provider,
            parentLink: .init(parentID: Self.parent, dataOwner: .subsidiary, sharing: .workplaceAndStaff))
        #expect(
            AccessPolicy.relationships(of: Self.person(Self.parent, .provider, .editor), to: sharing, now: Self.now)
                == [.sharingParent(.editor, .workplaceAndStaff)])
        let owned = ProviderAccessFacts(
            organisationID: Self.provider,
            parentLink: .init(parentID: Self.parent, dataOwner: .parent, sharing: .none))
        #expect(
            AccessPolicy.decide(Self.person(Self.parent, .provider, .editor), .editRecords, owned, now: Self.now)
                == .success(()))
        // The subsidiary's own people drop to what the parent shares back.
        #expect(
            AccessPolicy.decide(Self.person(Self.provider, .provider, .admin), .viewStaffRecords, owned, now: Self.now)
                == .failure(.forbidden("Your role does not allow this.")))
    }

    @Test("A workplace membership reaches its workplace only")
    func workplaceMembership() {
        let workplace = UUID()
        let member = Self.person(Self.provider, .provider, .viewer, workplace: workplace)
        let own = ProviderAccessFacts(organisationID: Self.provider, workplaceID: workplace)
        let sibling = ProviderAccessFacts(organisationID: Self.provider, workplaceID: UUID())
        #expect(AccessPolicy.decide(member, .viewStaffRecords, own, now: Self.now) == .success(()))
        #expect(AccessPolicy.decide(member, .viewStaffRecords, sibling, now: Self.now) == .failure(.notFound))
    }

    @Test("Tokens need a matching scope, and can never manage people or sharing")
    func tokens() {
        var admin = Self.person(Self.provider, .provider, .admin)
        let facts = ProviderAccessFacts(organisationID: Self.provider)
        admin.tokenScopes = [.providersRead]
        #expect(AccessPolicy.decide(admin, .viewWorkplaceFigures, facts, now: Self.now) == .success(()))
        #expect(
            AccessPolicy.decide(admin, .viewStaffRecords, facts, now: Self.now)
                == .failure(.forbidden("This API token does not have the staff:read scope.")))
        admin.tokenScopes = Set(TokenScope.allCases)
        #expect(
            AccessPolicy.decide(admin, .manageMembers, facts, now: Self.now)
                == .failure(.forbidden("API tokens cannot do this; sign in instead.")))
    }
}

extension Result where Success == Void, Failure == AccessDenial {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.success, .success): true
        case (.failure(let left), .failure(let right)): left == right
        default: false
        }
    }
}
