import Foundation
import Vapor

/// The cookies Carepath sets, and how long a session lasts.
enum SessionCookies {
    static let session = "carepath_session"
    /// Carries the CSRF token before anyone signs in, so the sign-in form is protected too.
    static let anonymousCSRF = "carepath_csrf"
    /// A session ends after this long without a request (OWASP ASVS 3.3.2: 30 minutes at level 2).
    static let idleTimeout: TimeInterval = 30 * 60
    /// And after this long whatever happens (ASVS 3.3.4).
    static let absoluteTimeout: TimeInterval = 12 * 60 * 60
    /// How often the last-seen time is written, so every request is not a write.
    static let touchInterval: TimeInterval = 60

    static func cookie(
        _ value: String, secure: Bool, sameSite: HTTPCookies.SameSitePolicy = .lax
    )
        -> HTTPCookies.Value
    {
        HTTPCookies.Value(
            string: value, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true,
            sameSite: sameSite)
    }

    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/", isSecure: secure,
            isHTTPOnly: true, sameSite: .lax)
    }
}
