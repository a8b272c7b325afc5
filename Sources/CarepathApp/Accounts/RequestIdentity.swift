import Foundation
import Identity
import Vapor

/// A signed-in person, as a request sees them.
struct SignedInUser: Sendable {
    var userID: UUID
    var email: String
    var displayName: String
    var principal: Principal
    /// The browser session, or `nil` for an API token.
    var sessionID: UUID?
}

/// Who is making a request.
enum RequestIdentity: Sendable {
    case anonymous
    /// Password accepted; the session waits for a code from the authenticator app.
    case awaitingSecondFactor(SignedInUser)
    /// Password accepted, but the person's roles need a second factor they have not set up yet.
    case mustSetUpSecondFactor(SignedInUser)
    case signedIn(SignedInUser)

    /// The person, once fully signed in.
    var user: SignedInUser? {
        if case .signedIn(let user) = self { return user }
        return nil
    }

    /// The person, at any stage of signing in.
    var anyStageUser: SignedInUser? {
        switch self {
        case .anonymous: nil
        case .awaitingSecondFactor(let user), .mustSetUpSecondFactor(let user), .signedIn(let user): user
        }
    }
}

extension Request {
    private struct IdentityKey: StorageKey {
        typealias Value = RequestIdentity
    }

    private struct CSRFTokenKey: StorageKey {
        typealias Value = String
    }

    /// Set by ``AuthenticationMiddleware`` before any handler runs.
    var identity: RequestIdentity {
        get { storage[IdentityKey.self] ?? .anonymous }
        set { storage[IdentityKey.self] = newValue }
    }

    /// The token this request's forms carry against cross-site request forgery.
    var csrfToken: String? {
        get { storage[CSRFTokenKey.self] }
        set { storage[CSRFTokenKey.self] = newValue }
    }

    /// The policy's view of the caller, or `nil` when nobody is fully signed in.
    var principal: Principal? { identity.user?.principal }

    /// The signed-in person, or an error that sends a browser to sign in and an API client a 401.
    func requireUser() throws -> SignedInUser {
        guard let user = identity.user else { throw CarepathError.signInRequired(returnTo: url.string) }
        return user
    }
}
