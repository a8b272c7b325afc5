import Passport
import Plot

/// Verdicts in plain language, the same on every passport page.
enum CredentialStateWords {
    /// A short label and tag colour for a verdict.
    static func label(_ outcome: CredentialVerdict.Outcome) -> (text: String, colour: String?) {
        switch outcome {
        case .valid: ("Current", "green")
        case .expiringSoon: ("Expiring soon", "yellow")
        case .expired: ("Expired", "grey")
        case .revoked: ("Revoked by the issuer", "red")
        case .suspended: ("Suspended by the issuer", "red")
        case .notYetValid: ("Not yet valid", "grey")
        case .untrustedIssuer: ("Issuer not trusted", "red")
        case .statusUnavailable: ("Cannot check if revoked", "red")
        case .badSignature, .malformed: ("Not genuine or damaged", "red")
        }
    }

    /// The verdict as a tag.
    static func tag(_ outcome: CredentialVerdict.Outcome) -> Node<HTML.BodyContext> {
        let (text, colour) = label(outcome)
        return Components.tag(text, colour: colour)
    }

    /// The last valid day in words, or "Does not expire".
    static func lastValidDay(_ verdict: CredentialVerdict) -> String {
        guard verdict.details.validUntil != nil else { return "Does not expire" }
        return verdict.details.lastValidDay.map(\.description) ?? "Not known"
    }
}
