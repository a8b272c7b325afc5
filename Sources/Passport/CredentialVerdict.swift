import Foundation

/// The one result of verifying one credential, with a reason a person can read.
public struct CredentialVerdict: Sendable, Hashable, CustomStringConvertible {
    /// The outcomes, most serious first (passport.md section 7.2 precedence). Raw values are the
    /// machine-readable codes; `malformed` is the spec's `schema_error`, widened to cover tokens that do
    /// not even parse.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// The signature is wrong, missing, or made with a refused algorithm (`alg: none`, HMAC).
        case badSignature = "bad_signature"
        /// The signer is not on the trust list for this achievement, key or date.
        case untrustedIssuer = "untrusted_issuer"
        /// The token or credential is not well formed, or fails the OB 3.0 shape.
        case malformed
        /// The issuer has revoked the credential.
        case revoked
        /// The issuer has suspended the credential.
        case suspended
        /// The status list was not supplied or could not be trusted, so revocation is unknown.
        case statusUnavailable = "status_unavailable"
        /// `validFrom` is in the future.
        case notYetValid = "not_yet_valid"
        /// The last valid day has passed.
        case expired
        /// Valid, but the last valid day falls within the expiry window.
        case expiringSoon = "expiring_soon"
        /// Valid.
        case valid
    }

    /// The outcome.
    public let outcome: Outcome
    /// Why, in plain words.
    public let reason: String
    /// What could be read from the credential, even when it failed (unverified unless the outcome is
    /// `valid` or `expiringSoon`, or a date or status outcome).
    public let details: CredentialDetails

    /// A verdict.
    public init(_ outcome: Outcome, _ reason: String, details: CredentialDetails = CredentialDetails()) {
        self.outcome = outcome
        self.reason = reason
        self.details = details
    }

    /// Whether the credential can be relied on today (valid or expiring soon).
    public var isAcceptable: Bool { outcome == .valid || outcome == .expiringSoon }

    /// The machine code and the reason, e.g. `expired: …`.
    public var description: String { "\(outcome.rawValue): \(reason)" }
}

/// Facts read from a credential, for display next to its verdict.
public struct CredentialDetails: Sendable, Hashable {
    /// The credential id.
    public var id: String?
    /// The issuer DID.
    public var issuer: String?
    /// The issuer's name.
    public var issuerName: String?
    /// The subject (worker) DID.
    public var subject: String?
    /// The catalogue code.
    public var achievementCode: String?
    /// The credential name.
    public var name: String?
    /// `validFrom`.
    public var validFrom: Date?
    /// `validUntil`.
    public var validUntil: Date?
    /// The last day the credential is current (the day before `validUntil`, in London).
    public var lastValidDay: CalendarDate?

    /// Empty details.
    public init() {}
}
