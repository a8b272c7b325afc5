import Foundation

/// The addresses of signing in, the account pages, and a provider's own records.
enum AccountURL: Equatable, Sendable {
    case signIn(returnTo: String?)
    case twoFactor(returnTo: String?)
    case signOut
    case account
    case setUpTwoFactor
    case signOutEverywhere
    case tokens
    case revokeToken(UUID)
    case unlock(token: String)
    case forgottenPassword
    case resetPassword(token: String)
    case changePassword
    case invitation(token: String)
    case providerStaff(provider: String, workplace: String)
    case providerAudit(String)
    case providerPeople(String)
    case removeMember(provider: String, member: UUID)
    case cancelInvitation(provider: String, invitation: UUID)
    case providerSharing(String)
    case consents(String)
    case revokeConsent(provider: String, consent: UUID)
    case parentSharing(String)
    case removeParentLink(String)
    case apiProviderStaff(provider: String, workplace: String)
    case apiProviderAudit(String)

    enum Segment {
        static let signIn = "sign-in"
        static let twoFactor = "two-factor"
        static let signOut = "sign-out"
        static let account = "account"
        static let everywhere = "sign-out-everywhere"
        static let tokens = "tokens"
        static let token = "token"
        static let revoke = "revoke"
        static let unlock = "unlock"
        static let forgotten = "forgotten-password"
        static let reset = "reset-password"
        static let password = "password"
        static let invitations = "invitations"
        static let secret = "secret"
        static let workplaces = "workplaces"
        static let workplace = "workplace"
        static let staff = "staff"
        static let audit = "audit"
        static let people = "people"
        static let member = "member"
        static let invitation = "invitation"
        static let cancel = "cancel"
        static let remove = "remove"
        static let sharing = "sharing"
        static let consents = "consents"
        static let consent = "consent"
        static let parent = "parent"
    }

    var path: String {
        switch self {
        case .signIn(let returnTo):
            return SiteURL.withQuery(
                "/\(Segment.signIn)", returnTo.map { [URLQueryItem(name: "return-to", value: $0)] } ?? [])
        case .twoFactor(let returnTo):
            return SiteURL.withQuery(
                "/\(Segment.signIn)/\(Segment.twoFactor)",
                returnTo.map { [URLQueryItem(name: "return-to", value: $0)] } ?? [])
        case .signOut: return "/\(Segment.signOut)"
        case .account: return "/\(Segment.account)"
        case .setUpTwoFactor: return "/\(Segment.account)/\(Segment.twoFactor)"
        case .signOutEverywhere: return "/\(Segment.account)/\(Segment.everywhere)"
        case .tokens: return "/\(Segment.account)/\(Segment.tokens)"
        case .revokeToken(let id): return "/\(Segment.account)/\(Segment.tokens)/\(id.uuidString)/\(Segment.revoke)"
        case .unlock(let token): return "/\(Segment.unlock)/\(token)"
        case .forgottenPassword: return "/\(Segment.signIn)/\(Segment.forgotten)"
        case .resetPassword(let token): return "/\(Segment.reset)/\(token)"
        case .changePassword: return "/\(Segment.account)/\(Segment.password)"
        case .invitation(let token): return "/\(Segment.invitations)/\(token)"
        case .providerStaff(let provider, let workplace):
            return "\(SiteURL.provider(provider).path)/\(Segment.workplaces)/\(Self.escape(workplace))/\(Segment.staff)"
        case .providerAudit(let provider): return "\(SiteURL.provider(provider).path)/\(Segment.audit)"
        case .providerPeople(let provider): return "\(SiteURL.provider(provider).path)/\(Segment.people)"
        case .removeMember(let provider, let member):
            return "\(AccountURL.providerPeople(provider).path)/\(member.uuidString)/\(Segment.remove)"
        case .cancelInvitation(let provider, let invitation):
            return
                "\(AccountURL.providerPeople(provider).path)/\(Segment.invitations)/\(invitation.uuidString)/\(Segment.cancel)"
        case .providerSharing(let provider): return "\(SiteURL.provider(provider).path)/\(Segment.sharing)"
        case .consents(let provider): return "\(AccountURL.providerSharing(provider).path)/\(Segment.consents)"
        case .revokeConsent(let provider, let consent):
            return "\(AccountURL.consents(provider).path)/\(consent.uuidString)/\(Segment.revoke)"
        case .parentSharing(let provider): return "\(AccountURL.providerSharing(provider).path)/\(Segment.parent)"
        case .removeParentLink(let provider): return "\(AccountURL.parentSharing(provider).path)/\(Segment.remove)"
        case .apiProviderStaff(let provider, let workplace):
            return "/api/v1" + AccountURL.providerStaff(provider: provider, workplace: workplace).path
        case .apiProviderAudit(let provider): return "/api/v1" + AccountURL.providerAudit(provider).path
        }
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? segment
    }

    /// Where to go after signing in: only a path on this site, never another site (no open
    /// redirect). Browsers ignore tabs and newlines in addresses and treat `\\` as `/`, so only
    /// plain path and query characters are let through.
    static func safeReturnPath(_ raw: String?) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~%?=&+,;:@")
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), raw.count <= 2000, raw.allSatisfy(allowed.contains)
        else { return AccountURL.account.path }
        return raw
    }
}

extension SiteURL {
    static func signIn(returnTo: String?) -> SiteURL { .accounts(.signIn(returnTo: returnTo)) }
    static let account = SiteURL.accounts(.account)
    static func unlock(token: String) -> SiteURL { .accounts(.unlock(token: token)) }
    static func invitation(token: String) -> SiteURL { .accounts(.invitation(token: token)) }
}
