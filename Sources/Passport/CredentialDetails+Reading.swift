import Foundation

extension CredentialDetails {
    /// Reads what it can from a credential payload, ignoring members of the wrong type.
    init(reading payload: JSONObject) {
        self.init()
        id = payload["id"]?.stringValue
        issuer = payload["issuer"]?.stringValue ?? payload["issuer"]?["id"]?.stringValue
        issuerName = payload["issuer"]?["name"]?.stringValue
        subject = payload["credentialSubject"]?["id"]?.stringValue
        achievementCode = Self.achievementCode(in: payload)
        name = payload["name"]?.stringValue ?? payload["credentialSubject"]?["achievement"]?["name"]?.stringValue
        validFrom = payload["validFrom"]?.stringValue.flatMap(Timestamp.parse)
        validUntil = payload["validUntil"]?.stringValue.flatMap(Timestamp.parse)
        if validUntil != nil, let text = payload["validUntil"]?.stringValue {
            // passport.md 7.3: the last valid day is the day before the date written in validUntil.
            lastValidDay = CalendarDate(iso: String(text.prefix(10)))?.adding(days: -1)
        }
    }

    /// The catalogue code: `achievement.humanCode`, else the last path segment of `achievement.id`.
    static func achievementCode(in payload: JSONObject) -> String? {
        guard let achievement = payload["credentialSubject"]?["achievement"] else { return nil }
        if let code = achievement["humanCode"]?.stringValue { return code }
        guard let id = achievement["id"]?.stringValue, let last = id.split(separator: "/").last else { return nil }
        return String(last)
    }

    /// A short label for reasons: the name and code, e.g. `Fire Safety (CSTF Level 1) [CSTF-FIRE-L1]`.
    var label: String {
        let title = name ?? "The credential"
        return achievementCode.map { "\(title) [\($0)]" } ?? title
    }
}
