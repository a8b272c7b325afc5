import Identity
import Vapor

/// Works out who is asking, once per request, and guards every form against cross-site request
/// forgery.
///
/// - Browser routes read the session cookie. Each has a CSRF token: the session's once signed in,
///   before that one kept in its own cookie, so the sign-in form is protected too.
/// - `/api` routes read only a bearer token, never cookies, so another site cannot make a signed-in
///   browser call them.
struct AuthenticationMiddleware: AsyncMiddleware {
    var secureCookies: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let now = request.application.now
        let store = AccountStore(database: request.db)
        if SiteURL.isAPI(request.url.path) {
            if let bearer = request.headers.bearerAuthorization {
                guard let (user, scopes) = try await store.apiToken(bearer.token, now: now) else {
                    throw CarepathError.invalidAPIToken
                }
                request.identity = .signedIn(try await store.signedInUser(user, sessionID: nil, tokenScopes: scopes))
                // Answers to a token can hold personal data: keep them out of every cache.
                let response = try await next.respond(to: request)
                response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
                return response
            }
            return try await next.respond(to: request)
        }

        var newAnonymousToken: String?
        var clearSessionCookie = false
        if let token = request.cookies[SessionCookies.session]?.string,
            let (session, user) = try await store.session(token: token, now: now)
        {
            let signedIn = try await store.signedInUser(user, sessionID: session.id)
            request.identity = Self.stage(session: session, user: user, signedIn: signedIn)
            request.csrfToken = session.csrfToken
        } else {
            clearSessionCookie = request.cookies[SessionCookies.session] != nil
            if let existing = request.cookies[SessionCookies.anonymousCSRF]?.string, existing.count >= 32 {
                request.csrfToken = existing
            } else {
                var generator = SystemRandomNumberGenerator()
                newAnonymousToken = SecretToken.generate(using: &generator)
                request.csrfToken = newAnonymousToken
            }
        }
        if request.method != .GET && request.method != .HEAD {
            try await checkCSRF(request)
        }
        let response = try await next.respond(to: request)
        if let newAnonymousToken, response.cookies[SessionCookies.session] == nil {
            response.cookies[SessionCookies.anonymousCSRF] = SessionCookies.cookie(
                newAnonymousToken, secure: secureCookies, sameSite: .strict)
        }
        if clearSessionCookie, response.cookies[SessionCookies.session] == nil {
            response.cookies[SessionCookies.session] = SessionCookies.expired(secure: secureCookies)
        }
        return response
    }

    /// How far through signing in the session is.
    static func stage(session: UserSessionEntity, user: UserEntity, signedIn: SignedInUser) -> RequestIdentity {
        if session.secondFactorAt != nil { return .signedIn(signedIn) }
        if user.hasTwoFactor { return .awaitingSecondFactor(signedIn) }
        if signedIn.principal.needsSecondFactor { return .mustSetUpSecondFactor(signedIn) }
        return .signedIn(signedIn)
    }

    private func checkCSRF(_ request: Request) async throws {
        // Forms are small, except file uploads (multipart), whose route takes up to the upload limit.
        let limit = request.headers.contentType == .formData ? PendingUploads.maximumBytes : 1 << 20
        _ = try await request.body.collect(max: limit).get()
        let sent = try? request.content.get(String.self, at: "csrf_token")
        guard let expected = request.csrfToken, let sent, SecretToken.constantTimeEquals(sent, expected) else {
            throw CarepathError.csrfTokenMismatch
        }
    }
}
