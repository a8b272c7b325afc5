import Foundation

/// The addresses of the passport: published documents, the worker's wallet, an employer's issuing
/// page and verification.
enum PassportURL: Equatable, Sendable {
    case platformDocument
    case issuerDocument(slug: String)
    case statusList(slug: String, number: Int)
    case trustList
    case wallet
    case walletBundle
    case walletKey
    case claim(token: String)
    case shares
    case share(UUID)
    case revokeShare(UUID)
    case shared(token: String)
    case sharedAccept(token: String)
    case employer(String)
    case employerInvitations(String)
    case employerIssue(String)
    case employerRevoke(provider: String, credential: UUID)
    case employerRotateKey(String)
    case employerChecks(String)
    case verify
    case verifyAccept
    case training(provider: String, workplace: String)
    case courses(String)
    case courseCompletions(String)
    case courseRevoke(provider: String, credential: UUID)
    case apiVerify

    enum Segment {
        static let wellKnown = ".well-known"
        static let didDocument = "did.json"
        static let issuers = "issuers"
        static let slug = "slug"
        static let status = "status"
        static let number = "number"
        static let trustList = "trust-list"
        static let passport = "passport"
        static let bundle = "bundle.json"
        static let key = "key"
        static let claim = "claim"
        static let invitations = "invitations"
        static let issue = "issue"
        static let credentials = "credentials"
        static let credential = "credential"
        static let revoke = "revoke"
        static let keys = "keys"
        static let checks = "checks"
        static let verify = "verify"
        static let shares = "shares"
        static let share = "share"
        static let shared = "shared"
        static let training = "training"
        static let courses = "courses"
        static let completions = "completions"
        static let accept = "accept"
    }

    var path: String {
        switch self {
        case .platformDocument: return "/\(Segment.wellKnown)/\(Segment.didDocument)"
        case .issuerDocument(let slug): return "/\(Segment.issuers)/\(slug)/\(Segment.didDocument)"
        case .statusList(let slug, let number): return "/\(Segment.status)/\(slug)/\(number)"
        case .trustList: return "/\(Segment.trustList)"
        case .wallet: return "/\(Segment.passport)"
        case .walletBundle: return "/\(Segment.passport)/\(Segment.bundle)"
        case .walletKey: return "/\(Segment.passport)/\(Segment.key)"
        case .claim(let token): return "/\(Segment.passport)/\(Segment.claim)/\(token)"
        case .shares: return "/\(Segment.passport)/\(Segment.shares)"
        case .share(let id): return "/\(Segment.passport)/\(Segment.shares)/\(id.uuidString)"
        case .revokeShare(let id): return "/\(Segment.passport)/\(Segment.shares)/\(id.uuidString)/\(Segment.revoke)"
        case .shared(let token): return "/\(Segment.shared)/\(token)"
        case .sharedAccept(let token): return "/\(Segment.shared)/\(token)/\(Segment.accept)"
        case .employer(let provider): return Self.employerPath(provider)
        case .employerInvitations(let provider): return Self.employerPath(provider) + "/\(Segment.invitations)"
        case .employerIssue(let provider): return Self.employerPath(provider) + "/\(Segment.issue)"
        case .employerRevoke(let provider, let credential):
            return Self.employerPath(provider) + "/\(Segment.credentials)/\(credential.uuidString)/\(Segment.revoke)"
        case .employerRotateKey(let provider): return Self.employerPath(provider) + "/\(Segment.keys)"
        case .employerChecks(let provider): return Self.employerPath(provider) + "/\(Segment.checks)"
        case .verify: return "/\(Segment.verify)"
        case .verifyAccept: return "/\(Segment.verify)/\(Segment.accept)"
        case .courses(let provider): return "/\(Segment.courses)/\(AccountURL.escape(provider))"
        case .courseCompletions(let provider):
            return "/\(Segment.courses)/\(AccountURL.escape(provider))/\(Segment.completions)"
        case .courseRevoke(let provider, let credential):
            return "/\(Segment.courses)/\(AccountURL.escape(provider))/\(Segment.credentials)/\(credential.uuidString)/"
                + Segment.revoke
        case .training(let provider, let workplace):
            return "\(SiteURL.provider(provider).path)/\(AccountURL.Segment.workplaces)/"
                + "\(AccountURL.escape(workplace))/\(Segment.training)"
        case .apiVerify: return "/api/v1/\(Segment.verify)"
        }
    }

    private static func employerPath(_ provider: String) -> String {
        "\(SiteURL.provider(provider).path)/\(Segment.passport)"
    }
}
