import Foundation

/// One person's membership of one organisation, optionally narrowed to one of its workplaces.
public struct Membership: Sendable, Equatable, Hashable {
    public var organisationID: UUID
    public var kind: OrganisationKind
    public var role: MemberRole
    /// Set when the membership covers one workplace rather than the whole organisation.
    public var workplaceID: UUID?
    /// A council's or region's area code.
    public var areaCode: String?

    public init(
        organisationID: UUID, kind: OrganisationKind, role: MemberRole, workplaceID: UUID? = nil,
        areaCode: String? = nil
    ) {
        self.organisationID = organisationID
        self.kind = kind
        self.role = role
        self.workplaceID = workplaceID
        self.areaCode = areaCode
    }
}

/// What an API token may be used for. A signed-in browser session has every scope its roles allow.
public enum TokenScope: String, Sendable, CaseIterable, Codable {
    case providersRead = "providers:read"
    case staffRead = "staff:read"
    case returnsWrite = "returns:write"
    case auditRead = "audit:read"

    public var summary: String {
        switch self {
        case .providersRead: "See your organisations, workplaces and their figures"
        case .staffRead: "See staff records"
        case .returnsWrite: "Upload returns"
        case .auditRead: "Read the audit log"
        }
    }
}

/// Whoever is making a request, as the policy sees them.
public struct Principal: Sendable, Equatable {
    public var userID: UUID
    public var memberships: [Membership]
    /// `nil` for a browser session; the token's scopes for an API token.
    public var tokenScopes: Set<TokenScope>?

    public init(userID: UUID, memberships: [Membership], tokenScopes: Set<TokenScope>? = nil) {
        self.userID = userID
        self.memberships = memberships
        self.tokenScopes = tokenScopes
    }

    /// Whether the person operates Carepath itself.
    public var isPlatformAdmin: Bool {
        memberships.contains { $0.kind == .platform && $0.role == .admin }
    }

    /// Whether any of the person's roles can reach staff records or administer something, which is
    /// when Carepath insists on a second factor at sign-in.
    public var needsSecondFactor: Bool {
        memberships.contains { $0.role == .admin || $0.kind == .provider }
    }

    /// Whether the principal may use `scope`: a session always may; a token only if it was given it.
    public func allows(_ scope: TokenScope) -> Bool {
        tokenScopes.map { $0.contains(scope) } ?? true
    }
}
