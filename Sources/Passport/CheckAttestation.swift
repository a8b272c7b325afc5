import Foundation

/// An attestation credential for an `EmploymentCheck`: an OB credential whose achievement is the check
/// (`CHECK-DBS`, `CHECK-RTW`, `CHECK-OH`) and whose subject carries a `checkAttestation` object with the
/// check's type and dates. Checks have no statutory expiry, so there is no `validUntil`; the receiving
/// employer's policy decides what it accepts.
public struct CheckAttestation: Sendable, Hashable {
    /// The `achievementType` of every attestation (an extension value, as OB requires for custom types).
    public static let achievementType = "ext:EmploymentCheck"

    /// The credential id.
    public var id: UUID
    /// The employer attesting.
    public var issuer: IssuerProfile
    /// The worker's `did:key`.
    public var subject: String
    /// What was checked.
    public var check: EmploymentCheck
    /// The day of the check (for DBS, the day the original certificate was seen).
    public var checkedOn: CalendarDate
    /// The moment of issue.
    public var awardedAt: Date
    /// The status list position.
    public var status: StatusListEntry
    /// Carepath's public address, for the achievement id.
    public var baseURL: String

    /// The facts for an attestation.
    public init(
        id: UUID, issuer: IssuerProfile, subject: String, check: EmploymentCheck, checkedOn: CalendarDate,
        awardedAt: Date, status: StatusListEntry, baseURL: String
    ) {
        self.id = id
        self.issuer = issuer
        self.subject = subject
        self.check = check
        self.checkedOn = checkedOn
        self.awardedAt = awardedAt
        self.status = status
        self.baseURL = baseURL
    }

    /// The unsigned credential.
    public func json() throws(CredentialBuildError) -> JSONObject {
        guard subject.hasPrefix("did:key:") else { throw .subjectNotDIDKey(subject) }
        let checked = Timestamp.format(checkedOn.midnightUTC)
        let wording = self.wording
        let achievement = Achievement(
            code: check.code, id: "\(baseURL)/catalogue/\(check.code)", achievementType: Self.achievementType,
            name: wording.name, description: wording.description, criteriaNarrative: wording.narrative,
            alignments: [], credentialName: wording.name, refreshMonths: nil)
        var credential = CredentialEnvelope.header(id: id, name: wording.name, issuer: issuer)
        credential["validFrom"] = .string(checked)
        credential["awardedDate"] = .string(Timestamp.format(awardedAt))
        credential["credentialSubject"] = [
            "id": .string(subject),
            "type": ["AchievementSubject"],
            "activityEndDate": .string(checked),
            "achievement": .object(achievement.json),
            "checkAttestation": .object(details),
        ]
        CredentialEnvelope.appendTrailer(to: &credential, status: status)
        return credential
    }

    /// The check's facts: type, date and the few fields passport.md allows.
    var details: JSONObject {
        var object: JSONObject = ["checkedOn": .string(checkedOn.description)]
        switch check {
        case .dbs(let dbs):
            object["checkType"] = "dbs"
            object["level"] = .string(dbs.level.rawValue)
            object["workforce"] = .string(dbs.workforce.rawValue)
            object["barredListsChecked"] = .array(dbs.barredListsChecked.map { .string($0.rawValue) })
            if let number = dbs.certificateNumber { object["certificateNumber"] = .string(number) }
            object["certificateIssuedOn"] = .string(dbs.certificateIssuedOn.description)
            object["updateServiceSubscribed"] = .bool(dbs.updateServiceSubscribed)
            object["originalCertificateSeen"] = true
        case .rightToWork(let role, let confirmed):
            object["checkType"] = "right-to-work"
            if let role { object["role"] = .string(role.rawValue) }
            object["rightToWorkConfirmed"] = .bool(confirmed)
        case .occupationalHealth(let role):
            object["checkType"] = "occupational-health"
            object["role"] = .string(role.rawValue)
            object["clearanceCompleted"] = true
        }
        return object
    }

    private var wording: (name: String, description: String, narrative: String) {
        switch check {
        case .dbs(let dbs):
            let level = dbs.level.rawValue.replacingOccurrences(of: "-", with: " ")
            return (
                "DBS check seen (\(level))",
                "The employer saw the worker's original \(level) DBS certificate. No disclosure content is recorded.",
                "The original certificate was seen in person by the issuing employer."
            )
        case .rightToWork:
            return (
                "Right to work checked",
                "The employer checked the worker's right to work for the role. No document details are recorded.",
                "A right to work check was completed by the issuing employer."
            )
        case .occupationalHealth(let role):
            return (
                "Occupational health clearance (\(role.displayName))",
                "Occupational health clearance was completed for the role category. No health information is recorded.",
                "Clearance was completed for the role category \(role.displayName)."
            )
        }
    }
}
