import Foundation

/// The facts behind one training credential: who completed what, when, who says so and where its
/// status lives. `json` turns them into the OB 3.0 credential of passport.md section 2.1.
public struct TrainingCredential: Sendable, Hashable {
    /// When the credential stops being current.
    public enum Expiry: Sendable, Hashable {
        /// Completion + the achievement's refresh period; no expiry for once-only achievements.
        case catalogue
        /// Completion + this many months, e.g. an employer's stricter period.
        case refreshMonths(Int)
        /// Midnight UTC at the start of this date.
        case on(CalendarDate)
        /// No `validUntil`.
        case never
    }

    /// The credential id: `urn:uuid:<this>`, never reused.
    public var id: UUID
    /// Who issues it.
    public var issuer: IssuerProfile
    /// The worker's `did:key`.
    public var subject: String
    /// What was achieved.
    public var achievement: Achievement
    /// The day the training was completed: `validFrom` and `activityEndDate`.
    public var completedOn: CalendarDate
    /// The moment of issue (`awardedDate`).
    public var awardedAt: Date
    /// How `validUntil` is set.
    public var expiry: Expiry
    /// The credential's status list position.
    public var status: StatusListEntry

    /// The facts for a training credential.
    public init(
        id: UUID, issuer: IssuerProfile, subject: String, achievement: Achievement, completedOn: CalendarDate,
        awardedAt: Date, expiry: Expiry = .catalogue, status: StatusListEntry
    ) {
        self.id = id
        self.issuer = issuer
        self.subject = subject
        self.achievement = achievement
        self.completedOn = completedOn
        self.awardedAt = awardedAt
        self.expiry = expiry
        self.status = status
    }

    /// The first day the credential is no longer current (`validUntil`'s date), or nil for no expiry.
    public func expiryDate() throws(CredentialBuildError) -> CalendarDate? {
        let date: CalendarDate?
        switch expiry {
        case .catalogue:
            if let months = achievement.refreshMonths, !(1...1_200).contains(months) {
                throw .invalidRefreshMonths(months)
            }
            date = achievement.refreshMonths.map { completedOn.adding(months: $0) }
        case .refreshMonths(let months):
            guard (1...1_200).contains(months) else { throw .invalidRefreshMonths(months) }
            date = completedOn.adding(months: months)
        case .on(let day): date = day
        case .never: date = nil
        }
        if let date, date <= completedOn { throw .expiryNotAfterCompletion(validUntil: date, completedOn: completedOn) }
        return date
    }

    /// The unsigned credential, member for member as in passport.md section 2.1.
    public func json() throws(CredentialBuildError) -> JSONObject {
        guard subject.hasPrefix("did:key:") else { throw .subjectNotDIDKey(subject) }
        let validFrom = Timestamp.format(completedOn.midnightUTC)
        var credential = CredentialEnvelope.header(id: id, name: achievement.credentialName, issuer: issuer)
        credential["validFrom"] = .string(validFrom)
        if let until = try expiryDate() { credential["validUntil"] = .string(Timestamp.format(until.midnightUTC)) }
        credential["awardedDate"] = .string(Timestamp.format(awardedAt))
        credential["credentialSubject"] = [
            "id": .string(subject),
            "type": ["AchievementSubject"],
            "activityEndDate": .string(validFrom),
            "achievement": .object(achievement.json),
        ]
        CredentialEnvelope.appendTrailer(to: &credential, status: status)
        return credential
    }
}

/// The members every Carepath OB credential shares, before and after the subject.
enum CredentialEnvelope {
    static let contexts: [JSONValue] = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    static let schemaURL =
        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

    static func header(id: UUID, name: String, issuer: IssuerProfile) -> JSONObject {
        [
            "@context": .array(contexts),
            "id": .string("urn:uuid:" + id.uuidString.lowercased()),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": .string(name),
            "issuer": .object(issuer.json),
        ]
    }

    static func appendTrailer(to credential: inout JSONObject, status: StatusListEntry) {
        credential["credentialSchema"] = [["id": .string(schemaURL), "type": "1EdTechJsonSchemaValidator2019"]]
        credential["credentialStatus"] = .object(status.json)
    }
}
